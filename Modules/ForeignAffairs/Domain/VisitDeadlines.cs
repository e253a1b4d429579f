namespace OrganAffairs.ForeignAffairs.Domain;

/// <summary>
/// The deadlines around a visit, one version (local values; DOMAIN.md gives no national one): the pre-trip publication
/// (公示, F9) lasts <paramref name="PublicationWorkingDays"/> working days before submission; the post-trip report (F6) is
/// due <paramref name="ReportDays"/> days after the return, working days when <paramref name="ReportInWorkingDays"/>.
/// </summary>
internal sealed record VisitDeadlines(int? PublicationWorkingDays, int? ReportDays, bool ReportInWorkingDays)
{
    public bool IsValid => PublicationWorkingDays is null or (>= 1 and <= 30) && ReportDays is null or (>= 1 and <= 366);

    /// <summary>The report is late on <paramref name="today"/> when it is past its due date (due on the last day, late the day after).</summary>
    public static bool IsLate(DateOnly dueOn, DateOnly today) => today > dueOn;
}
