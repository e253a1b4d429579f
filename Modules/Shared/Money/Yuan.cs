namespace OrganAffairs.Shared.Money;

/// <summary>
/// CNY, one type for every module (DESIGN, "Money"): integer fen in the database and in Contracts
/// events, decimal yuan with at most 2 decimals in the HTTP API. Amounts over 100 million yuan are
/// refused as input errors: no single record of the bureau's comes near it.
/// </summary>
public static class Yuan
{
    public const decimal Max = 100_000_000m;

    /// <summary>An amount the API accepts: 0 to <see cref="Max"/> yuan, at most 2 decimals.</summary>
    public static bool IsValid(decimal value) => value >= 0 && value <= Max && decimal.Round(value, 2) == value;

    public static long ToFen(decimal yuan) => (long)(yuan * 100m);

    /// <summary>Yuan with exactly two decimals, so 12 fen is written 0.12 and 100 yuan 100.00.</summary>
    public static decimal FromFen(long fen) => decimal.Round(fen / 100m, 2) + 0.00m;
}
