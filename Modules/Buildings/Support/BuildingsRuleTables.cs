using OrganAffairs.Buildings.Data;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Buildings.Support;

/// <summary>The module's rule tables and their directions (docs/adr/0021).</summary>
internal static class BuildingsRuleTables
{
    /// <summary>
    /// The office-area standard (m² per person) is a national ceiling (党政机关办公用房建设标准, 发改投资〔2014〕2674号):
    /// a local version may only lower it; a person's entitlement is the strictest along the chain.
    /// </summary>
    public static readonly RuleTableDefinition<OfficeStandardRow> OfficeStandards = RuleTableDefinition<OfficeStandardRow>.Ceiling(
        "buildings_office_standard", "OfficeStandard", BuildingsErrors.StandardVersionExists, ("area", v => v.AreaCenti));

    /// <summary>
    /// How many offices a person may hold (B3: one in the organ of the primary post; B5: two in all), a national ceiling
    /// (党政机关办公用房管理办法 第十九条): a local version may only lower the counts.
    /// </summary>
    public static readonly RuleTableDefinition<OfficeCountRuleRow> OfficeCounts = RuleTableDefinition<OfficeCountRuleRow>.Ceiling(
        "buildings_office_count_rule", "OfficeCountRule", BuildingsErrors.OfficeCountRuleVersionExists,
        ("primaryOrganOffices", v => v.PrimaryOrganOffices), ("maxOffices", v => v.MaxOffices));

    /// <summary>Recovery deadlines (months): a local version applies where it is most specific.</summary>
    public static readonly RuleTableDefinition<DeadlineRuleRow> DeadlineRules = RuleTableDefinition<DeadlineRuleRow>.Plain(
        "buildings_deadline_rule", "DeadlineRule", BuildingsErrors.DeadlineRuleVersionExists);

    /// <summary>An organ's approved office area (核定面积): versioned per organ, not per region, so no direction and no register document.</summary>
    public static readonly RuleTableDefinition<ApprovedAreaRow> ApprovedAreas = RuleTableDefinition<ApprovedAreaRow>.Plain(
        "buildings_approved_area", "ApprovedArea", BuildingsErrors.ApprovedAreaVersionExists, v => v.OrganId);
}
