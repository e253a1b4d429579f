namespace OrganAffairs.Vehicles.Domain;

/// <summary>Litres of fuel or kWh of charge: 0 to 100,000 with at most 3 decimals (stored in thousandths).</summary>
internal static class Quantity
{
    public static bool IsValid(decimal? value) => value is null || (value >= 0 && value <= 100_000m && decimal.Round(value.Value, 3) == value);
}
