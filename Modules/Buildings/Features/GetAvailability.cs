using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Domain;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Features;

/// <summary>Meeting rooms free for a window (Buildings_GetAvailability): the route.</summary>
internal static class GetAvailability
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/availability", Handle).WithName("Buildings_GetAvailability")
            .WithSummary("Meeting rooms free for a window (空闲会议室查询)")
            .WithDescription("Active bookable rooms seating at least `attendees` with no pending or approved booking overlapping [from, to); touching windows are free.")
            .Produces<IReadOnlyList<RoomResponse>>().Problems(400)
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<RoomResponse>>> Handle([AsParameters] AvailabilityParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetAvailabilityQuery(p.From, p.To, p.Attendees, p.BuildingId), ct));
}

internal sealed record GetAvailabilityQuery(DateTimeOffset From, DateTimeOffset To, int? Attendees, Guid? BuildingId) : IQuery<IReadOnlyList<RoomResponse>>;

internal sealed class GetAvailabilityValidator : AbstractValidator<GetAvailabilityQuery>
{
    public GetAvailabilityValidator()
    {
        RuleFor(q => q.To).Must((q, _) => Window.IsValid(q.From, q.To)).OverridePropertyName("to")
            .WithErrorCode(BuildingsErrors.WindowInvalid.Code).WithMessage(_ => BuildingsErrors.WindowInvalid.Title);
        RuleFor(q => q.Attendees).InclusiveBetween(1, 10_000).OverridePropertyName("attendees");
    }
}

/// <summary>Active bookable rooms with room for the attendees and no pending or approved booking overlapping the window.</summary>
internal sealed class GetAvailabilityHandler(SpaceRepository space, BookingRepository bookings) : IRequestHandler<GetAvailabilityQuery, IReadOnlyList<RoomResponse>>
{
    public async Task<IReadOnlyList<RoomResponse>> Handle(GetAvailabilityQuery query, CancellationToken ct)
    {
        var rooms = await space.BookableRoomsAsync(query.BuildingId, query.Attendees ?? 1, ct);
        var busy = (await bookings.BusyRoomsAsync(rooms.Select(r => r.Id).ToList(), query.From, query.To, ct)).ToHashSet();
        return rooms.Where(r => !busy.Contains(r.Id)).Select(r => r.ToResponse()).ToList();
    }
}

/// <summary>Query parameters of GET /api/v1/buildings/rooms/availability.</summary>
internal sealed record AvailabilityParameters
{
    [FromQuery(Name = "from")] public DateTimeOffset From { get; init; }
    [FromQuery(Name = "to")] public DateTimeOffset To { get; init; }
    [FromQuery(Name = "attendees")] public int? Attendees { get; init; }
    [FromQuery(Name = "buildingId")] public Guid? BuildingId { get; init; }
}
