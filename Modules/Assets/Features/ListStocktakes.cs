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

/// <summary>List stocktakes (Assets_ListStocktakes): the route.</summary>
internal static class ListStocktakes
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder stocktakes) =>
        stocktakes.MapGet("/", Handle).WithName("Assets_ListStocktakes")
            .WithSummary("List stock-takes (盘点列表)")
            .WithDescription("Filters: status, organId. Sort fields: createdAt, name; default -createdAt.")
            .Produces<PagedResult<StocktakeResponse>>().Problems(400).StrictEnums<StocktakeListParameters>()
            .RequireScope(AssetsModule.ReadScope);

    private static async Task<Ok<PagedResult<StocktakeResponse>>> Handle([AsParameters] StocktakeListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListStocktakesQuery(p.Status, p.OrganId, PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

internal sealed record ListStocktakesQuery(StocktakeStatus? Status, Guid? OrganId, PageRequest Page, string? Sort) : IQuery<PagedResult<StocktakeResponse>>;

internal sealed class ListStocktakesValidator : AbstractValidator<ListStocktakesQuery>
{
    public ListStocktakesValidator() => RuleFor(q => q.Sort).MaximumLength(200);
}

internal sealed class ListStocktakesHandler(StocktakeRepository stocktakes) : IRequestHandler<ListStocktakesQuery, PagedResult<StocktakeResponse>>
{
    public async Task<PagedResult<StocktakeResponse>> Handle(ListStocktakesQuery query, CancellationToken ct)
    {
        var (rows, total) = await stocktakes.ListAsync(query.Status, query.OrganId, query.Page, StocktakeRepository.Sort.OrderBy(query.Sort), ct);
        var items = new List<StocktakeResponse>();
        foreach (var row in rows)
        {
            items.Add(StocktakeMapping.ToResponse(row, await stocktakes.ItemsAsync(row.Id, ct)));
        }
        return new PagedResult<StocktakeResponse>(items, query.Page.Page, query.Page.PageSize, total);
    }
}

/// <summary>Query parameters of GET /api/v1/assets/stocktakes.</summary>
internal sealed record StocktakeListParameters
{
    [FromQuery(Name = "status")] public StocktakeStatus? Status { get; init; }
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}
