using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Logistics.Support;

/// <summary>The meeting-class caps as a rule table of logistics_rule: a local value where set, else the national one (docs/adr/0038).</summary>
internal static class MeetingRuleTables
{
    public static readonly RuleTableDefinition<RuleRow> MeetingClasses = RuleTableDefinition<RuleRow>.Plain(
        "logistics_rule/" + MeetingClassRules.Kind, "LogisticsRule", LogisticsErrors.RuleVersionExists);
}

/// <summary>The meeting-class check of a registration, against the version in force for the organ's division on the meeting's first day.</summary>
internal sealed class MeetingClassCheck(RuleRepository rules)
{
    /// <summary>The version applied; 422 naming the rule and its source when the meeting breaks it, or when its class has no rule in force.</summary>
    public async Task<(RuleRow Rule, MeetingClassValue Value)> CheckAsync(
        MeetingClass meetingClass, string divisionCode, DateOnly on, int attendees, int days, long budgetFen, CancellationToken ct)
    {
        var key = MeetingClassRules.KeyOf(meetingClass);
        var rule = (await rules.InForceAsync(MeetingClassRules.Kind, divisionCode, on, ct)).FirstOrDefault(r => r.RuleKey == key)
            ?? throw new ProblemException(LogisticsErrors.MeetingClassNotSet, detail: $"{meetingClass} {divisionCode} {on:yyyy-MM-dd}");
        var value = RuleJson.Read<MeetingClassValue>(rule.Value);
        var rulePart = $"{rule.Source} ({rule.Jurisdiction}, {rule.EffectiveFrom:yyyy-MM-dd}, {rule.Id})";
        switch (MeetingClassRules.Check(value, attendees, days, budgetFen))
        {
            case MeetingCheck.OverAttendeeCap:
                throw new ProblemException(LogisticsErrors.MeetingOverAttendeeCap, detail: $"{attendees} > {value.MaxAttendees}; {rulePart}");
            case MeetingCheck.OverBudgetCap:
                throw new ProblemException(LogisticsErrors.MeetingOverBudgetCap,
                    detail: $"{Yuan.FromFen(budgetFen):0.00} > {attendees} × {days} × {Yuan.FromFen(value.DailyCapFen):0.00} = {Yuan.FromFen(MeetingClassRules.BudgetCapFen(value, attendees, days)):0.00}; {rulePart}");
        }
        return (rule, value);
    }
}

internal static class MeetingMapping
{
    public static MeetingResponse ToResponse(this MeetingRow r) => new(
        r.Id, r.OrganId, r.Title, r.MeetingClass, r.Attendees, r.Days, Yuan.FromFen(r.BudgetFen), Yuan.FromFen(r.DailyCapFen), r.MaxAttendees,
        Yuan.FromFen(r.DailyCapFen * r.Attendees * r.Days), r.RuleVersionId, r.RoomId, r.StartsAt, r.EndsAt, r.BookingId, r.Status, r.Reason, r.Version,
        r.CreatedAt, r.UpdatedAt, r.SettledCostFen is { } settled ? Yuan.FromFen(settled) : null);

    public static MeetingClassResponse ToMeetingClass(RuleRow r)
    {
        var v = RuleJson.Read<MeetingClassValue>(r.Value);
        return new(r.Id, r.Jurisdiction, r.EffectiveFrom, r.EffectiveTo, Enum.Parse<MeetingClass>(r.RuleKey), Yuan.FromFen(v.DailyCapFen), v.MaxAttendees,
            r.Source, r.Confidence, r.DocumentId);
    }
}
