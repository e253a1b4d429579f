using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Buildings.Support;

/// <summary>The office-area standard in force for a person on a date (most specific jurisdiction of their organ's division).</summary>
internal static class OfficeStandards
{
    public static async Task<OfficeStandardRow?> ForAsync(OfficeRepository offices, AdministrativeLevel level, string rankCode, string divisionCode, DateOnly on, CancellationToken ct)
    {
        var versions = await offices.StandardsAsync(level, Jurisdictions.ChainOf(divisionCode), ct);
        return RuleResolver.Resolve(versions.Where(v => v.RankCode == rankCode), divisionCode, on);
    }
}
