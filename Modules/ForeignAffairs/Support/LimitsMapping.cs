using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Domain;

namespace OrganAffairs.ForeignAffairs.Support;

/// <summary>Limits and deadlines rows to answers, request values to the domain records.</summary>
internal static class LimitsMapping
{
    public static OutboundLimits ToDomain(OutboundLimitsValue v) => new(
        v.MaxMembers, v.MaxDaysOneCountry, v.MaxDaysTwoCountries, v.MaxDaysThreeCountries, v.MaxCountries, v.ExtraDays, v.OfficialShareNumerator, v.OfficialShareDenominator,
        v.MaxLeadershipMembers, v.MaxTripsPerPersonYear);

    public static OutboundLimitsResponse ToResponse(RuleRow row)
    {
        var l = ForeignAffairsRuleTables.Read(row);
        return new OutboundLimitsResponse(row.Id, row.Jurisdiction, row.EffectiveFrom, row.EffectiveTo,
            new OutboundLimitsValue(l.MaxMembers, l.MaxDaysOneCountry, l.MaxDaysTwoCountries, l.MaxDaysThreeCountries, l.MaxCountries, l.ExtraDays,
                l.OfficialShareNumerator, l.OfficialShareDenominator, l.MaxLeadershipMembers, l.MaxTripsPerPersonYear),
            row.Source, row.Confidence, row.DocumentId);
    }

    public static VisitDeadlines ToDomain(VisitDeadlinesValue v) => new(v.PublicationWorkingDays, v.ReportDays, v.ReportInWorkingDays);

    public static VisitDeadlinesResponse ToDeadlinesResponse(RuleRow row)
    {
        var d = RuleJson.Read<VisitDeadlines>(row.Value);
        return new VisitDeadlinesResponse(row.Id, row.Jurisdiction, row.EffectiveFrom, row.EffectiveTo,
            new VisitDeadlinesValue(d.PublicationWorkingDays, d.ReportDays, d.ReportInWorkingDays), row.Source, row.Confidence, row.DocumentId);
    }

    public static HandBackRule ToDomain(HandBackRuleValue v) => new(v.HandBackDays, v.WorkingDays, v.LockAfterDaysOverdue);

    public static HandBackRuleResponse ToHandBackResponse(RuleRow row)
    {
        var h = RuleJson.Read<HandBackRule>(row.Value);
        return new HandBackRuleResponse(row.Id, row.Jurisdiction, row.EffectiveFrom, row.EffectiveTo,
            new HandBackRuleValue(h.HandBackDays, h.WorkingDays, h.LockAfterDaysOverdue), row.Source, row.Confidence, row.DocumentId);
    }
}
