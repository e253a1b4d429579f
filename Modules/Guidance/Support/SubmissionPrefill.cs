using System.Text.Json;
using MediatR;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Guidance.Domain;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Guidance.Support;

/// <summary>
/// The seeded yearly reports' forms, prefilled when a cycle opens from the duty modules that hold the figures (issue 21 item 2):
/// the operating-cost survey from Costs' operating cost, the regional energy summary from Energy's submitted annual reports —
/// never a second copy of those reports. Each bureau's form sums its whole jurisdiction's active organs; the bureau may change
/// any figure before it submits. Other report types, and periods other than a year, start empty.
/// </summary>
internal sealed class SubmissionPrefill(OrganDirectory directory, OrganScope scope, IMediator mediator)
{
    public const string OperatingCostSurvey = "operating-cost-survey";
    public const string EnergySummary = "energy-regional-summary";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The prefilled form data per bureau (null for a type with no source), read with one query per source for all bureaus.</summary>
    public async Task<IReadOnlyDictionary<Guid, string?>> FormsAsync(string typeCode, ReportPeriod period, IReadOnlyList<Guid> bureauIds, CancellationToken ct)
    {
        if (typeCode is not (OperatingCostSurvey or EnergySummary) || period.Kind != Contracts.Guidance.ReportPeriodKind.Year)
        {
            return bureauIds.Distinct().ToDictionary(b => b, _ => (string?)null);
        }
        var organsOf = new Dictionary<Guid, IReadOnlyList<Guid>>();
        foreach (var bureau in bureauIds.Distinct())
        {
            organsOf[bureau] = await scope.JurisdictionPatternOfAsync(bureau, ct) is { } pattern ? await directory.ActiveOrgansInAsync(pattern, ct) : [];
        }
        var all = organsOf.Values.SelectMany(o => o).Distinct().ToList();
        var year = period.Start.Year;
        if (typeCode == OperatingCostSurvey)
        {
            var costs = (await mediator.Send(new GetOperatingCostsQuery(all, year), ct)).ToDictionary(c => c.OrganId);
            return organsOf.ToDictionary(e => e.Key, e => (string?)OperatingCostForm(e.Value.Where(costs.ContainsKey).Select(o => costs[o]).ToList()));
        }
        var reports = (await mediator.Send(new GetSubmittedAnnualReportsQuery(all, year), ct)).ToLookup(r => r.OrganId);
        return organsOf.ToDictionary(e => e.Key, e => (string?)EnergyForm(e.Value.SelectMany(o => reports[o]).ToList()));
    }

    private static string OperatingCostForm(IReadOnlyList<OperatingCostResponse> organs) =>
        JsonSerializer.Serialize(new
        {
            organCount = organs.Count,
            staffCount = (long)organs.Sum(o => o.Figures.FirstOrDefault(f => f.Item == OperatingCostItem.ApprovedHeadcount)?.Value ?? 0m),
            operatingCostYuan = organs.Sum(o => o.Total),
            note = $"预填：成本模块机关运行成本（{organs.Count} 个机关）",
        }, Options);

    private static string EnergyForm(IReadOnlyList<OrganAnnualReport> reports) =>
        JsonSerializer.Serialize(new
        {
            institutionCount = reports.Count,
            energyKgce = reports.Sum(r => r.Figures.TotalKgce),
            waterM3 = reports.Sum(r => r.Figures.WaterCubicMetres),
            buildingAreaM2 = reports.Sum(r => r.Figures.FloorArea),
            note = $"预填：能源模块已报送的年度统计（{reports.Count} 家公共机构）",
        }, Options);
}
