using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Features;

/// <summary>A room's calendar for a window (Buildings_GetRoomCalendar): the route.</summary>
internal static class GetRoomCalendar
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{id:guid}/calendar", Handle).WithName("Buildings_GetRoomCalendar")
            .WithSummary("A room's calendar for a window (会议室日程)")
            .WithDescription("Pending and approved bookings overlapping [from, to) (at most 366 days). Another organ's booking shows only its window and status.")
            .Produces<RoomCalendarResponse>().Problems(400, 404)
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<RoomCalendarResponse>> Handle(Guid id, [AsParameters] CalendarParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetRoomCalendarQuery(id, p.From, p.To), ct));
}

internal sealed record GetRoomCalendarQuery(Guid RoomId, DateTimeOffset From, DateTimeOffset To) : IQuery<RoomCalendarResponse>;

internal sealed class GetRoomCalendarValidator : AbstractValidator<GetRoomCalendarQuery>
{
    public GetRoomCalendarValidator() =>
        RuleFor(q => q.To).Must((q, _) => q.From < q.To && q.To - q.From <= TimeSpan.FromDays(366)).OverridePropertyName("to")
            .WithErrorCode(BuildingsErrors.QueryWindowInvalid.Code).WithMessage(_ => BuildingsErrors.QueryWindowInvalid.Title);
}

/// <summary>
/// The room's pending and approved bookings overlapping the window. Every caller sees when the room is
/// busy; the booking's id, organ and title only when the caller may see that organ.
/// </summary>
internal sealed class GetRoomCalendarHandler(SpaceRepository space, BookingRepository bookings, OrganScope scope)
    : IRequestHandler<GetRoomCalendarQuery, RoomCalendarResponse>
{
    public async Task<RoomCalendarResponse> Handle(GetRoomCalendarQuery query, CancellationToken ct)
    {
        var room = await space.GetRoomAsync(query.RoomId, ct) ?? throw new ProblemException(BuildingsErrors.RoomNotFound);
        var rows = await bookings.HoldingOverlapAsync(room.Id, query.From, query.To, ct);
        var visible = await scope.VisibilityAsync(rows.Select(b => (Guid?)b.OrganId), ct);
        var entries = rows.Select(b => visible(b.OrganId)
            ? new CalendarEntry(b.StartsAt, b.EndsAt, b.Status, b.Id, b.OrganId, b.Title)
            : new CalendarEntry(b.StartsAt, b.EndsAt, b.Status, null, null, null)).ToList();
        return new RoomCalendarResponse(room.Id, query.From, query.To, entries);
    }
}

/// <summary>Query parameters of GET /api/v1/buildings/rooms/{id}/calendar.</summary>
internal sealed record CalendarParameters
{
    [FromQuery(Name = "from")] public DateTimeOffset From { get; init; }
    [FromQuery(Name = "to")] public DateTimeOffset To { get; init; }
}
