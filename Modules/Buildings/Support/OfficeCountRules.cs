using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Domain;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Buildings.Support;

/// <summary>The office count rule (B3, B5) that applies on a date in a division: per count, the strictest version in force along the chain (a national ceiling).</summary>
internal static class OfficeCountRules
{
    public static async Task<(OfficeCounts Counts, OfficeCountRuleRow Version)?> ForAsync(OfficeRepository offices, string divisionCode, DateOnly on, CancellationToken ct)
    {
        var versions = await offices.CountRulesAsync(Jurisdictions.ChainOf(divisionCode), ct);
        var table = BuildingsRuleTables.OfficeCounts;
        if (table.Effective(versions, divisionCode, on) is not { } version)
        {
            return null;
        }
        var primary = table.EffectiveLimit(versions, divisionCode, on, "primaryOrganOffices") ?? version.PrimaryOrganOffices;
        var max = table.EffectiveLimit(versions, divisionCode, on, "maxOffices") ?? version.MaxOffices;
        return (new OfficeCounts((int)primary, (int)max), version);
    }
}
