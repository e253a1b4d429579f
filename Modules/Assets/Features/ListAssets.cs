using FluentValidation;
using MediatR;
using OrganAffairs.Assets.Data;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Assets.Features;

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

/// <summary>Warranties (保修) ending between today and today + withinDays (default 30), or already ended with expired=true.</summary>
internal sealed record ListWarrantyQuery(int WithinDays, bool Expired, Guid? HolderOrganId, PageRequest Page) : IQuery<PagedResult<AssetResponse>>;

internal sealed class ListWarrantyValidator : AbstractValidator<ListWarrantyQuery>
{
    public ListWarrantyValidator() => RuleFor(q => q.WithinDays).InclusiveBetween(0, 3660).OverridePropertyName("withinDays");
}

internal sealed class ListWarrantyHandler(AssetRepository assets, Shared.Time.BusinessClock clock) : IRequestHandler<ListWarrantyQuery, PagedResult<AssetResponse>>
{
    public async Task<PagedResult<AssetResponse>> Handle(ListWarrantyQuery query, CancellationToken ct)
    {
        var today = clock.Today;
        var filter = query.Expired
            ? new AssetFilter(null, null, query.HolderOrganId, null, null, null, WarrantyTo: today.AddDays(-1), ExcludeDisposed: true)
            : new AssetFilter(null, null, query.HolderOrganId, null, null, null, WarrantyFrom: today, WarrantyTo: today.AddDays(query.WithinDays), ExcludeDisposed: true);
        var (rows, total) = await assets.ListAsync(filter, query.Page, AssetRepository.Sort.OrderBy("warrantyEndsOn"), ct);
        return new PagedResult<AssetResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
