using Cronos;

namespace OrganAffairs.Logistics.Domain;

/// <summary>A plan's cron schedule (5 fields, read by Cronos in the business time zone), as pure arithmetic.</summary>
internal static class MaintenanceSchedule
{
    /// <summary>The most occurrences one run generates for one plan (a schedule every minute must not flood the table).</summary>
    public const int MaxPerRun = 100;

    public static bool IsValid(string? expression) => expression is { Length: > 0 and <= 100 } && CronExpression.TryParse(expression, CronFormat.Standard, out _);

    /// <summary>Occurrences in (after, through], oldest first, at most <see cref="MaxPerRun"/>.</summary>
    public static IReadOnlyList<DateTimeOffset> Between(string expression, DateTimeOffset after, DateTimeOffset through, TimeZoneInfo zone) =>
        through <= after ? [] : CronExpression.Parse(expression, CronFormat.Standard)
            .GetOccurrences(after.UtcDateTime, through.UtcDateTime, zone, fromInclusive: false, toInclusive: true)
            .Take(MaxPerRun)
            .Select(d => new DateTimeOffset(d, TimeSpan.Zero))
            .ToList();

    public static DateTimeOffset? Next(string expression, DateTimeOffset after, TimeZoneInfo zone) =>
        CronExpression.Parse(expression, CronFormat.Standard).GetNextOccurrence(after.UtcDateTime, zone) is { } next ? new DateTimeOffset(next, TimeSpan.Zero) : null;
}
