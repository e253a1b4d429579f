using System.Globalization;
using OrganAffairs.Contracts.Calendar;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Shared.Time;

/// <summary>A jurisdiction's year as declared: complete means an admin declared its arrangement entered.</summary>
public sealed record CalendarYearState(string Jurisdiction, int Year, bool Complete);

/// <summary>One active declared day of a jurisdiction.</summary>
public sealed record DeclaredDay(string Jurisdiction, DateOnly Date, CalendarDayKind Kind, string Name);

/// <summary>A span of working time in a day, in local clock time of the business zone: [Start, End).</summary>
public readonly record struct WorkingSpan(TimeOnly Start, TimeOnly End)
{
    /// <summary>"08:30-12:00;13:30-17:30" (the column form), ordered and not overlapping.</summary>
    public static string Format(IEnumerable<WorkingSpan> spans) =>
        string.Join(";", spans.Select(s => $"{Clock(s.Start)}-{Clock(s.End)}"));

    public static IReadOnlyList<WorkingSpan> ParseList(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('-'))
            .Select(p => new WorkingSpan(ParseClock(p[0]) ?? throw new FormatException(text), ParseClock(p[1]) ?? throw new FormatException(text)))
            .ToList();

    /// <summary>"HH:mm" (two digits each, 00:00–23:59) or null.</summary>
    public static TimeOnly? ParseClock(string? text) =>
        text is { Length: 5 } && TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    public static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>1–4 spans, each starting before it ends, in order, none overlapping the next.</summary>
    public static bool AreValid(IReadOnlyList<WorkingSpan> spans) =>
        spans.Count is >= 1 and <= 4
        && spans.All(s => s.Start < s.End)
        && spans.Zip(spans.Skip(1)).All(pair => pair.First.End <= pair.Second.Start);
}

/// <summary>One version of a jurisdiction's working hours (a rule-table row).</summary>
public sealed record WorkingHoursVersion(string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo, IReadOnlyList<WorkingSpan> Spans) : IRuleVersion;

/// <summary>What one date is in a calendar: working or not, why, and its working hours.</summary>
/// <param name="WorkingHours">The spans of a working day, empty on other days; null when no working-hours version is in force on a working day.</param>
public sealed record CalendarDate(DateOnly Date, bool IsWorkingDay, CalendarDateReason Reason, string? Name, string? DeclaredBy, IReadOnlyList<WorkingSpan>? WorkingHours);

/// <summary>The codes the business calendar answers with, for every module that asks it.</summary>
public static class BusinessCalendarErrors
{
    /// <summary>
    /// 409: the request is fine and will succeed once the calendar's state changes (an admin enters the
    /// year's arrangement and declares it complete); it breaks no rule (422) and no input of it is wrong (400).
    /// </summary>
    public static readonly ErrorCode YearNotDeclared = new("calendar.year-not-declared", 409,
        "该年度的节假日安排尚未录入完成（需管理员录入国务院办公厅节假日安排并声明该年度完成），无法计算工作日。",
        "The year's holiday arrangement has not been declared complete (an admin enters the State Council's arrangement and declares the year), so working days cannot be computed.");

    public static readonly ErrorCode HoursNotSet = new("calendar.hours-not-set", 409,
        "该日期没有生效的工作时间设置，无法计算工作时长。",
        "No working-hours version is in force on that date, so working time cannot be computed.");

    public static ProblemException YearNotDeclaredFor(int year, string jurisdiction) =>
        // The year and jurisdiction are in detail; as members they would need a documented problem schema on every route that can answer this.
        new(YearNotDeclared, detail: $"{year} ({jurisdiction})");

    public static ProblemException HoursNotSetFor(DateOnly date, string jurisdiction) =>
        new(HoursNotSet, detail: $"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({jurisdiction})");
}

/// <summary>
/// The business calendar of one jurisdiction over some years, as pure C# (docs/adr/0018). A date is
/// a working day when it is a weekday that no declaration makes a holiday, or a weekend day declared
/// a make-up working day (调休). Declarations come from the jurisdiction's chain (its own code, its
/// prefecture, its province, national); per date the most specific one wins; a jurisdiction's days
/// count only once it declared that year complete. A year is usable only when the national year is
/// complete: any question that needs a date of another year answers
/// <see cref="BusinessCalendarErrors.YearNotDeclared"/>, never a guess. Instants are read in the
/// business time zone; working hours are rule-table versions resolved per date, gaps (the lunch
/// break) excluded.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<int> _usableYears;
    private readonly Dictionary<DateOnly, DeclaredDay> _days;
    private readonly IReadOnlyList<WorkingHoursVersion> _hours;
    private readonly int _firstYear;
    private readonly int _lastYear;

    public string Jurisdiction { get; }
    public TimeZoneInfo Zone { get; }

    private WorkingCalendar(string jurisdiction, TimeZoneInfo zone, int firstYear, int lastYear, HashSet<int> usableYears,
        Dictionary<DateOnly, DeclaredDay> days, IReadOnlyList<WorkingHoursVersion> hours)
    {
        Jurisdiction = jurisdiction;
        Zone = zone;
        _firstYear = firstYear;
        _lastYear = lastYear;
        _usableYears = usableYears;
        _days = days;
        _hours = hours;
    }

    /// <summary>
    /// The calendar of <paramref name="jurisdiction"/> ("national" or a 6-digit code) for the years
    /// <paramref name="firstYear"/>–<paramref name="lastYear"/>, from the chain's year states, days
    /// (those of the loaded years) and working-hours versions. Rows of other jurisdictions are ignored.
    /// </summary>
    public static WorkingCalendar For(string jurisdiction, TimeZoneInfo zone, int firstYear, int lastYear,
        IEnumerable<CalendarYearState> years, IEnumerable<DeclaredDay> days, IEnumerable<WorkingHoursVersion> hours)
    {
        if (!Jurisdictions.IsJurisdiction(jurisdiction))
        {
            throw new ArgumentException($"'{jurisdiction}' is neither \"national\" nor a 6-digit division code.", nameof(jurisdiction));
        }
        if (lastYear < firstYear)
        {
            throw new ArgumentException("The last year comes before the first.", nameof(lastYear));
        }
        var chain = Jurisdictions.ChainOf(jurisdiction);
        var specificity = chain.Select((j, i) => (j, i)).ToDictionary(x => x.j, x => x.i, StringComparer.Ordinal);
        var complete = years.Where(y => y.Complete && specificity.ContainsKey(y.Jurisdiction)).Select(y => (y.Jurisdiction, y.Year)).ToHashSet();
        var usable = complete.Where(c => c.Jurisdiction == Jurisdictions.National).Select(c => c.Year).ToHashSet();
        var effective = days
            .Where(d => specificity.ContainsKey(d.Jurisdiction) && complete.Contains((d.Jurisdiction, d.Date.Year)))
            .GroupBy(d => d.Date)
            .ToDictionary(g => g.Key, g => g.MinBy(d => specificity[d.Jurisdiction])!);
        var ownHours = hours.Where(h => specificity.ContainsKey(h.Jurisdiction)).ToList();
        return new WorkingCalendar(jurisdiction, zone, firstYear, lastYear, usable, effective, ownHours);
    }

    /// <summary>Whether the year's calendar may be used (the national year is declared complete).</summary>
    public bool IsDeclared(int year)
    {
        EnsureLoaded(year);
        return _usableYears.Contains(year);
    }

    /// <summary>Weekend unless a make-up working day; weekday unless a holiday.</summary>
    public bool IsWorkingDay(DateOnly date) => Describe(date, withHours: false).IsWorkingDay;

    /// <summary>What the date is, with its working hours (see <see cref="CalendarDate.WorkingHours"/>).</summary>
    public CalendarDate Describe(DateOnly date) => Describe(date, withHours: true);

    private CalendarDate Describe(DateOnly date, bool withHours)
    {
        EnsureDeclared(date.Year);
        CalendarDate day;
        if (_days.TryGetValue(date, out var declared))
        {
            var working = declared.Kind == CalendarDayKind.MakeUpWorkday;
            day = new CalendarDate(date, working, working ? CalendarDateReason.MakeUpWorkday : CalendarDateReason.Holiday, declared.Name, declared.Jurisdiction, null);
        }
        else
        {
            var weekend = IsWeekend(date);
            day = new CalendarDate(date, !weekend, weekend ? CalendarDateReason.Weekend : CalendarDateReason.Weekday, null, null, null);
        }
        if (!withHours)
        {
            return day;
        }
        return day with { WorkingHours = day.IsWorkingDay ? RuleResolver.Resolve(_hours, Jurisdiction, date)?.Spans : [] };
    }

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="from"/> (before it when
    /// negative); <paramref name="from"/> itself is never counted, and 0 answers it unchanged. Only the
    /// dates stepped over need a declared year.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var step = Math.Sign(days);
        var remaining = Math.Abs((long)days);
        var date = from;
        while (remaining > 0)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }
        return date;
    }

    /// <summary>The working days of a declared year.</summary>
    public int WorkingDaysIn(int year)
    {
        var count = 0;
        for (var date = new DateOnly(year, 1, 1); date.Year == year; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>The declared days in effect in a declared year, by date.</summary>
    public IReadOnlyList<DeclaredDay> DeclaredDaysIn(int year)
    {
        EnsureDeclared(year);
        return _days.Values.Where(d => d.Date.Year == year).OrderBy(d => d.Date).ToList();
    }

    /// <summary>
    /// Working time in [<paramref name="from"/>, <paramref name="to"/>): the overlap with each working
    /// span of each working day whose local date the interval touches. Every such date needs a declared
    /// year, and a working day needs working hours in force.
    /// </summary>
    public TimeSpan WorkingTime(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            throw new ArgumentException("The end comes before the start.", nameof(to));
        }
        var total = TimeSpan.Zero;
        if (to == from)
        {
            return total;
        }
        var last = DateOf(to.AddTicks(-1));
        for (var date = DateOf(from); date <= last; date = date.AddDays(1))
        {
            foreach (var (start, end) in WorkingInstants(date))
            {
                var overlapStart = start > from ? start : from;
                var overlapEnd = end < to ? end : to;
                if (overlapEnd > overlapStart)
                {
                    total += overlapEnd - overlapStart;
                }
            }
        }
        return total;
    }

    /// <summary>Whole minutes of <see cref="WorkingTime"/>, rounded down.</summary>
    public long WorkingMinutes(DateTimeOffset from, DateTimeOffset to) => (long)Math.Floor(WorkingTime(from, to).TotalMinutes);

    /// <summary>Whether the instant falls on a working day inside one of its working spans (start inclusive, end exclusive).</summary>
    public bool IsWithinWorkingHours(DateTimeOffset instant) =>
        WorkingInstants(DateOf(instant)).Any(span => span.Start <= instant && instant < span.End);

    /// <summary>The business date of an instant in the calendar's zone.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The UTC instant of a local clock time on a business date.</summary>
    public DateTimeOffset InstantOf(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> WorkingInstants(DateOnly date)
    {
        var day = Describe(date);
        if (!day.IsWorkingDay)
        {
            return [];
        }
        var spans = day.WorkingHours ?? throw BusinessCalendarErrors.HoursNotSetFor(date, Jurisdiction);
        return spans.Select(s => (InstantOf(date, s.Start), InstantOf(date, s.End))).ToList();
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private void EnsureDeclared(int year)
    {
        if (!IsDeclared(year))
        {
            throw BusinessCalendarErrors.YearNotDeclaredFor(year, Jurisdiction);
        }
    }

    // A question outside the loaded years is the caller's mistake, not an undeclared year.
    private void EnsureLoaded(int year)
    {
        if (year < _firstYear || year > _lastYear)
        {
            throw new InvalidOperationException($"The calendar was loaded for {_firstYear}–{_lastYear}, not for {year}.");
        }
    }
}

/// <summary>
/// The business calendar every module asks (docs/adr/0018): deadlines in working days, SLA clocks in
/// working minutes. Served by the Calendar module from its tables; a year without a complete
/// calendar answers <see cref="BusinessCalendarErrors.YearNotDeclared"/> (409), a working day without
/// working hours <see cref="BusinessCalendarErrors.HoursNotSet"/> (409). <c>jurisdiction</c> is
/// "national" or a 6-digit GB/T 2260 code (an organ's division code), whose chain of local
/// declarations applies. Reads run in the caller's unit of work, inside its transaction if it has one.
/// </summary>
public interface IBusinessCalendar
{
    /// <summary>Weekend unless a make-up working day; weekday unless a holiday.</summary>
    Task<bool> IsWorkingDayAsync(string jurisdiction, DateOnly date, CancellationToken ct);

    /// <summary>The N-th working day after <paramref name="from"/> (before it when N is negative; <paramref name="from"/> when 0).</summary>
    Task<DateOnly> AddWorkingDaysAsync(string jurisdiction, DateOnly from, int days, CancellationToken ct);

    /// <summary>Whole working minutes in [from, to), lunch break and non-working days excluded.</summary>
    Task<long> WorkingMinutesAsync(string jurisdiction, DateTimeOffset from, DateTimeOffset to, CancellationToken ct);

    /// <summary>Whether the instant is inside the working hours of a working day.</summary>
    Task<bool> IsWithinWorkingHoursAsync(string jurisdiction, DateTimeOffset instant, CancellationToken ct);

    /// <summary>The calendar of some years at once, for a caller with many questions (one load, then pure calls).</summary>
    Task<WorkingCalendar> LoadAsync(string jurisdiction, int firstYear, int lastYear, CancellationToken ct);
}
