using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Features;

/// <summary>List buildings with filters and paging (Buildings_ListBuildings): the route.</summary>
internal static class ListBuildings
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder buildings) =>
        buildings.MapGet("/", Handle).WithName("Buildings_ListBuildings")
            .WithSummary("List buildings with filters and paging (办公楼列表)")
            .WithDescription("Filters: status, ownership, q (name or code contains). Sort fields: code, name, yearBuilt, createdAt; prefix - for descending.")
            .Produces<PagedResult<BuildingResponse>>().Problems(400).StrictEnums<BuildingListParameters>()
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<PagedResult<BuildingResponse>>> Handle([AsParameters] BuildingListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListBuildingsQuery(new BuildingFilter(p.Status, p.Ownership, p.Q), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

internal sealed record ListBuildingsQuery(BuildingFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<BuildingResponse>>;

internal sealed class ListBuildingsValidator : AbstractValidator<ListBuildingsQuery>
{
    public ListBuildingsValidator()
    {
        RuleFor(q => q.Filter.Search).MaximumLength(100).OverridePropertyName("q");
        RuleFor(q => q.Sort).MaximumLength(200);
    }
}

internal sealed class ListBuildingsHandler(SpaceRepository space) : IRequestHandler<ListBuildingsQuery, PagedResult<BuildingResponse>>
{
    public async Task<PagedResult<BuildingResponse>> Handle(ListBuildingsQuery query, CancellationToken ct)
    {
        var (rows, total) = await space.ListBuildingsAsync(query.Filter, query.Page, SpaceRepository.BuildingSort.OrderBy(query.Sort), ct);
        return new PagedResult<BuildingResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}

/// <summary>Query parameters of GET /api/v1/buildings.</summary>
internal sealed record BuildingListParameters
{
    [FromQuery(Name = "status")] public SpaceStatus? Status { get; init; }
    [FromQuery(Name = "ownership")] public Ownership? Ownership { get; init; }
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}
