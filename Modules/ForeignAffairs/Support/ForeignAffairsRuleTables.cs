using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.ForeignAffairs.Support;

/// <summary>The kinds of rule kept in foreign_affairs_rule and their directions (docs/adr/0021, 0070).</summary>
internal static class ForeignAffairsRuleTables
{
    /// <summary>
    /// The limits of a general delegation: the size, day and country limits are national ceilings (中办发〔2013〕16号);
    /// a local version may only lower them, and a visit is judged by the strictest value along its jurisdiction.
    /// </summary>
    public static readonly RuleTableDefinition<RuleRow> Limits = RuleTableDefinition<RuleRow>.Ceiling(
        "foreign_affairs_rule/" + RuleKinds.Limits, "ForeignAffairsRule", ForeignAffairsErrors.RuleVersionExists,
        ("maxMembers", r => Read(r).MaxMembers),
        ("maxDaysOneCountry", r => Read(r).MaxDaysOneCountry),
        ("maxDaysTwoCountries", r => Read(r).MaxDaysTwoCountries),
        ("maxDaysThreeCountries", r => Read(r).MaxDaysThreeCountries),
        ("maxCountries", r => Read(r).MaxCountries),
        ("extraDays", r => Read(r).ExtraDays),
        ("maxLeadershipMembers", r => Read(r).MaxLeadershipMembers),
        ("maxTripsPerPersonYear", r => Read(r).MaxTripsPerPersonYear));

    /// <summary>The countries with extra days: no direction, the most specific version applies.</summary>
    public static readonly RuleTableDefinition<RuleRow> Regions = RuleTableDefinition<RuleRow>.Plain(
        "foreign_affairs_rule/" + RuleKinds.Regions, "ForeignAffairsRule", ForeignAffairsErrors.RuleVersionExists);

    /// <summary>The hand-back of travel documents (F10): no direction, the most specific version in force on the return date applies.</summary>
    public static readonly RuleTableDefinition<RuleRow> HandBack = RuleTableDefinition<RuleRow>.Plain(
        "foreign_affairs_rule/" + RuleKinds.Documents, "ForeignAffairsRule", ForeignAffairsErrors.RuleVersionExists);

    /// <summary>The deadlines around a visit (F6, F9): local values, no direction, the most specific version applies.</summary>
    public static readonly RuleTableDefinition<RuleRow> Deadlines = RuleTableDefinition<RuleRow>.Plain(
        "foreign_affairs_rule/" + RuleKinds.Deadlines, "ForeignAffairsRule", ForeignAffairsErrors.RuleVersionExists);

    /// <summary>The grades of ranks and their seat classes (F11): no direction, the most specific version in force on the payment date applies.</summary>
    public static readonly RuleTableDefinition<RuleRow> TravelClasses = RuleTableDefinition<RuleRow>.Plain(
        "foreign_affairs_rule/" + RuleKinds.TravelClasses, "ForeignAffairsRule", ForeignAffairsErrors.RuleVersionExists);

    /// <summary>Lodging limits abroad per country (F11): no direction (no national values exist to be a ceiling), the most specific version applies.</summary>
    public static readonly RuleTableDefinition<RuleRow> Lodging = RuleTableDefinition<RuleRow>.Plain(
        "foreign_affairs_rule/" + RuleKinds.Lodging, "ForeignAffairsRule", ForeignAffairsErrors.RuleVersionExists);

    /// <summary>Meals and incidentals lump sums per country (F11): no direction, the most specific version applies.</summary>
    public static readonly RuleTableDefinition<RuleRow> Allowances = RuleTableDefinition<RuleRow>.Plain(
        "foreign_affairs_rule/" + RuleKinds.Allowances, "ForeignAffairsRule", ForeignAffairsErrors.RuleVersionExists);

    /// <summary>
    /// The standards of receiving foreign guests (FI1): provinces set their own tables (DOMAIN.md), so no direction; the most specific
    /// version in force on the payment date applies.
    /// </summary>
    public static readonly RuleTableDefinition<RuleRow> Incoming = RuleTableDefinition<RuleRow>.Plain(
        "foreign_affairs_rule/" + RuleKinds.Incoming, "ForeignAffairsRule", ForeignAffairsErrors.RuleVersionExists);

    public static OutboundLimits Read(RuleRow row) => RuleJson.Read<OutboundLimits>(row.Value);
}
