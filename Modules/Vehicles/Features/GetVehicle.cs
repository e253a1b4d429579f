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

/// <summary>Get a vehicle (Vehicles_GetVehicle): the route.</summary>
internal static class GetVehicle
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder vehicles) =>
        vehicles.MapGet("/{id:guid}", Handle).WithName("Vehicles_GetVehicle")
            .WithSummary("Get a vehicle, with its ETag (车辆详情)")
            .WithDescription("Another organ's vehicle answers 404 like a missing one.")
            .Produces<VehicleResponse>().Problems(404)
            .RequireScope(VehiclesModule.ReadScope);

    private static async Task<Ok<VehicleResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetVehicleQuery(id), ct), v => v.Version);
}

internal sealed record GetVehicleQuery(Guid Id) : IQuery<VehicleResponse>;

internal sealed class GetVehicleHandler(VehicleRepository vehicles) : IRequestHandler<GetVehicleQuery, VehicleResponse>
{
    public async Task<VehicleResponse> Handle(GetVehicleQuery query, CancellationToken ct) =>
        (await vehicles.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(VehiclesErrors.VehicleNotFound)).ToResponse();
}
