namespace OrganAffairs.Costs.Domain;

/// <summary>
/// The operating cost's ratios (pure, integer arithmetic in fen): per person and per m², each rounded half away from zero to the fen,
/// null when the divisor is 0.
/// </summary>
internal static class OperatingCostRules
{
    /// <summary>Total ÷ staff in post, in fen.</summary>
    public static long? PerPersonFen(long totalFen, int staff) => staff <= 0 ? null : RoundedDivide(totalFen, staff);

    /// <summary>Total ÷ area, in fen per m²: the area in hundredths of a m² (centi-m²), so total × 100 ÷ centi-m².</summary>
    public static long? PerSquareMetreFen(long totalFen, long areaCenti) => areaCenti <= 0 ? null : RoundedDivide(checked(totalFen * 100), areaCenti);

    /// <summary>An area in m² (at most 2 decimals as Buildings keeps it) in centi-m²; a finer value rounds half away from zero.</summary>
    public static long AreaCenti(decimal squareMetres) => (long)decimal.Round(squareMetres * 100m, MidpointRounding.AwayFromZero);

    /// <summary><paramref name="dividend"/> ÷ <paramref name="divisor"/> (divisor &gt; 0) rounded half away from zero.</summary>
    public static long RoundedDivide(long dividend, long divisor)
    {
        var quotient = Math.DivRem(Math.Abs(dividend), divisor, out var remainder);
        if (remainder * 2 >= divisor)
        {
            quotient++;
        }
        return dividend < 0 ? -quotient : quotient;
    }
}
