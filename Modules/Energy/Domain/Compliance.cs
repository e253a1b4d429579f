using OrganAffairs.Contracts.Energy;

namespace OrganAffairs.Energy.Domain;

/// <summary>The annual report's deadline: a report not submitted after its due date is Late.</summary>
internal static class ReportDeadline
{
    /// <summary>A business date after the due date is late; the due date itself is not.</summary>
    public static bool IsLate(DateOnly on, DateOnly due) => on > due;

    /// <summary>The status shown on a business date: the stored one (NotStarted without a report), Late once the due date has passed unsubmitted.</summary>
    public static AnnualReportStatus StatusOn(AnnualReportStatus? stored, DateOnly today, DateOnly due)
    {
        var status = stored ?? AnnualReportStatus.NotStarted;
        return status != AnnualReportStatus.Submitted && IsLate(today, due) ? AnnualReportStatus.Late : status;
    }
}

/// <summary>Progress against a plan-period target (e.g. −5% kgce per m² against the baseline year).</summary>
internal static class PlanProgress
{
    /// <summary>
    /// The change from the baseline in percent, shown to 2 decimals (none without a positive baseline and a
    /// current value); met when the exact change is at or below the target — a change shown as −5.00 % that
    /// is really −4.996 % does not meet a −5 % target (issue 17, E5).
    /// </summary>
    public static TargetIndicator Indicator(string name, decimal? baseline, decimal? current, decimal target)
    {
        if (baseline is not > 0 || current is null)
        {
            return new TargetIndicator(name, baseline, current, null, target, null);
        }
        var exactTimesBaseline = (current.Value - baseline.Value) * 100m;
        var change = Scaled.Ratio(exactTimesBaseline, baseline.Value, 2);
        // (current − baseline) × 100 / baseline ≤ target, multiplied out: no division, no rounding.
        return new TargetIndicator(name, baseline, current, change, target, exactTimesBaseline <= target * baseline.Value);
    }

    /// <summary>
    /// Why an indicator of the baseline or current year is null, said plainly so a null never passes for
    /// "no change": the CO₂ factors missing for the kinds used that year (E4: no 2020 grid factor is
    /// seeded), the statistics (floor area, population) missing, or no consumption recorded.
    /// </summary>
    public static string? Missing(
        (int Year, IndicatorsResponse Figures) baseline, (int Year, IndicatorsResponse Figures) current, Func<IndicatorsResponse, decimal?> value, bool usesCo2Factors = false)
    {
        var reasons = new List<string>();
        foreach (var (year, figures) in new[] { baseline, current })
        {
            if (value(figures) is not null)
            {
                continue;
            }
            if (usesCo2Factors && figures.KindsWithoutCo2Factor.Count > 0)
            {
                reasons.Add($"no CO2 factor for {string.Join(", ", figures.KindsWithoutCo2Factor)} in {year} (无 {year} 年排放因子)");
            }
            else if (figures.InstitutionsWithoutStatistics.Count > 0)
            {
                reasons.Add($"no statistics (floor area, population) for {year} (缺 {year} 年统计数据)");
            }
            else
            {
                reasons.Add($"no consumption recorded in {year} (无 {year} 年用量)");
            }
        }
        return reasons.Count == 0 ? null : string.Join("; ", reasons);
    }
}
