using System.Text.Json;
using OrganAffairs.Contracts.Energy;

namespace OrganAffairs.Energy.Domain;

/// <summary>The kinds of the module's rule table (energy_rule).</summary>
internal static class RuleKinds
{
    /// <summary>kgce per base unit (GB/T 2589), key = energy kind.</summary>
    public const string Coal = "coal-coefficient";

    /// <summary>kg CO₂ per base unit, key = energy kind.</summary>
    public const string Co2 = "co2-factor";

    /// <summary>kg per litre, key = Gasoline or Diesel.</summary>
    public const string Density = "density";

    /// <summary>Plan-period targets, key = the plan.</summary>
    public const string PlanTarget = "plan-target";

    /// <summary>Due date, anomaly threshold, silent days; key = <see cref="SettingsKey"/>.</summary>
    public const string Settings = "settings";

    public const string SettingsKey = "default";

    public static string UnitOf(string kind, EnergyKind energyKind) => kind switch
    {
        Coal => $"kgce/{Units.BaseUnit(energyKind)}",
        Co2 => $"kgCO2/{Units.BaseUnit(energyKind)}",
        _ => "kg/L",
    };
}

internal sealed record CoefficientValue(decimal Value);

/// <summary>
/// A plan period's targets against its baseline year; the national baseline-year values, when the plan
/// published them, are shown beside an institution's own for comparison (never used to judge it).
/// </summary>
internal sealed record PlanTargetValue(
    int FirstYear, int LastYear, int BaselineYear,
    decimal EnergyPerAreaPercent, decimal EnergyPerPersonPercent, decimal WaterPerPersonPercent, decimal Co2PerAreaPercent,
    NationalBaseline? National = null)
{
    /// <summary>The 14th Five-Year Plan (国管节能〔2021〕195号) with the national 2020 values: 18.48 kgce/m², 329.56 kgce/person, 21.53 m³/person.</summary>
    public static readonly PlanTargetValue FourteenthPlan = new(2021, 2025, 2020, -5m, -6m, -6m, -7m, new NationalBaseline(18.48m, 329.56m, 21.53m));
}

/// <summary>The national values of a plan's baseline year (no national CO₂ per m² is published).</summary>
internal sealed record NationalBaseline(decimal KgcePerSquareMetre, decimal KgcePerPerson, decimal WaterPerPerson);

internal sealed record SettingsValue(int ReportDueMonth, int ReportDueDay, decimal AnomalyThresholdPercent, int SilentMeterDays)
{
    /// <summary>The due date of the annual report for a year, in the following year (29 Feb clamps to 28).</summary>
    public DateOnly DueOn(int reportYear) =>
        new(reportYear + 1, ReportDueMonth, Math.Min(ReportDueDay, DateTime.DaysInMonth(reportYear + 1, ReportDueMonth)));
}

internal static class RuleJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException($"Rule value is not a {typeof(T).Name}.");
}
