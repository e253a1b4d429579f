using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Reject a requested trip (Vehicles_RejectTrip): the route; the state change is <see cref="DecideTripHandler"/>.</summary>
internal static class RejectTrip
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder trips) =>
        trips.MapPost("/{id:guid}/reject", Handle).WithName("Vehicles_RejectTrip")
            .WithSummary("Reject a requested trip, with a reason (驳回用车申请)")
            .WithDescription("Requested → Rejected; any other status is 409.")
            .Produces<TripResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(VehiclesModule.WriteScope);

    private static async Task<Ok<TripResponse>> Handle(Guid id, TripReasonRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new DecideTripCommand(id, TripDecision.Reject, body.Reason), ct), t => t.Version);
}
