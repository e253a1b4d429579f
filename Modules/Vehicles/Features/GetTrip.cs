using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Get a trip (Vehicles_GetTrip): the route.</summary>
internal static class GetTrip
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder trips) =>
        trips.MapGet("/{id:guid}", Handle).WithName("Vehicles_GetTrip")
            .WithSummary("Get a trip, with its ETag (用车申请详情)")
            .WithDescription("Another organ's trip answers 404 like a missing one.")
            .Produces<TripResponse>().Problems(404)
            .RequireScope(VehiclesModule.ReadScope);

    private static async Task<Ok<TripResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetTripQuery(id), ct), t => t.Version);
}

internal sealed record GetTripQuery(Guid Id) : IQuery<TripResponse>;

internal sealed class GetTripHandler(TripRepository trips) : IRequestHandler<GetTripQuery, TripResponse>
{
    public async Task<TripResponse> Handle(GetTripQuery query, CancellationToken ct) =>
        (await trips.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(VehiclesErrors.TripNotFound)).ToResponse();
}
