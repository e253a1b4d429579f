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

/// <summary>List warranty (Assets_ListWarranty): the route.</summary>
internal static class ListWarranty
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder assets) =>
        assets.MapGet("/warranty", Handle).WithName("Assets_ListWarranty")
            .WithSummary("Assets whose warranty (保修) ends soon, or has ended")
            .WithDescription("Warranties ending from today through today + withinDays (default 30, business time zone); with expired=true those that ended before today. Disposed assets are left out. Filter: holderOrganId.")
            .Produces<PagedResult<AssetResponse>>().Problems(400)
            .RequireScope(AssetsModule.ReadScope);

    private static async Task<Ok<PagedResult<AssetResponse>>> Handle([AsParameters] WarrantyParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListWarrantyQuery(p.WithinDays ?? 30, p.Expired ?? false, p.HolderOrganId, PageRequest.From(p.Page, p.PageSize)), ct));
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

/// <summary>Query parameters of GET /api/v1/assets/warranty.</summary>
internal sealed record WarrantyParameters
{
    [FromQuery(Name = "withinDays")] public int? WithinDays { get; init; }
    [FromQuery(Name = "expired")] public bool? Expired { get; init; }
    [FromQuery(Name = "holderOrganId")] public Guid? HolderOrganId { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
}
