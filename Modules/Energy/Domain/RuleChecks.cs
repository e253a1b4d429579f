using OrganAffairs.Contracts.Energy;

namespace OrganAffairs.Energy.Domain;

/// <summary>The checks of a new plan-target or settings version before it is stored.</summary>
internal static class RuleChecks
{
    /// <summary>A target in percent: −100 to 100 with at most 2 decimals.</summary>
    public static bool IsPercent(decimal p) => p is >= -100 and <= 100 && p * 100 == decimal.Truncate(p * 100);

    /// <summary>First year ≤ last year (2000–2100), a baseline year from 2000 before the first year, targets in percent.</summary>
    public static bool IsValidPlan(CreatePlanTargetRequest b) =>
        b.FirstYear is >= 2000 and <= 2100 && b.LastYear >= b.FirstYear && b.LastYear <= 2100 && b.BaselineYear < b.FirstYear && b.BaselineYear >= 2000
        && IsPercent(b.EnergyPerAreaPercent) && IsPercent(b.EnergyPerPersonPercent) && IsPercent(b.WaterPerPersonPercent) && IsPercent(b.Co2PerAreaPercent);

    /// <summary>A due month and day that exist (29 February included), a threshold of 1–1000%, 1–366 silent days.</summary>
    public static bool IsValidSettings(CreateEnergySettingsRequest b) =>
        b.ReportDueMonth is >= 1 and <= 12 && b.ReportDueDay >= 1 && b.ReportDueDay <= DateTime.DaysInMonth(2024, b.ReportDueMonth)
        && b.AnomalyThresholdPercent is >= 1 and <= 1000 && b.SilentMeterDays is >= 1 and <= 366;
}
