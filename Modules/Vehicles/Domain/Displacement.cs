namespace OrganAffairs.Vehicles.Domain;

/// <summary>Engine displacement: litres with at most 3 decimals in the API, millilitres in the database.</summary>
internal static class Displacement
{
    public static bool IsLitres(decimal value) => value >= 0.1m && value <= 20m && decimal.Round(value, 3) == value;

    public static int ToMl(decimal litres) => (int)(litres * 1000m);

    public static decimal ToLitres(int ml) => ml / 1000m;
}
