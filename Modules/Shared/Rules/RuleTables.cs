using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Shared.Rules;

/// <summary>
/// One version of a rule: where it applies (a GB/T 2260 code or "national") and when it is in force
/// (EffectiveFrom inclusive, EffectiveTo inclusive or open).
/// </summary>
public interface IRuleVersion
{
    string Jurisdiction { get; }
    DateOnly EffectiveFrom { get; }
    DateOnly? EffectiveTo { get; }
}

public static class Jurisdictions
{
    public const string National = "national";

    /// <summary>
    /// The jurisdictions that apply to a division code, most specific first: the county-level code,
    /// its prefecture (first 4 digits + 00), its province (first 2 + 0000), then national.
    /// </summary>
    public static IReadOnlyList<string> ChainOf(string? divisionCode)
    {
        if (divisionCode is null || !IsDivisionCode(divisionCode))
        {
            return [National];
        }
        var chain = new List<string> { divisionCode };
        var prefecture = divisionCode[..4] + "00";
        var province = divisionCode[..2] + "0000";
        if (prefecture != divisionCode)
        {
            chain.Add(prefecture);
        }
        if (province != prefecture)
        {
            chain.Add(province);
        }
        chain.Add(National);
        return chain;
    }

    /// <summary>Six digits whose province part is not 00 (GB/T 2260 form; not a lookup in the published list).</summary>
    public static bool IsDivisionCode(string? code) =>
        code is { Length: 6 } && code.All(char.IsAsciiDigit) && code[..2] != "00";

    public static bool IsJurisdiction(string? value) => value == National || IsDivisionCode(value);
}

public static class RuleResolver
{
    public static bool InForce(this IRuleVersion rule, DateOnly on) =>
        rule.EffectiveFrom <= on && (rule.EffectiveTo is null || on <= rule.EffectiveTo);

    /// <summary>The most specific version in force on the date, or null when none is.</summary>
    public static T? Resolve<T>(IEnumerable<T> versions, string? divisionCode, DateOnly on) where T : IRuleVersion
    {
        var inForce = versions.Where(v => v.InForce(on)).ToList();
        foreach (var jurisdiction in Jurisdictions.ChainOf(divisionCode))
        {
            var match = inForce.Where(v => v.Jurisdiction == jurisdiction).OrderByDescending(v => v.EffectiveFrom).FirstOrDefault();
            if (match is not null)
            {
                return match;
            }
        }
        return default;
    }

    /// <summary>Per key (e.g. one rank code), the most specific version in force.</summary>
    public static IReadOnlyList<T> ResolveEach<T, TKey>(IEnumerable<T> versions, Func<T, TKey> key, string? divisionCode, DateOnly on)
        where T : IRuleVersion where TKey : notnull =>
        versions.GroupBy(key)
            .Select(g => Resolve(g, divisionCode, on))
            .Where(v => v is not null)
            .Select(v => v!)
            .ToList();
}

/// <summary>
/// How a new version joins the versions of one rule (same jurisdiction and key): a rule-table edit
/// never overwrites. The versions in force on the new start end the day before it; a version that
/// starts later bounds the new one from above; a second version on the same start is refused.
/// </summary>
public sealed record RuleVersionPlan<T>(bool StartTaken, IReadOnlyList<T> Superseded, DateOnly SupersededEndOn, DateOnly? EffectiveTo)
    where T : IRuleVersion
{
    public static RuleVersionPlan<T> For(IReadOnlyCollection<T> versionsOfTheRule, DateOnly effectiveFrom) => new(
        versionsOfTheRule.Any(v => v.EffectiveFrom == effectiveFrom),
        versionsOfTheRule.Where(v => v.EffectiveFrom < effectiveFrom && (v.EffectiveTo is null || v.EffectiveTo >= effectiveFrom)).ToList(),
        effectiveFrom.AddDays(-1),
        versionsOfTheRule.Where(v => v.EffectiveFrom > effectiveFrom).OrderBy(v => v.EffectiveFrom).Select(v => (DateOnly?)v.EffectiveFrom.AddDays(-1)).FirstOrDefault());
}

public static class RuleVersionPlanSteps
{
    /// <summary>
    /// The first half of adding a version (called by <see cref="RuleTable"/> only): a second version on the
    /// same start is refused with <paramref name="versionExists"/>; each superseded version ends the day
    /// before the new one, audited old → new. The caller then inserts the new version (to <c>EffectiveTo</c>).
    /// </summary>
    internal static async Task SupersedeAsync<T>(
        this RuleVersionPlan<T> plan, ErrorCode versionExists, AuditTrail audit, string entityType, Func<T, Guid> idOf, Func<T, Guid?> organOf,
        Func<Guid, DateOnly?, CancellationToken, Task> setEffectiveTo, CancellationToken ct) where T : IRuleVersion
    {
        if (plan.StartTaken)
        {
            throw new ProblemException(versionExists);
        }
        foreach (var old in plan.Superseded)
        {
            audit.Record(entityType, idOf(old), organOf(old), new Dictionary<string, FieldChange> { ["effectiveTo"] = new(old.EffectiveTo, plan.SupersededEndOn) });
            await setEffectiveTo(idOf(old), plan.SupersededEndOn, ct);
        }
    }
}
