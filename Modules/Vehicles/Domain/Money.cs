namespace OrganAffairs.Vehicles.Domain;

/// <summary>CNY: decimal yuan with 2 decimals in the API, integer fen in the database.</summary>
internal static class Money
{
    public const decimal MaxYuan = 100_000_000m;

    public static bool IsYuan(decimal value) => value >= 0 && value <= MaxYuan && decimal.Round(value, 2) == value;

    public static long ToFen(decimal yuan) => (long)(yuan * 100m);

    public static decimal ToYuan(long fen) => decimal.Round(fen / 100m, 2) + 0.00m;

    /// <summary>Litres with at most 3 decimals ↔ millilitres (displacement).</summary>
    public static bool IsLitres(decimal value) => value >= 0.1m && value <= 20m && decimal.Round(value, 3) == value;

    public static int ToMl(decimal litres) => (int)(litres * 1000m);

    public static decimal ToLitres(int ml) => ml / 1000m;
}
