namespace OrganAffairs.Vehicles.Domain;

/// <summary>
/// Vehicle identification number (ISO 3779, GB 16735): 17 characters of 0-9 and A–Z without I, O, Q;
/// the 9th is a check digit. A checksum algorithm, so it stays in code (not rule data).
/// </summary>
internal static class Vin
{
    private static readonly int[] Weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

    /// <summary>The shape as a regular expression (the contract states it as the member's pattern); <c>\z</c> refuses a trailing line break.</summary>
    public const string ShapePattern = @"^[0-9A-HJ-NPR-Z]{17}\z";

    private static readonly System.Text.RegularExpressions.Regex Shape = new(ShapePattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public static bool HasValidShape(string? vin) => vin is not null && Shape.IsMatch(vin);

    /// <summary>Transliteration: A–H→1–8, J–N→1–5, P→7, R→9, S–Z→2–9, digits as themselves.</summary>
    public static int Value(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'H' => c - 'A' + 1,
        >= 'J' and <= 'N' => c - 'J' + 1,
        'P' => 7,
        'R' => 9,
        >= 'S' and <= 'Z' => c - 'S' + 2,
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, "Not a VIN character"),
    };

    /// <summary>The check character of a VIN (position 9 is ignored): the weighted sum mod 11, 10 written X.</summary>
    public static char CheckCharacter(string vin)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Value(vin[i]) * Weights[i];
        }
        var remainder = sum % 11;
        return remainder == 10 ? 'X' : (char)('0' + remainder);
    }

    public static bool IsValid(string? vin) => HasValidShape(vin) && CheckCharacter(vin!) == vin![8];
}
