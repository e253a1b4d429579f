namespace OrganAffairs.Buildings.Domain;

/// <summary>The date an annual report (publication 公示, filing 备案) is drawn up on.</summary>
internal static class ReportYear
{
    /// <summary>The as-of date of an annual report: 31 December, or today while the year is running.</summary>
    public static DateOnly AsOf(int year, DateOnly today) => new DateOnly(year, 12, 31) < today ? new DateOnly(year, 12, 31) : today;
}
