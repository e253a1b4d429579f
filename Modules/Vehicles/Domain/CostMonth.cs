using System.Globalization;

namespace OrganAffairs.Vehicles.Domain;

/// <summary>Costs count in the month (yyyy-MM) of their business date; reports and filters name months that way.</summary>
internal static class CostMonth
{
    public static string Of(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static bool IsMonth(string? value) =>
        value is { Length: 7 } && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
