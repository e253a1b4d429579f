namespace OrganAffairs.Energy.Domain;

/// <summary>
/// Which roll-up rows a period's indicators read: whole months read the month roll-up; partial months,
/// and months in which a coefficient version starts or ends, read day rows.
/// </summary>
internal static class RollupPlan
{
    /// <summary>Which whole months read the month roll-up, and which day ranges read day rows.</summary>
    public static (IReadOnlyList<int> Months, IReadOnlyList<(DateOnly From, DateOnly To)> Days) For(DateOnly from, DateOnly to, IReadOnlySet<DateOnly> boundaries)
    {
        var months = new List<int>();
        var days = new List<(DateOnly From, DateOnly To)>();
        for (var first = new DateOnly(from.Year, from.Month, 1); first <= to; first = first.AddMonths(1))
        {
            var last = first.AddMonths(1).AddDays(-1);
            var a = first < from ? from : first;
            var b = last > to ? to : last;
            var uniform = !boundaries.Any(d => d > first && d <= last);
            if (a == first && b == last && uniform)
            {
                months.Add(Months.Key(first));
            }
            else if (days.Count > 0 && days[^1].To.AddDays(1) == a)
            {
                days[^1] = (days[^1].From, b);
            }
            else
            {
                days.Add((a, b));
            }
        }
        return (months, days);
    }
}
