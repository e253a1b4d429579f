using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Features;

/// <summary>Get a building (Buildings_GetBuilding): the route.</summary>
internal static class GetBuilding
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder buildings) =>
        buildings.MapGet("/{id:guid}", Handle).WithName("Buildings_GetBuilding")
            .WithSummary("Get a building (办公楼详情)")
            .WithDescription("Buildings are the bureau's and visible to every reader.")
            .Produces<BuildingResponse>().Problems(404)
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<BuildingResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetBuildingQuery(id), ct), b => b.Version);
}

internal sealed record GetBuildingQuery(Guid Id) : IQuery<BuildingResponse>;

internal sealed class GetBuildingHandler(SpaceRepository space) : IRequestHandler<GetBuildingQuery, BuildingResponse>
{
    public async Task<BuildingResponse> Handle(GetBuildingQuery query, CancellationToken ct) =>
        (await space.GetBuildingAsync(query.Id, ct) ?? throw new ProblemException(BuildingsErrors.BuildingNotFound)).ToResponse();
}
