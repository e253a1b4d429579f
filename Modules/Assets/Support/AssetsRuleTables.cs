using OrganAffairs.Assets.Data;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Assets.Support;

/// <summary>The module's rule tables and their directions (docs/adr/0021).</summary>
internal static class AssetsRuleTables
{
    /// <summary>
    /// Service life (使用年限) per category: no direction. DOMAIN.md does not say that the national figure is a
    /// floor a locality may only lengthen, so a local version may set any number of years.
    /// </summary>
    public static readonly RuleTableDefinition<ServiceLifeRow> ServiceLife = RuleTableDefinition<ServiceLifeRow>.Plain(
        "assets_service_life", "AssetServiceLife", AssetsErrors.RuleVersionExists);
}
