using OrganAffairs.Calendar.Data;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Calendar.Support;

/// <summary>
/// <see cref="IBusinessCalendar"/> on the Calendar module's tables: each question loads the years it
/// can need for the jurisdiction's chain (year states, active days, working-hours versions) in three
/// queries through the caller's unit of work, then asks the pure <see cref="WorkingCalendar"/>.
/// </summary>
internal sealed class BusinessCalendar(CalendarRepository calendar, BusinessClock clock) : IBusinessCalendar
{
    public async Task<bool> IsWorkingDayAsync(string jurisdiction, DateOnly date, CancellationToken ct) =>
        (await LoadAsync(jurisdiction, date.Year, date.Year, ct)).IsWorkingDay(date);

    public async Task<DateOnly> AddWorkingDaysAsync(string jurisdiction, DateOnly from, int days, CancellationToken ct)
    {
        var chain = ChainOf(jurisdiction);
        if (days == 0)
        {
            return from;
        }
        var years = await calendar.YearStatesAsync(chain, ct);
        // The walk can only cross declared years, and stops with year-not-declared at the first year that
        // is not: loading up to that year covers every date it can step on.
        var usable = years.Where(y => y.Complete && y.Jurisdiction == Jurisdictions.National).Select(y => y.Year).ToHashSet();
        var step = Math.Sign(days);
        var edge = from.AddDays(step).Year;
        while (usable.Contains(edge))
        {
            edge += step;
        }
        var (first, last) = step > 0 ? (from.Year, edge) : (edge, from.Year);
        return (await LoadAsync(jurisdiction, chain, years, first, last, ct)).AddWorkingDays(from, days);
    }

    public async Task<long> WorkingMinutesAsync(string jurisdiction, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        if (to < from)
        {
            throw new ArgumentException("The end comes before the start.", nameof(to));
        }
        return (await LoadAsync(jurisdiction, clock.DateOf(from).Year, clock.DateOf(to).Year, ct)).WorkingMinutes(from, to);
    }

    public async Task<bool> IsWithinWorkingHoursAsync(string jurisdiction, DateTimeOffset instant, CancellationToken ct)
    {
        var year = clock.DateOf(instant).Year;
        return (await LoadAsync(jurisdiction, year, year, ct)).IsWithinWorkingHours(instant);
    }

    public async Task<WorkingCalendar> LoadAsync(string jurisdiction, int firstYear, int lastYear, CancellationToken ct)
    {
        var chain = ChainOf(jurisdiction);
        return await LoadAsync(jurisdiction, chain, await calendar.YearStatesAsync(chain, ct), firstYear, lastYear, ct);
    }

    private async Task<WorkingCalendar> LoadAsync(
        string jurisdiction, IReadOnlyList<string> chain, IReadOnlyList<CalendarYearState> years, int firstYear, int lastYear, CancellationToken ct)
    {
        var days = await calendar.ActiveDaysAsync(chain, new DateOnly(firstYear, 1, 1), new DateOnly(lastYear, 12, 31), ct);
        var hours = (await calendar.HoursAsync(chain, ct)).Select(h => h.ToVersion());
        return WorkingCalendar.For(jurisdiction, clock.Zone, firstYear, lastYear, years, days, hours);
    }

    private static IReadOnlyList<string> ChainOf(string jurisdiction) => Jurisdictions.IsJurisdiction(jurisdiction)
        ? Jurisdictions.ChainOf(jurisdiction)
        : throw new ArgumentException($"'{jurisdiction}' is neither \"national\" nor a 6-digit division code.", nameof(jurisdiction));
}
