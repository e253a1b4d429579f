using OrganAffairs.Contracts.Logistics;

namespace OrganAffairs.Logistics.Domain;

/// <summary>The meeting-class rule kept in logistics_rule (kind <see cref="Kind"/>, key the class's name).</summary>
internal static class MeetingClassRules
{
    public const string Kind = "meeting-class";

    public static string KeyOf(MeetingClass meetingClass) => meetingClass.ToString();

    /// <summary>What a meeting breaks, checked in this order; <see cref="MeetingCheck.Passes"/> when nothing.</summary>
    public static MeetingCheck Check(MeetingClassValue rule, int attendees, int days, long budgetFen)
    {
        if (rule.MaxAttendees is { } max && attendees > max)
        {
            return MeetingCheck.OverAttendeeCap;
        }
        return budgetFen > BudgetCapFen(rule, attendees, days) ? MeetingCheck.OverBudgetCap : MeetingCheck.Passes;
    }

    /// <summary>Attendees × days × the all-in daily cap per person, in fen (exact: integers).</summary>
    public static long BudgetCapFen(MeetingClassValue rule, int attendees, int days) => checked(rule.DailyCapFen * attendees * days);
}

/// <summary>A meeting class's caps: the all-in daily cap per person in fen and the attendee cap (null = none).</summary>
internal sealed record MeetingClassValue(long DailyCapFen, int? MaxAttendees);

internal enum MeetingCheck
{
    Passes,
    OverAttendeeCap,
    OverBudgetCap,
}
