using FluentValidation;
using MediatR;
using OrganAffairs.Assets.Data;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Assets.Features;

/// <summary>The stock-take report (盘点报告): counts and every line.</summary>
internal sealed record GetStocktakeReportQuery(Guid Id) : IQuery<StocktakeReportResponse>;

internal sealed class GetStocktakeReportHandler(StocktakeRepository stocktakes) : IRequestHandler<GetStocktakeReportQuery, StocktakeReportResponse>
{
    public async Task<StocktakeReportResponse> Handle(GetStocktakeReportQuery query, CancellationToken ct)
    {
        var row = await stocktakes.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(AssetsErrors.StocktakeNotFound);
        var items = await stocktakes.ItemsAsync(row.Id, ct);
        return new StocktakeReportResponse(StocktakeMapping.ToResponse(row, items), items.Select(StocktakeMapping.ToResponse).ToList());
    }
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
