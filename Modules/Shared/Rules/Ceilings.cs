using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Shared.Rules;

/// <summary>
/// A national ceiling (office-space standards, vehicle purchase caps, outbound limits, the working
/// meal) may be tightened by a province, prefecture or county, never loosened (DESIGN, "Rule tables").
/// A local version is checked against every version above its jurisdiction in force on its start.
/// </summary>
public static class Ceilings
{
    public static readonly ErrorCode Looser = new("rules.looser-than-ceiling", 422,
        "地方版本只能比上级规定更严，不能放宽上级设定的上限。", "A local version may only tighten a ceiling set above its jurisdiction, never loosen it.");

    /// <summary>The jurisdictions above <paramref name="jurisdiction"/>: its prefecture, province and national; none for national.</summary>
    public static IReadOnlyList<string> Above(string jurisdiction) =>
        jurisdiction == Jurisdictions.National ? [] : Jurisdictions.ChainOf(jurisdiction).Where(j => j != jurisdiction).ToList();

    /// <summary>
    /// The fields in which <paramref name="candidate"/> allows more than a version above it: a limit
    /// above the one set higher up, or no limit (null) where one is set. Equal is not looser.
    /// </summary>
    public static IReadOnlyList<string> Loosened<T>(T candidate, IEnumerable<T> versionsAbove, IReadOnlyList<(string Field, Func<T, long?> Limit)> limits)
    {
        var above = versionsAbove.ToList();
        return limits
            .Where(l => above.Any(v => l.Limit(v) is { } ceiling && (l.Limit(candidate) is not { } own || own > ceiling)))
            .Select(l => l.Field)
            .ToList();
    }

    /// <summary>
    /// The effective limit along a jurisdiction's chain: the strictest of the versions in force (null, no
    /// limit, only when none sets one). A local version that was tighter when added stays bounded by a
    /// national one that tightens later.
    /// </summary>
    public static long? Strictest(IEnumerable<long?> limits)
    {
        long? strictest = null;
        foreach (var limit in limits)
        {
            if (limit is { } value && (strictest is null || value < strictest))
            {
                strictest = value;
            }
        }
        return strictest;
    }

    /// <summary>422 <see cref="Looser"/> with a field error per loosened field; nothing when the candidate only tightens.</summary>
    public static void EnsureTightens<T>(T candidate, IEnumerable<T> versionsAbove, IReadOnlyList<(string Field, Func<T, long?> Limit)> limits)
    {
        var loosened = Loosened(candidate, versionsAbove, limits);
        if (loosened.Count > 0)
        {
            throw new ProblemException(Looser, loosened.Select(f => new FieldError(f, Looser.Code, Looser.Title)).ToList());
        }
    }
}
