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
    /// <summary>The change from the baseline in percent (none without a positive baseline and a current value); met when at or below the target.</summary>
    public static TargetIndicator Indicator(string name, decimal? baseline, decimal? current, decimal target)
    {
        decimal? change = baseline is > 0 && current is not null ? Scaled.Ratio((current.Value - baseline.Value) * 100m, baseline.Value, 2) : null;
        return new TargetIndicator(name, baseline, current, change, target, change is null ? null : change <= target);
    }
}
