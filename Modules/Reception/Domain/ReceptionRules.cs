using OrganAffairs.Contracts.Reception;

namespace OrganAffairs.Reception.Domain;

/// <summary>The reception rules that are more than a line, as pure functions of the values in force.</summary>
internal static class ReceptionRules
{
    /// <summary>
    /// R3: accompanying diners allowed for <paramref name="guests"/> guests — at most <paramref name="smallGroupMax"/> (3)
    /// when guests ≤ <paramref name="smallGroupUpTo"/> (10), otherwise at most ⌊guests / <paramref name="guestsPerDiner"/>⌋.
    /// </summary>
    public static int AllowedDiners(int guests, int smallGroupUpTo, int smallGroupMax, int guestsPerDiner) =>
        guests <= smallGroupUpTo ? smallGroupMax : guests / guestsPerDiner;

    /// <summary>The highest rank among the guests (ProvincialMinisterial is highest); Other when there are none.</summary>
    public static GuestRank HighestRank(IEnumerable<GuestRank> ranks) =>
        ranks.DefaultIfEmpty(GuestRank.Other).Min();

    /// <summary>R8: a suite only when a provincial-ministerial guest is received.</summary>
    public static bool SuiteAllowed(IEnumerable<GuestRank> ranks) => ranks.Contains(GuestRank.ProvincialMinisterial);

    /// <summary>The items of <paramref name="items"/> that are banned, in the order asked.</summary>
    public static IReadOnlyList<ReceptionItem> Banned(IEnumerable<ReceptionItem> items, IReadOnlySet<ReceptionItem> banned) =>
        items.Distinct().Where(banned.Contains).ToList();

    /// <summary>
    /// The limit of a meal line in fen: the standard per person (per meal or per day) × persons × meals or days.
    /// A line exactly at the limit is within it; one fen more is over.
    /// </summary>
    public static long MealLimitFen(long standardFen, int persons, int units) => checked(standardFen * persons * units);

    /// <summary>Stored lists of enum names ("Meeting,Research").</summary>
    public static string Join<T>(IEnumerable<T> values) where T : struct, Enum => string.Join(",", values.Distinct().Select(v => v.ToString()));

    public static IReadOnlyList<T> Split<T>(string? stored) where T : struct, Enum =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split(',').Select(Enum.Parse<T>).ToList();
}
