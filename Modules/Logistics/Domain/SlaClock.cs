using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Domain;

/// <summary>A hold of a work order: [Start, End), End null while it lasts.</summary>
internal readonly record struct Hold(DateTimeOffset Start, DateTimeOffset? End);

/// <summary>
/// The service-level clock as pure arithmetic (L3): a target counts from the instant the order is raised, in working time
/// (the calendar's working spans — working days with 调休, the lunch break excluded) or calendar time, and every hold
/// pauses it. A deadline is met when the event happens at or before it; a minute later is a breach.
/// </summary>
internal static class SlaClock
{
    /// <summary>How far ahead the clock looks for working time before it gives up (a target is minutes to weeks).</summary>
    private const int MaxDays = 366;

    /// <summary>
    /// The instant at which <paramref name="target"/> of counted time has passed since <paramref name="start"/>, holds
    /// excluded; null while an open hold stops the clock before the target is reached. <paramref name="calendar"/> is
    /// needed for working time only.
    /// </summary>
    public static DateTimeOffset? DueAt(DateTimeOffset start, TimeSpan target, SlaBasis basis, WorkingCalendar? calendar, IReadOnlyList<Hold> holds)
    {
        var remaining = target;
        // Nothing counts after an open hold starts: stop there rather than walk the calendar for ever.
        var stop = holds.Where(h => h.End is null).Select(h => h.Start).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        foreach (var (from, to) in Counting(start, basis, calendar).TakeWhile(piece => piece.From < stop).SelectMany(piece => Without(piece, holds)))
        {
            if (to - from >= remaining)
            {
                return from + remaining;
            }
            remaining -= to - from;
        }
        return null;
    }

    /// <summary>A deadline is met at the deadline itself; any later instant breaches it.</summary>
    public static bool IsBreached(DateTimeOffset due, DateTimeOffset at) => at > due;

    private static IEnumerable<(DateTimeOffset From, DateTimeOffset To)> Counting(DateTimeOffset start, SlaBasis basis, WorkingCalendar? calendar)
    {
        if (basis == SlaBasis.CalendarTime)
        {
            yield return (start, DateTimeOffset.MaxValue);
            yield break;
        }
        var working = calendar ?? throw new ArgumentNullException(nameof(calendar), "Working time needs the business calendar.");
        var first = working.DateOf(start);
        for (var date = first; date <= first.AddDays(MaxDays); date = date.AddDays(1))
        {
            var day = working.Describe(date);
            if (!day.IsWorkingDay)
            {
                continue;
            }
            var spans = day.WorkingHours ?? throw BusinessCalendarErrors.HoursNotSetFor(date, working.Jurisdiction);
            foreach (var span in spans)
            {
                var from = working.InstantOf(date, span.Start);
                var to = working.InstantOf(date, span.End);
                if (to > start)
                {
                    yield return (from > start ? from : start, to);
                }
            }
        }
    }

    /// <summary>The parts of [from, to) outside every hold, in order.</summary>
    private static IEnumerable<(DateTimeOffset From, DateTimeOffset To)> Without((DateTimeOffset From, DateTimeOffset To) piece, IReadOnlyList<Hold> holds)
    {
        var cursor = piece.From;
        foreach (var hold in holds.OrderBy(h => h.Start))
        {
            var holdEnd = hold.End ?? DateTimeOffset.MaxValue;
            if (holdEnd <= cursor || hold.Start >= piece.To)
            {
                continue;
            }
            if (hold.Start > cursor)
            {
                yield return (cursor, hold.Start);
            }
            cursor = holdEnd;
            if (cursor >= piece.To)
            {
                yield break;
            }
        }
        if (cursor < piece.To)
        {
            yield return (cursor, piece.To);
        }
    }
}
