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
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>Book a meeting room daily or weekly until a date (Buildings_CreateBookingSeries): the route.</summary>
internal static class CreateBookingSeries
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder bookings) =>
        bookings.MapPost("/series", Handle).WithName("Buildings_CreateBookingSeries")
            .WithSummary("Book a meeting room daily or weekly until a date (周期性预订会议室)")
            .WithDescription("Every occurrence is booked or none: 409 `buildings.double-booked` lists each conflicting occurrence in `conflicts`. At most 100 occurrences within a year. Catering add-ons above the attendees are 422 `buildings.catering-above-attendees`. Accepts Idempotency-Key.")
            .Produces<BookingSeriesResponse>(StatusCodes.Status201Created).CreateProblems()
            .ProblemExtension<IReadOnlyList<BookingConflict>>(StatusCodes.Status409Conflict, "conflicts", "BookingConflictsProblem", BookingPlacement.ConflictsProblemDescription)
            .RequireScope(BuildingsModule.WriteScope);

    private static async Task<Created<BookingSeriesResponse>> Handle(CreateBookingSeriesRequest body, IMediator mediator, CancellationToken ct)
    {
        var series = await mediator.Send(new CreateBookingSeriesCommand(body), ct);
        return TypedResults.Created($"{BuildingsEndpoints.Root}/bookings?seriesId={series.SeriesId}", series);
    }
}

internal sealed record CreateBookingSeriesCommand(CreateBookingSeriesRequest Body) : ICommand<BookingSeriesResponse>
{
    public BookingDraft Draft => new(Body.RoomId, Body.OrganId, Body.Title, Body.StartsAt, Body.EndsAt, Body.Attendees, Body.AddOns);
}

internal sealed class CreateBookingSeriesValidator : AbstractValidator<CreateBookingSeriesCommand>
{
    public CreateBookingSeriesValidator()
    {
        RuleFor(c => c.Draft).SetValidator(new BookingDraftValidator()).OverridePropertyName("Body");
        RuleFor(c => c.Body.Frequency).IsInEnum();
        RuleFor(c => c.Body.Until).NotEmpty();
    }
}

/// <summary>All occurrences are placed or none: a conflict of any occurrence answers 409 listing every conflicting occurrence.</summary>
internal sealed class CreateBookingSeriesHandler(BookingPlacement placement, BusinessClock clock, IdGenerator ids)
    : IRequestHandler<CreateBookingSeriesCommand, BookingSeriesResponse>
{
    public async Task<BookingSeriesResponse> Handle(CreateBookingSeriesCommand command, CancellationToken ct)
    {
        var body = command.Body;
        var firstDate = clock.DateOf(body.StartsAt);
        if (body.Until < firstDate || body.Until > firstDate.AddYears(1))
        {
            throw ProblemException.ForField(BuildingsErrors.SeriesTooLong, "until");
        }
        var windows = Occurrences.Expand(new Window(body.StartsAt, body.EndsAt), body.Frequency, body.Until, clock.Zone);
        if (windows.Count > Occurrences.MaxCount)
        {
            throw ProblemException.ForField(BuildingsErrors.SeriesTooLong, "until");
        }
        var seriesId = ids.NewId();
        return new BookingSeriesResponse(seriesId, await placement.PlaceAsync(command.Draft, windows, seriesId, ct));
    }
}
