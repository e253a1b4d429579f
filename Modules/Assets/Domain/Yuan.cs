namespace OrganAffairs.Assets.Domain;

/// <summary>CNY: decimal yuan with 2 decimals in the API, integer fen in the database.</summary>
internal static class Yuan
{
    public static bool IsValid(decimal value) => value >= 0 && value <= 100_000_000m && decimal.Round(value, 2) == value;

    public static long ToFen(decimal yuan) => (long)(yuan * 100m);

    public static decimal FromFen(long fen) => decimal.Round(fen / 100m, 2) + 0.00m;
}
