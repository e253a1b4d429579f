using FluentValidation;
using MediatR;
using OrganAffairs.Buildings.Domain;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Buildings.Features;

internal sealed record CreateBookingCommand(CreateBookingRequest Body) : ICommand<BookingResponse>
{
    public BookingDraft Draft => new(Body.RoomId, Body.OrganId, Body.Title, Body.StartsAt, Body.EndsAt, Body.Attendees, Body.AddOns);
}

internal sealed class CreateBookingValidator : AbstractValidator<CreateBookingCommand>
{
    public CreateBookingValidator() => RuleFor(c => c.Draft).SetValidator(new BookingDraftValidator()).OverridePropertyName("Body");
}

internal sealed class CreateBookingHandler(BookingPlacement placement) : IRequestHandler<CreateBookingCommand, BookingResponse>
{
    public async Task<BookingResponse> Handle(CreateBookingCommand command, CancellationToken ct)
    {
        var draft = command.Draft;
        return (await placement.PlaceAsync(draft, [new Window(draft.StartsAt, draft.EndsAt)], null, ct))[0];
    }
}
