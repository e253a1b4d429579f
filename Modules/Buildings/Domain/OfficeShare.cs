namespace OrganAffairs.Buildings.Domain;

/// <summary>Per-person area of an office and the comparison with the standard, in exact decimal m².</summary>
internal static class OfficeShare
{
    /// <summary>A shared office's usable area split equally among its occupants.</summary>
    public static decimal PerPerson(long roomAreaCenti, int occupants) => Area.FromCenti(roomAreaCenti) / Math.Max(1, occupants);

    /// <summary>
    /// Two decimals for display, as areas are entered (24 → 24.00, 8/3 → 2.67); comparisons use the exact
    /// share. Adding 0.00m raises the scale to at least 2 before rounding; multiplying by 1.00m, as this
    /// once did, added two more (24.01 showed as 24.0100 beside an entitlement of 24.01).
    /// </summary>
    public static decimal Display(decimal m2) => decimal.Round(m2 + 0.00m, 2, MidpointRounding.AwayFromZero);

    /// <summary>A first office is over standard above the entitlement (24.00 of 24 is within, 24.01 is over); a second one must be smaller than it.</summary>
    public static bool IsOver(decimal occupied, decimal entitled, bool secondOffice) => secondOffice ? occupied >= entitled : occupied > entitled;
}
