using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Domain;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Reception.Support;

/// <summary>The kinds of rule kept in reception_rule and their directions (docs/adr/0021, docs/adr/0060).</summary>
internal static class ReceptionRuleTables
{
    /// <summary>
    /// The dining rule (R2, R3): the one working meal and the diner ratio are national ceilings (2013 provisions); a
    /// local version may only tighten them. "More guests per diner" is tighter, so that limit is compared negated.
    /// </summary>
    public static readonly RuleTableDefinition<RuleRow> Dining = RuleTableDefinition<RuleRow>.Ceiling(
        "reception_rule/" + RuleKinds.Dining, "ReceptionRule", ReceptionErrors.RuleVersionExists,
        ("maxWorkingMeals", r => RuleJson.Read<DiningValue>(r.Value).MaxWorkingMeals),
        ("maxDinersSmallGroup", r => RuleJson.Read<DiningValue>(r.Value).MaxDinersSmallGroup),
        ("guestsPerDiner", r => -(long)RuleJson.Read<DiningValue>(r.Value).GuestsPerDiner));

    /// <summary>Meal standards (R7) by guest rank: local amounts, no direction (the most specific applies).</summary>
    public static readonly RuleTableDefinition<RuleRow> MealStandards = RuleTableDefinition<RuleRow>.Plain(
        "reception_rule/" + RuleKinds.MealStandard, "ReceptionRule", ReceptionErrors.RuleVersionExists);

    /// <summary>Banned items (R4, R4b): a local list adds to the lists in force above it (the union applies).</summary>
    public static readonly RuleTableDefinition<RuleRow> BannedItems = RuleTableDefinition<RuleRow>.Plain(
        "reception_rule/" + RuleKinds.BannedItems, "ReceptionRule", ReceptionErrors.RuleVersionExists);

    /// <summary>The same-city switch (R10): a local switch, the most specific applies.</summary>
    public static readonly RuleTableDefinition<RuleRow> SameCity = RuleTableDefinition<RuleRow>.Plain(
        "reception_rule/" + RuleKinds.SameCity, "ReceptionRule", ReceptionErrors.RuleVersionExists);
}
