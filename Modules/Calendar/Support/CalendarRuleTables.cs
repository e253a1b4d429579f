using OrganAffairs.Calendar.Data;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Calendar.Support;

/// <summary>The module's rule tables and their directions (docs/adr/0021).</summary>
internal static class CalendarRuleTables
{
    /// <summary>Working hours (作息时间): set by each jurisdiction, no direction.</summary>
    public static readonly RuleTableDefinition<WorkingHoursRow> WorkingHours = RuleTableDefinition<WorkingHoursRow>.Plain(
        "calendar_working_hours", "WorkingHours", CalendarErrors.HoursVersionExists);
}
