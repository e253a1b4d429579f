using System.Text.Json;
using OrganAffairs.Costs.Data;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Costs.Support;

/// <summary>The kinds of rule kept in costs_rule and their directions (docs/adr/0021, docs/adr/0100).</summary>
internal static class CostsRuleTables
{
    /// <summary>T3: the days to disclosure after an approval (Budget Law: 20 calendar days) — a national ceiling a local version may only shorten.</summary>
    public static readonly RuleTableDefinition<RuleRow> DisclosureDue = RuleTableDefinition<RuleRow>.Ceiling(
        "costs_rule/" + DisclosurePacks.DueKind, "CostsRule", CostsErrors.RuleVersionExists,
        ("days", r => JsonDocument.Parse(r.Value).RootElement.GetProperty("days").GetInt64()));

    /// <summary>T4: the change beyond which a line needs a reason — a local format, the most specific applies.</summary>
    public static readonly RuleTableDefinition<RuleRow> ChangeReason = RuleTableDefinition<RuleRow>.Plain(
        "costs_rule/" + DisclosurePacks.ReasonKind, "CostsRule", CostsErrors.RuleVersionExists);
}
