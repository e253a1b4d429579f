using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Buildings.Support;

/// <summary>
/// The office-area standard that applies to a person on a date: a national ceiling, so the strictest version
/// in force along their organ's division chain (a local version tighter when added stays bounded by a
/// national one that tightens later).
/// </summary>
internal static class OfficeStandards
{
    public static async Task<OfficeStandardRow?> ForAsync(OfficeRepository offices, AdministrativeLevel level, string rankCode, string divisionCode, DateOnly on, CancellationToken ct)
    {
        var versions = await offices.StandardsAsync(level, Jurisdictions.ChainOf(divisionCode), ct);
        return BuildingsRuleTables.OfficeStandards.Effective(versions.Where(v => v.RankCode == rankCode), divisionCode, on);
    }
}
