using System.Globalization;

namespace OrganAffairs.ForeignAffairs.Domain;

/// <summary>
/// Dates of birth of members and guests (个人信息保护法: sensitive personal information, issue 19 item 8): the text that is encrypted, the
/// mask shown without the personal-data scope, and the range accepted.
/// </summary>
internal static class DatesOfBirth
{
    /// <summary>The earliest date of birth accepted (an earlier one is a typing error, not a traveller).</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>The date as ISO text (what is encrypted and answered in clear).</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Parse(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Only the first two digits of the year stay (1978-04-21 → 19**-**-**): the shape says a date is recorded and its century, nothing a
    /// reader could use to tell the person's age; the year alone would.
    /// </summary>
    public static string Mask(DateOnly date) => $"{Format(date)[..2]}**-**-**";

    /// <summary>Not before <see cref="Earliest"/> and not after today.</summary>
    public static bool IsValid(DateOnly date, DateOnly today) => date >= Earliest && date <= today;
}
