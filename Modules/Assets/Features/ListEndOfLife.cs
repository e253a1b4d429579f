using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Assets.Data;
using OrganAffairs.Assets.Domain;
using OrganAffairs.Assets.Support;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Assets.Features;

/// <summary>List end of life (Assets_ListEndOfLife): the route.</summary>
internal static class ListEndOfLife
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder assets) =>
        assets.MapGet("/end-of-life", Handle).WithName("Assets_ListEndOfLife")
            .WithSummary("Assets at the end of their service life (使用年限届满)")
            .WithDescription("Assets not disposed whose service life, by the rule in force on `on` (default today) for the holder's division (the bureau's for stock), ends on or before `on` + withinDays (default 0). Categories without a rule are never listed. Filters: holderOrganId, category. Ordered by end of life.")
            .Produces<PagedResult<EndOfLifeResponse>>().Problems(400).StrictEnums<EndOfLifeParameters>()
            .RequireScope(AssetsModule.ReadScope);

    private static async Task<Ok<PagedResult<EndOfLifeResponse>>> Handle([AsParameters] EndOfLifeParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListEndOfLifeQuery(p.On, p.WithinDays ?? 0, p.HolderOrganId, p.Category, PageRequest.From(p.Page, p.PageSize)), ct));
}

/// <summary>使用年限届满: assets not disposed whose service life ends on or before `on` + withinDays.</summary>
internal sealed record ListEndOfLifeQuery(DateOnly? On, int WithinDays, Guid? HolderOrganId, AssetCategory? Category, PageRequest Page) : IQuery<PagedResult<EndOfLifeResponse>>;

internal sealed class ListEndOfLifeValidator : AbstractValidator<ListEndOfLifeQuery>
{
    public ListEndOfLifeValidator() => RuleFor(q => q.WithinDays).InclusiveBetween(0, 3660).OverridePropertyName("withinDays");
}

internal sealed class ListEndOfLifeHandler(AssetRepository assets, ServiceLifeRepository lives, IMediator mediator, BureauOrgan bureau, BusinessClock clock)
    : IRequestHandler<ListEndOfLifeQuery, PagedResult<EndOfLifeResponse>>
{
    public async Task<PagedResult<EndOfLifeResponse>> Handle(ListEndOfLifeQuery query, CancellationToken ct)
    {
        var on = query.On ?? clock.Today;
        var until = on.AddDays(query.WithinDays);
        var rows = await assets.AllAsync(new AssetFilter(query.Category, null, query.HolderOrganId, null, null, null, ExcludeDisposed: true), ct);
        var versions = await lives.VersionsAsync(null, ct);
        var divisions = new Dictionary<Guid, string?>();
        var due = new List<EndOfLifeResponse>();
        foreach (var row in rows)
        {
            var key = row.HolderOrganId ?? Guid.Empty;
            if (!divisions.TryGetValue(key, out var division))
            {
                divisions[key] = division = await ServiceLife.DivisionAsync(mediator, bureau, row, ct);
            }
            if (EndOfLife.Of(versions, division, row.Category, row.PurchasedOn, on) is { } end && end.EndsOn <= until)
            {
                due.Add(new EndOfLifeResponse(row.ToResponse(), end.Rule.Years, end.EndsOn, end.Rule.Source));
            }
        }
        var page = due.OrderBy(d => d.EndOfLifeOn).ThenBy(d => d.Asset.Tag, StringComparer.Ordinal).Skip(query.Page.Skip).Take(query.Page.Take).ToList();
        return new PagedResult<EndOfLifeResponse>(page, query.Page.Page, query.Page.PageSize, due.Count);
    }
}

/// <summary>Query parameters of GET /api/v1/assets/end-of-life.</summary>
internal sealed record EndOfLifeParameters
{
    [FromQuery(Name = "on")] public DateOnly? On { get; init; }
    [FromQuery(Name = "withinDays")] public int? WithinDays { get; init; }
    [FromQuery(Name = "holderOrganId")] public Guid? HolderOrganId { get; init; }
    [FromQuery(Name = "category")] public AssetCategory? Category { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
}
