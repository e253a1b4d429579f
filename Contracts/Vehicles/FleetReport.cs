using OrganAffairs.Contracts.Common;
namespace OrganAffairs.Contracts.Vehicles;

/// <summary>Where a year stands against the new-energy target (V11).</summary>
public enum NewEnergyTargetStatus
{
    /// <summary>The share of new-energy vehicles among those bought reaches the target (compared exactly, not rounded).</summary>
    Met = 1,

    /// <summary>Below the target.</summary>
    NotMet = 2,

    /// <summary>No target is in force for the year (e.g. after the 14th Five-Year Plan, 2021–2025): never a stale one.</summary>
    NoTarget = 3,

    /// <summary>No vehicle was bought in the year: there is no share to compare.</summary>
    NoPurchases = 4,
}

/// <summary>A new version of the new-energy target (V11): the minimum share of new-energy vehicles among the vehicles added and renewed in a year.</summary>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit division code.</param>
/// <param name="MinSharePercent" example="30.00">The minimum share in percent (0–100, 2 decimals).</param>
/// <param name="EffectiveFrom" example="2021-01-01">First day in force; a year is judged by the version in force on its 31 December.</param>
/// <param name="EffectiveTo" example="2025-12-31">Last day in force (the plan period's end), or null for open-ended.</param>
/// <param name="Source" example="“十四五”公共机构节约能源资源工作规划">The document the target comes from, with its confidence.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateNewEnergyTargetRequest(
    string Jurisdiction, decimal MinSharePercent, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Source, Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A version of the new-energy target (V11).</summary>
/// <param name="MinSharePercent" example="30.00">The minimum share in percent.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record NewEnergyTargetResponse(
    Guid Id, string Jurisdiction, decimal MinSharePercent, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Source, Guid? DocumentId);

/// <summary>One year of the fleet report: the vehicles bought (added and renewed), how many are new-energy, and the target.</summary>
/// <param name="Year" example="2025">Calendar year of the purchase dates.</param>
/// <param name="Purchased" example="10">Vehicles bought in the year (added or renewed; disposed ones included).</param>
/// <param name="NewEnergy" example="3">Of which new-energy (BatteryElectric, PlugInHybrid, FuelCell).</param>
/// <param name="NewEnergySharePercent" example="30.00">NewEnergy / Purchased in percent, rounded to 2 decimals for display; null when none were bought.</param>
/// <param name="TargetPercent" example="30.00">The target in force on 31 December of the year, or null when none is (see targetStatus).</param>
/// <param name="TargetStatus" example="Met">Met or NotMet (judged on exact counts), NoTarget or NoPurchases.</param>
/// <param name="TargetJurisdiction" example="national">The jurisdiction of the target version applied, or null.</param>
/// <param name="TargetSource" example="“十四五”公共机构节约能源资源工作规划（M）">The target's source with its confidence, or null.</param>
public sealed record FleetYear(
    int Year, int Purchased, int NewEnergy, decimal? NewEnergySharePercent, decimal? TargetPercent, NewEnergyTargetStatus TargetStatus,
    string? TargetJurisdiction, string? TargetSource);

/// <summary>The fleet report (V11): per year, the new-energy share of the vehicles added and renewed against the target.</summary>
/// <param name="OrganId">The organ reported on, or null for every organ the caller sees.</param>
public sealed record FleetReportResponse(int FromYear, int ToYear, Guid? OrganId, IReadOnlyList<FleetYear> Years);
