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

/// <summary>Get a driver (Vehicles_GetDriver): the route.</summary>
internal static class GetDriver
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder drivers) =>
        drivers.MapGet("/{id:guid}", Handle).WithName("Vehicles_GetDriver")
            .WithSummary("Get a driver, with its ETag (驾驶员详情)")
            .WithDescription("Another organ's driver answers 404 like a missing one.")
            .Produces<DriverResponse>().Problems(404)
            .RequireScope(VehiclesModule.ReadScope);

    private static async Task<Ok<DriverResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetDriverQuery(id), ct), d => d.Version);
}

internal sealed record GetDriverQuery(Guid Id) : IQuery<DriverResponse>;

internal sealed class GetDriverHandler(DriverRepository drivers) : IRequestHandler<GetDriverQuery, DriverResponse>
{
    public async Task<DriverResponse> Handle(GetDriverQuery query, CancellationToken ct) =>
        (await drivers.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(VehiclesErrors.DriverNotFound)).ToResponse();
}
