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

/// <summary>List asset history (Assets_ListAssetHistory): the route.</summary>
internal static class ListAssetHistory
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder assets) =>
        assets.MapGet("/{id:guid}/history", Handle).WithName("Assets_ListAssetHistory")
            .WithSummary("An asset's history (履历): registration, checkouts, check-ins, moves, repairs, stock-take flags, disposal")
            .WithDescription("Oldest first. An ordinary organ reads only the entries of its own holding.")
            .Produces<PagedResult<AssetEventResponse>>().Problems(400, 404)
            .RequireScope(AssetsModule.ReadScope);

    private static async Task<Ok<PagedResult<AssetEventResponse>>> Handle(Guid id, [AsParameters] PageParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListAssetHistoryQuery(id, PageRequest.From(p.Page, p.PageSize)), ct));
}

internal sealed record ListAssetHistoryQuery(Guid Id, PageRequest Page) : IQuery<PagedResult<AssetEventResponse>>;

internal sealed class ListAssetHistoryHandler(AssetRepository assets) : IRequestHandler<ListAssetHistoryQuery, PagedResult<AssetEventResponse>>
{
    public async Task<PagedResult<AssetEventResponse>> Handle(ListAssetHistoryQuery query, CancellationToken ct)
    {
        if (await assets.GetVisibleAsync(query.Id, ct) is null)
        {
            throw new Shared.Errors.ProblemException(AssetsErrors.AssetNotFound);
        }
        var (rows, total) = await assets.EventsAsync(query.Id, query.Page, ct);
        return new PagedResult<AssetEventResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}

/// <summary>Paging only.</summary>
internal sealed record PageParameters
{
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
}
