using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Support;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>An organ's approved office area against its allocated area (Buildings_GetOrganAreaSummary): the route.</summary>
internal static class GetOrganAreaSummary
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(BuildingsEndpoints.Root + "/organs/{organId:guid}/area-summary", Handle).WithTags(BuildingsModule.AllocationsTag).WithName("Buildings_GetOrganAreaSummary")
            .WithSummary("An organ's approved office area against its allocated area (机关办公用房面积核定与配置对比)")
            .WithDescription("On `on` (default today): the approved office area in force, the area of rooms allocated to the organ by room type, and whether allocated office area is over the approved area (organ-level over-standard, 超标). Another organ answers 404.")
            .Produces<OrganAreaSummary>().Problems(400, 404)
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<OrganAreaSummary>> Handle(Guid organId, [FromQuery(Name = "on")] DateOnly? on, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetOrganAreaSummaryQuery(organId, on), ct));
}

internal sealed record GetOrganAreaSummaryQuery(Guid OrganId, DateOnly? On) : IQuery<OrganAreaSummary>;

/// <summary>
/// An organ's approved office area (the version in force on the date) against the area of the rooms
/// allocated to it on that date, by room type; allocated office area above the approved area is an
/// organ-level over-standard finding. Another organ's summary answers 404.
/// </summary>
internal sealed class GetOrganAreaSummaryHandler(IMediator mediator, AllocationRepository allocations, SpaceRepository space, BusinessClock clock)
    : IRequestHandler<GetOrganAreaSummaryQuery, OrganAreaSummary>
{
    public async Task<OrganAreaSummary> Handle(GetOrganAreaSummaryQuery query, CancellationToken ct)
    {
        _ = await mediator.Send(new GetOrganQuery(query.OrganId), ct) ?? throw new ProblemException(BuildingsErrors.OrganNotFound);
        var on = query.On ?? clock.Today;
        return (await OrganAreas.SummariseAsync(allocations, space, [query.OrganId], on, ct))[0];
    }
}
