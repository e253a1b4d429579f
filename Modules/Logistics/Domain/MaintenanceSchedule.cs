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

    /// <summary>
    /// How many occurrences fall in [<paramref name="from"/>, <paramref name="to"/>) that are also after <paramref name="createdAt"/> and
    /// not after <paramref name="now"/> — the ones the generator owes (it raises those in (creation, now]).
    /// </summary>
    public static int CountDue(string expression, DateTimeOffset createdAt, DateTimeOffset now, DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone)
    {
        var lower = from > createdAt ? from : createdAt;
        var upper = to <= now ? to : now;
        if (upper < lower)
        {
            return 0;
        }
        return CronExpression.Parse(expression, CronFormat.Standard)
            .GetOccurrences(lower.UtcDateTime, upper.UtcDateTime, zone, fromInclusive: from > createdAt, toInclusive: to > now)
            .Count();
    }

    public static DateTimeOffset? Next(string expression, DateTimeOffset after, TimeZoneInfo zone) =>
        CronExpression.Parse(expression, CronFormat.Standard).GetNextOccurrence(after.UtcDateTime, zone) is { } next ? new DateTimeOffset(next, TimeSpan.Zero) : null;
}
