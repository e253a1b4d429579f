using OrganAffairs.Contracts.Energy;

namespace OrganAffairs.Energy.Domain;

/// <summary>The three coefficient tables share one shape: standard coal, CO₂ and density.</summary>
internal enum CoefficientTable
{
    StandardCoal = 1,
    Co2 = 2,
    Density = 3,
}

internal static class CoefficientTables
{
    public static string Kind(this CoefficientTable table) => table switch
    {
        CoefficientTable.StandardCoal => RuleKinds.Coal,
        CoefficientTable.Co2 => RuleKinds.Co2,
        _ => RuleKinds.Density,
    };

    public static bool Applies(this CoefficientTable table, EnergyKind kind) => table switch
    {
        CoefficientTable.Density => kind is EnergyKind.Gasoline or EnergyKind.Diesel,
        _ => Units.IsEnergy(kind),
    };

    /// <summary>A coefficient is above 0, at most 1000, with at most 6 decimals.</summary>
    public static bool IsValidValue(decimal v) => v > 0 && v <= 1000m && v * 1_000_000m == decimal.Truncate(v * 1_000_000m);
}
