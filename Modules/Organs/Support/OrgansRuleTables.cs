using OrganAffairs.Organs.Data;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Organs.Support;

/// <summary>The module's rule tables and their directions (docs/adr/0021).</summary>
internal static class OrgansRuleTables
{
    /// <summary>Ranks (职级): a local version replaces the national one where it applies; no ceiling.</summary>
    public static readonly RuleTableDefinition<RankRow> Ranks = RuleTableDefinition<RankRow>.Plain("organs_rank", "Rank", OrgansErrors.RankVersionExists);
}
