using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Assets.Data;
using OrganAffairs.Assets.Domain;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Assets.Features;

/// <summary>Get holdings report (Assets_GetHoldingsReport): the route.</summary>
internal static class GetHoldingsReport
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder assets) =>
        assets.MapGet("/reports/holdings", Handle).WithName("Assets_GetHoldingsReport")
            .WithSummary("Per-organ holdings (资产占有情况), as JSON or CSV")
            .WithDescription("Per organ and category: assets held now (not disposed), their purchase value in CNY and how many are flagged missing. Optional organId. `format=Csv` (or Accept: text/csv) answers text/csv in UTF-8 with a BOM: organId,organName,category,count,totalValue,missing. An ordinary organ sees only its own holdings.")
            .Produces<HoldingsReportResponse>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400).StrictEnums<HoldingsParameters>()
            .RequireScope(AssetsModule.ReadScope);

    private static async Task<IResult> Handle([AsParameters] HoldingsParameters p, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var report = await mediator.Send(new HoldingsReportQuery(p.OrganId), ct);
        return Csv.Wanted(p.Format, http) ? Csv.Response(HoldingsReportHandler.ToCsv(report)) : TypedResults.Ok(report);
    }
}

/// <summary>资产占有情况: per organ and category, the assets it holds now (not disposed), their purchase value and how many are flagged missing.</summary>
internal sealed record HoldingsReportQuery(Guid? OrganId) : IQuery<HoldingsReportResponse>;

internal sealed class HoldingsReportHandler(AssetRepository assets, IMediator mediator, BusinessClock clock) : IRequestHandler<HoldingsReportQuery, HoldingsReportResponse>
{
    public async Task<HoldingsReportResponse> Handle(HoldingsReportQuery query, CancellationToken ct)
    {
        // Only what the caller may see, and only assets someone holds (reserved but not held assets are not holdings).
        var rows = await assets.AllAsync(new AssetFilter(null, null, query.OrganId, null, null, null, ExcludeDisposed: true, HeldOnly: true), ct);
        var result = new List<HoldingRow>();
        var byOrgan = rows.GroupBy(r => r.HolderOrganId!.Value).ToList();
        var names = await mediator.Send(new GetOrgansByIdQuery(byOrgan.Select(g => g.Key).ToList()), ct);
        foreach (var organ in byOrgan)
        {
            var name = names.GetValueOrDefault(organ.Key)?.Name ?? "";
            result.AddRange(organ.GroupBy(r => r.Category).OrderBy(g => g.Key).Select(g => new HoldingRow(
                organ.Key, name, g.Key, g.Count(), Yuan.FromFen(g.Sum(r => r.PurchasePriceFen)), g.Count(r => r.MissingStocktakeId is not null))));
        }
        return new HoldingsReportResponse(clock.Today, result.OrderBy(r => r.OrganName, StringComparer.Ordinal).ThenBy(r => r.OrganId).ThenBy(r => r.Category).ToList());
    }

    public static string ToCsv(HoldingsReportResponse report) => Csv.Write(report.Rows,
    [
        ("organId", r => r.OrganId), ("organName", r => r.OrganName), ("category", r => r.Category), ("count", r => r.Count),
        ("totalValue", r => r.TotalValue), ("missing", r => r.Missing),
    ]);
}

/// <summary>Query parameters of GET /api/v1/assets/reports/holdings.</summary>
internal sealed record HoldingsParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "format")] public ReportFormat? Format { get; init; }
}
