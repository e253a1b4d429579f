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

internal sealed record PlanTargetValue(
    int FirstYear, int LastYear, int BaselineYear,
    decimal EnergyPerAreaPercent, decimal EnergyPerPersonPercent, decimal WaterPerPersonPercent, decimal Co2PerAreaPercent);

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
