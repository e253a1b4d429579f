namespace OrganAffairs.Organs.Domain;

/// <summary>
/// 统一社会信用代码 per GB 32100-2015: 18 characters from 0-9 and A–Z without I, O, S, V, Z;
/// characters 3–8 are the registering authority's GB/T 2260 code; the 18th is a check character.
/// The algorithm is the standard itself, not a local rule, so it lives in code.
/// </summary>
internal static class UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool HasValidShape(string? code) =>
        code is { Length: 18 }
        && code.All(c => Alphabet.Contains(c))
        && code.AsSpan(2, 6).IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>The check character for the first 17 characters.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i]) * Weights[i];
        }
        var c = 31 - sum % 31;
        return Alphabet[c == 31 ? 0 : c];
    }

    /// <summary>Whether the shape is right and the 18th character matches the check.</summary>
    public static bool IsValid(string? code) => HasValidShape(code) && CheckCharacter(code.AsSpan(0, 17)) == code![17];
}
