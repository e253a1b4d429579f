using OrganAffairs.Contracts.Energy;

namespace OrganAffairs.Energy.Domain;

/// <summary>
/// Quantities are stored as scaled integers (thousandths of the base unit, hundredths of a m²) so every
/// sum is exact; conversions multiply in decimal and round to the thousandth once, half away from zero.
/// </summary>
internal static class Scaled
{
    public static bool TryMilli(decimal value, out long milli)
    {
        milli = 0;
        var scaled = value * 1000m;
        if (scaled != decimal.Truncate(scaled) || Math.Abs(scaled) > 9_000_000_000_000_000m)
        {
            return false;
        }
        milli = (long)scaled;
        return true;
    }

    public static bool IsMilli(decimal value) => TryMilli(value, out _);

    public static long Milli(decimal value) => TryMilli(value, out var m) ? m : throw new ArgumentOutOfRangeException(nameof(value));

    public static decimal FromMilli(long milli) => milli / 1000m;

    public static bool IsHundredths(decimal value) => value * 100m == decimal.Truncate(value * 100m);

    public static long Hundredths(decimal value) => (long)(value * 100m);

    public static decimal FromHundredths(long hundredths) => hundredths / 100m;

    /// <summary>Rounds to the thousandth, half away from zero (四舍五入).</summary>
    public static long RoundMilli(decimal milli) => (long)Math.Round(milli, 0, MidpointRounding.AwayFromZero);

    public static decimal Ratio(decimal numerator, decimal denominator, int decimals = 4) =>
        Math.Round(numerator / denominator, decimals, MidpointRounding.AwayFromZero);

    /// <summary>Drops trailing zeros a decimal product carries (122.9000000 → 122.9); the value is unchanged.</summary>
    public static decimal Normal(decimal value) => value / 1.000000000000000000000000000000000m;
}

/// <summary>Units: the unit a meter may read in, and the base unit each kind is summed in.</summary>
internal static class Units
{
    public static bool Allowed(EnergyKind kind, MeterUnit unit) => kind switch
    {
        EnergyKind.Electricity => unit == MeterUnit.Kwh,
        EnergyKind.Water or EnergyKind.NaturalGas => unit == MeterUnit.CubicMetre,
        EnergyKind.Heat => unit == MeterUnit.Megajoule,
        EnergyKind.Gasoline or EnergyKind.Diesel => unit is MeterUnit.Litre or MeterUnit.Kilogram,
        EnergyKind.Coal or EnergyKind.Lpg or EnergyKind.FuelOil => unit == MeterUnit.Kilogram,
        _ => false,
    };

    public static string BaseUnit(EnergyKind kind) => kind switch
    {
        EnergyKind.Electricity => "kWh",
        EnergyKind.Water or EnergyKind.NaturalGas => "m3",
        EnergyKind.Heat => "MJ",
        _ => "kg",
    };

    public static bool IsEnergy(EnergyKind kind) => kind != EnergyKind.Water;
}

/// <summary>A cumulative register: consumption is the difference, across a rollover when the register wrapped.</summary>
internal static class Register
{
    /// <summary>The register's span in thousandths: 10^digits units.</summary>
    public static long SpanMilli(int digits) => (long)Math.Pow(10, digits) * 1000L;

    /// <summary>
    /// The difference from the previous register value, or null when the register went backwards. A value
    /// below the previous one is a rollover only when the previous was in the register's top tenth and the
    /// new one in its bottom tenth (99,998 → 00,003 on a 5-digit register); anything else is backwards.
    /// </summary>
    public static long? Delta(long previousMilli, long valueMilli, int digits)
    {
        if (valueMilli >= previousMilli)
        {
            return valueMilli - previousMilli;
        }
        var span = SpanMilli(digits);
        return previousMilli >= span / 10 * 9 && valueMilli < span / 10
            ? span - previousMilli + valueMilli
            : null;
    }

    /// <summary>
    /// A new meter's register: a cumulative meter has 3–9 digits and an initial value (≥ 0, at most 3 decimals)
    /// that fits them; an interval meter has neither.
    /// </summary>
    public static bool IsValidSetup(MeterMode mode, int? digits, decimal? initialValue) => mode == MeterMode.Cumulative
        ? digits is >= 3 and <= 9 && initialValue is { } v && v >= 0 && Scaled.IsMilli(v) && v * 1000m < SpanMilli(digits.Value)
        : digits is null && initialValue is null;
}

/// <summary>Months as yyyyMM integers, as stored in the month roll-up.</summary>
internal static class Months
{
    public static int Key(DateOnly date) => date.Year * 100 + date.Month;

    public static DateOnly First(int key) => new(key / 100, key % 100, 1);

    public static DateOnly Last(int key) => First(key).AddMonths(1).AddDays(-1);

    public static string Text(int key) => $"{key / 100:0000}-{key % 100:00}";

    /// <summary>A month as the API names it (yyyy-MM, 2001–2100), as its first day.</summary>
    public static bool TryParse(string? text, out DateOnly first)
    {
        first = default;
        return text is { Length: 7 } && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", out first) && first.Year is >= 2001 and <= 2100;
    }
}
