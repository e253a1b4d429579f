using OrganAffairs.Assets.Data;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Assets.Domain;

/// <summary>使用年限届满: when an asset's service life ends, by the versioned, jurisdiction-scoped rule table.</summary>
internal static class EndOfLife
{
    /// <summary>
    /// The end of an asset's service life by the rule in force on <paramref name="on"/> for the division; null when no
    /// rule covers the category. It ends on the anniversary of the purchase: disposal that day is allowed.
    /// </summary>
    public static (ServiceLifeRow Rule, DateOnly EndsOn)? Of(IEnumerable<ServiceLifeRow> versions, string? division, AssetCategory category, DateOnly purchasedOn, DateOnly on) =>
        RuleResolver.Resolve(versions.Where(r => r.Category == category), division, on) is { } rule ? (rule, purchasedOn.AddYears(rule.Years)) : null;
}
