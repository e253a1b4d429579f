using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Shared.Checks;

/// <summary>
/// 统一社会信用代码 per GB 32100-2015: 18 characters from 0-9 and A–Z without I, O, S, V, Z;
/// characters 3–8 are the registering authority's GB/T 2260 code; the 18th is a check character.
/// The algorithm is the standard itself, not a local rule, so it lives in code — in Shared, because
/// organs, reception letters and logistics providers all carry one and must be answered alike.
/// </summary>
public static class UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The shape as a regular expression (the contract states it as the member's pattern): 18 characters of the
    /// alphabet, characters 3–8 digits. <c>\z</c>, not <c>$</c>, so a trailing line break does not pass.</summary>
    public const string ShapePattern = @"^[0-9A-HJ-NP-RTUW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RTUW-Y]{10}\z";

    private static readonly System.Text.RegularExpressions.Regex Shape = new(ShapePattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public static bool HasValidShape(string? code) => code is not null && Shape.IsMatch(code);

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

    public static readonly ErrorCode ShapeInvalid = new("credit-code.invalid", 400,
        "统一社会信用代码应为 18 位，由数字和除 I、O、S、V、Z 外的大写字母组成，第 3–8 位为数字。",
        "The unified social credit code must be 18 characters of 0-9 and A–Z without I, O, S, V, Z, with digits in positions 3–8.");

    public static readonly ErrorCode CheckFailed = new("credit-code.check-failed", 400,
        "统一社会信用代码校验位不正确；早期试点代码须填写核验例外理由方可登记。",
        "The check character of the unified social credit code is wrong; an early pilot code needs an override reason.");

    /// <summary>
    /// The pilot-code policy: a code whose check character fails is accepted only with a reason (early
    /// pilot codes fail legitimately), and that reason is what gets recorded and audited. Returns the
    /// reason to keep (null when the check passes); throws <see cref="CheckFailed"/> on <paramref name="field"/> otherwise.
    /// </summary>
    public static string? AcceptedOverride(string code, string? overrideReason, string field)
    {
        if (IsValid(code))
        {
            return null;
        }
        var reason = string.IsNullOrWhiteSpace(overrideReason) ? null : overrideReason.Trim();
        return reason ?? throw ProblemException.ForField(CheckFailed, field);
    }
}
