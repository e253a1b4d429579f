using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Approve a requested trip (Vehicles_ApproveTrip): the route; the state change is <see cref="DecideTripHandler"/>.</summary>
internal static class ApproveTrip
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder trips) =>
        trips.MapPost("/{id:guid}/approve", Handle).WithName("Vehicles_ApproveTrip")
            .WithSummary("Approve a requested trip (审批)")
            .WithDescription("Requested → Approved; any other status is 409 vehicles.trip-state.")
            .Produces<TripResponse>().Problems(404, 409)
            .RequireScope(VehiclesModule.WriteScope);

    private static async Task<Ok<TripResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new DecideTripCommand(id, TripDecision.Approve, null), ct), t => t.Version);
}
