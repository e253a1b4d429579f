namespace OrganAffairs.Shared.Security;

/// <summary>
/// A lower-level bureau's jurisdiction as a division-code prefix (docs/adr/0022): its GB/T 2260 code
/// with the trailing <c>00</c> pairs dropped, so 320000 → <c>32</c> (a province), 320100 →
/// <c>3201</c> (a city), 320102 → <c>320102</c> (a county or district). An organ is in the
/// jurisdiction when its own division code starts with the prefix.
/// </summary>
public static class Jurisdiction
{
    /// <summary>The prefix of a 6-digit division code; never shorter than the province's two digits.</summary>
    public static string PrefixOf(string divisionCode)
    {
        if (divisionCode is not { Length: 6 } || !divisionCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A division code is 6 digits (GB/T 2260).", nameof(divisionCode));
        }
        var prefix = divisionCode;
        while (prefix.Length > 2 && prefix.EndsWith("00", StringComparison.Ordinal))
        {
            prefix = prefix[..^2];
        }
        return prefix;
    }

    /// <summary>Whether <paramref name="divisionCode"/> lies inside the jurisdiction <paramref name="prefix"/>.</summary>
    public static bool Contains(string prefix, string? divisionCode) =>
        divisionCode is not null && divisionCode.StartsWith(prefix, StringComparison.Ordinal);

    /// <summary>
    /// The LIKE pattern of the prefix. Only digits reach it (checked here), so none of LIKE's special
    /// characters — %, _, and SQL Server's [ — can be in it and no ESCAPE clause is needed.
    /// </summary>
    public static string LikePattern(string prefix) =>
        prefix.Length is >= 2 and <= 6 && prefix.All(char.IsAsciiDigit)
            ? prefix + "%"
            : throw new ArgumentException("A jurisdiction prefix is 2 to 6 digits.", nameof(prefix));
}
