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
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>Organs whose allocated office area exceeds their approved area (Buildings_ListOverStandardOrgans): the route.</summary>
internal static class ListOverStandardOrgans
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(BuildingsEndpoints.Root + "/findings/over-standard-organs", Handle).WithTags(BuildingsModule.AllocationsTag).WithName("Buildings_ListOverStandardOrgans")
            .WithSummary("Organs whose allocated office area exceeds their approved area (超核定面积机关)")
            .WithDescription("On `on` (default today), largest excess first. An ordinary organ sees only itself.")
            .Produces<IReadOnlyList<OrganAreaSummary>>().Problems(400)
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<OrganAreaSummary>>> Handle([FromQuery(Name = "on")] DateOnly? on, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListOverStandardOrgansQuery(on), ct));
}

internal sealed record ListOverStandardOrgansQuery(DateOnly? On) : IQuery<IReadOnlyList<OrganAreaSummary>>;

/// <summary>Organs whose allocated office area exceeds their approved area on the date (an ordinary organ: only itself).</summary>
internal sealed class ListOverStandardOrgansHandler(AllocationRepository allocations, SpaceRepository space, BusinessClock clock)
    : IRequestHandler<ListOverStandardOrgansQuery, IReadOnlyList<OrganAreaSummary>>
{
    public async Task<IReadOnlyList<OrganAreaSummary>> Handle(ListOverStandardOrgansQuery query, CancellationToken ct) =>
        (await OrganAreas.SummariseAsync(allocations, space, null, query.On ?? clock.Today, ct)).Where(s => s.OverStandard).OrderByDescending(s => s.OverBy).ToList();
}
