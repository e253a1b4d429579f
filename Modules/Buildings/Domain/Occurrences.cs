using OrganAffairs.Contracts.Buildings;

namespace OrganAffairs.Buildings.Domain;

/// <summary>A booking window [StartsAt, EndsAt), UTC.</summary>
internal readonly record struct Window(DateTimeOffset StartsAt, DateTimeOffset EndsAt)
{
    /// <summary>Half-open windows: touching (one ends when the other starts) is not an overlap.</summary>
    public bool Overlaps(DateTimeOffset startsAt, DateTimeOffset endsAt) => StartsAt < endsAt && startsAt < EndsAt;

    /// <summary>The longest booking: overlap checks also use it as a lower bound on starts_at, so they read a short index range.</summary>
    public static readonly TimeSpan MaxLength = TimeSpan.FromHours(24);

    /// <summary>End after start, at most <see cref="MaxLength"/>, both on whole minutes.</summary>
    public static bool IsValid(DateTimeOffset startsAt, DateTimeOffset endsAt) =>
        startsAt < endsAt && endsAt - startsAt <= MaxLength
        && startsAt.UtcTicks % TimeSpan.TicksPerMinute == 0 && endsAt.UtcTicks % TimeSpan.TicksPerMinute == 0;
}

/// <summary>
/// The occurrences of a recurring booking: the first window repeated every day or week at the same
/// local (business-zone) time, while the occurrence's local date is on or before <c>until</c>.
/// </summary>
internal static class Occurrences
{
    public const int MaxCount = 100;

    public static IReadOnlyList<Window> Expand(Window first, RecurrenceFrequency frequency, DateOnly until, TimeZoneInfo zone)
    {
        var step = frequency == RecurrenceFrequency.Weekly ? 7 : 1;
        var duration = first.EndsAt - first.StartsAt;
        var localStart = TimeZoneInfo.ConvertTime(first.StartsAt, zone).DateTime;
        var result = new List<Window>();
        for (var i = 0; ; i++)
        {
            var local = localStart.AddDays(i * step);
            if (DateOnly.FromDateTime(local) > until)
            {
                break;
            }
            if (result.Count == MaxCount)
            {
                // One more than allowed: the caller refuses the series.
                result.Add(first);
                break;
            }
            var start = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone), TimeSpan.Zero);
            result.Add(new Window(start, start + duration));
        }
        return result;
    }
}
