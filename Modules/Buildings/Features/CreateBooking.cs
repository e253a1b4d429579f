using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Domain;
using OrganAffairs.Buildings.Support;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Features;

/// <summary>Book a meeting room (预订会议室) (Buildings_CreateBooking): the route.</summary>
internal static class CreateBooking
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder bookings) =>
        bookings.MapPost("/", Handle).WithName("Buildings_CreateBooking")
            .WithSummary("Book a meeting room (预订会议室)")
            .WithDescription("Attendees may not exceed the room's capacity (422); catering add-ons may not exceed the attendees (422 `buildings.catering-above-attendees`, 反食品浪费法). A window overlapping a pending or approved booking of the room is 409 `buildings.double-booked` with `conflicts` (each window; the booking's id only when the caller may see it); touching windows are fine. A room that requires approval starts Pending. Add-ons are published as MeetingServicesRequested (and MeetingServicesCancelled on cancellation or rejection). Accepts Idempotency-Key.")
            .Produces<BookingResponse>(StatusCodes.Status201Created).CreateProblems()
            .ProblemExtension<IReadOnlyList<BookingConflict>>(StatusCodes.Status409Conflict, "conflicts", "BookingConflictsProblem", BookingPlacement.ConflictsProblemDescription)
            .RequireScope(BuildingsModule.WriteScope);

    private static async Task<Created<BookingResponse>> Handle(CreateBookingRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var booking = await mediator.Send(new CreateBookingCommand(body), ct);
        return ETags.Created(http, $"{BuildingsEndpoints.Root}/bookings/{booking.Id}", booking, b => b.Version);
    }
}

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
