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

/// <summary>The floors of a building (Buildings_ListFloors): the route.</summary>
internal static class ListFloors
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder buildings) =>
        buildings.MapGet("/{id:guid}/floors", Handle).WithName("Buildings_ListFloors")
            .WithSummary("The floors of a building (楼层列表)")
            .WithDescription("Active and retired floors, lowest first.")
            .Produces<IReadOnlyList<FloorResponse>>().Problems(404)
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<FloorResponse>>> Handle(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListFloorsQuery(id), ct));
}

internal sealed record ListFloorsQuery(Guid BuildingId) : IQuery<IReadOnlyList<FloorResponse>>;

internal sealed class ListFloorsHandler(SpaceRepository space) : IRequestHandler<ListFloorsQuery, IReadOnlyList<FloorResponse>>
{
    public async Task<IReadOnlyList<FloorResponse>> Handle(ListFloorsQuery query, CancellationToken ct)
    {
        _ = await space.GetBuildingAsync(query.BuildingId, ct) ?? throw new ProblemException(BuildingsErrors.BuildingNotFound);
        return (await space.FloorsAsync(query.BuildingId, ct)).Select(f => f.ToResponse()).ToList();
    }
}
