using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Assets.Data;
using OrganAffairs.Assets.Support;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Assets.Features;

/// <summary>List assets (Assets_ListAssets): the route.</summary>
internal static class ListAssets
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder assets) =>
        assets.MapGet("/", Handle).WithName("Assets_ListAssets")
            .WithSummary("List assets (资产台账) with filters and paging")
            .WithDescription("Filters: category, status, holderOrganId, roomId, missing (flagged by a stock-take, 盘亏), q (tag, model, manufacturer or serial contains). Sort fields: tag, purchasedOn, warrantyEndsOn, createdAt; prefix - for descending. An ordinary organ sees what it holds and what it reserved.")
            .Produces<PagedResult<AssetResponse>>().Problems(400).StrictEnums<AssetListParameters>()
            .RequireScope(AssetsModule.ReadScope);

    private static async Task<Ok<PagedResult<AssetResponse>>> Handle([AsParameters] AssetListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListAssetsQuery(
            new AssetFilter(p.Category, p.Status, p.HolderOrganId, p.RoomId, p.Missing, p.Q), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

internal sealed record ListAssetsQuery(AssetFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<AssetResponse>>;

internal sealed class ListAssetsValidator : AbstractValidator<ListAssetsQuery>
{
    public ListAssetsValidator()
    {
        RuleFor(q => q.Filter.Search).MaximumLength(100).OverridePropertyName("q");
        RuleFor(q => q.Sort).MaximumLength(200);
    }
}

internal sealed class ListAssetsHandler(AssetRepository assets) : IRequestHandler<ListAssetsQuery, PagedResult<AssetResponse>>
{
    public async Task<PagedResult<AssetResponse>> Handle(ListAssetsQuery query, CancellationToken ct)
    {
        var (rows, total) = await assets.ListAsync(query.Filter, query.Page, AssetRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<AssetResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}

/// <summary>Query parameters of GET /api/v1/assets.</summary>
internal sealed record AssetListParameters
{
    [FromQuery(Name = "category")] public AssetCategory? Category { get; init; }
    [FromQuery(Name = "status")] public AssetStatus? Status { get; init; }
    [FromQuery(Name = "holderOrganId")] public Guid? HolderOrganId { get; init; }
    [FromQuery(Name = "roomId")] public Guid? RoomId { get; init; }
    [FromQuery(Name = "missing")] public bool? Missing { get; init; }
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}
