namespace OrganAffairs.Buildings.Domain;

/// <summary>Per-person area of an office and the comparison with the standard, in exact decimal m².</summary>
internal static class OfficeShare
{
    /// <summary>A shared office's usable area split equally among its occupants.</summary>
    public static decimal PerPerson(long roomAreaCenti, int occupants) => Area.FromCenti(roomAreaCenti) / Math.Max(1, occupants);

    /// <summary>Two decimals for display; comparisons use the exact share.</summary>
    public static decimal Display(decimal m2) => decimal.Round(m2, 2, MidpointRounding.AwayFromZero) * 1.00m;

    /// <summary>A first office is over standard above the entitlement (24.00 of 24 is within, 24.01 is over); a second one must be smaller than it.</summary>
    public static bool IsOver(decimal occupied, decimal entitled, bool secondOffice) => secondOffice ? occupied >= entitled : occupied > entitled;
}
