namespace OrganAffairs.Buildings.Domain;

/// <summary>
/// Areas are stored as integer hundredths of m² (SQLite has no exact decimal) and sent as decimal m²
/// with 2 decimals.
/// </summary>
internal static class Area
{
    public const decimal Max = 10_000_000m;

    /// <summary>More than 0, at most <see cref="Max"/>, and no more than 2 decimals.</summary>
    public static bool IsValid(decimal m2) => m2 > 0 && m2 <= Max && decimal.Round(m2, 2) == m2;

    public static long ToCenti(decimal m2) => (long)(m2 * 100m);

    /// <summary>Always 2 decimals on the wire: 2400 → 24.00.</summary>
    public static decimal FromCenti(long centi) => centi * 0.01m;
}
