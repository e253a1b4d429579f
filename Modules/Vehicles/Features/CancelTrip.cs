using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Cancel a trip before it starts (Vehicles_CancelTrip): the route; the state change is <see cref="DecideTripHandler"/>.</summary>
internal static class CancelTrip
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder trips) =>
        trips.MapPost("/{id:guid}/cancel", Handle).WithName("Vehicles_CancelTrip")
            .WithSummary("Cancel a trip before it starts, with a reason (取消用车申请)")
            .WithDescription("Requested, Approved or Dispatched → Cancelled (a dispatched trip frees its vehicle and driver); a started, completed, rejected or cancelled trip is 409.")
            .Produces<TripResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(VehiclesModule.WriteScope);

    private static async Task<Ok<TripResponse>> Handle(Guid id, TripReasonRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new DecideTripCommand(id, TripDecision.Cancel, body.Reason), ct), t => t.Version);
}
