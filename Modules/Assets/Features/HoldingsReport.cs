using MediatR;
using OrganAffairs.Assets.Data;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Assets.Features;

/// <summary>资产占有情况: per organ and category, the assets it holds now (not disposed), their purchase value and how many are flagged missing.</summary>
internal sealed record HoldingsReportQuery(Guid? OrganId) : IQuery<HoldingsReportResponse>;

internal sealed class HoldingsReportHandler(AssetRepository assets, IMediator mediator, BusinessClock clock) : IRequestHandler<HoldingsReportQuery, HoldingsReportResponse>
{
    public async Task<HoldingsReportResponse> Handle(HoldingsReportQuery query, CancellationToken ct)
    {
        // Only what the caller may see, and only assets someone holds (reserved but not held assets are not holdings).
        var rows = await assets.AllAsync(new AssetFilter(null, null, query.OrganId, null, null, null, ExcludeDisposed: true, HeldOnly: true), ct);
        var result = new List<HoldingRow>();
        foreach (var organ in rows.GroupBy(r => r.HolderOrganId!.Value))
        {
            var name = (await mediator.Send(new GetOrganQuery(organ.Key), ct))?.Name ?? "";
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
