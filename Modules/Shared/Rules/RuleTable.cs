using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Shared.Rules;

/// <summary>How a local version of a table relates to the versions above its jurisdiction (DESIGN, "Rule tables").</summary>
public enum RuleDirection
{
    /// <summary>A local version replaces the national one where it applies; any value is accepted.</summary>
    None,

    /// <summary>A national ceiling: a local version may only tighten (a lower limit); the effective value is the strictest.</summary>
    Ceiling,
}

/// <summary>A stored version of a rule: one row of a rule table, with its id.</summary>
public interface IRuleRow : IRuleVersion
{
    Guid Id { get; }
}

/// <summary>
/// A rule table's one declaration: its name, the audit entity of its rows, the module's "version exists"
/// code (409), its direction and, for a ceiling, the limit fields (answer member name and the limit; null
/// = no limit). Each module declares its tables in one place; <see cref="RuleTable"/> adds every version.
/// </summary>
public sealed class RuleTableDefinition<T> where T : IRuleRow
{
    private RuleTableDefinition(string name, string entityType, ErrorCode versionExists, RuleDirection direction, IReadOnlyList<(string Field, Func<T, long?> Limit)> limits)
    {
        Name = name;
        EntityType = entityType;
        VersionExists = versionExists;
        Direction = direction;
        Limits = limits;
    }

    /// <summary>The table (and kind, for a table holding several), e.g. "organs_rank" or "vehicles_rule/plate".</summary>
    public string Name { get; }

    public string EntityType { get; }

    public ErrorCode VersionExists { get; }

    public RuleDirection Direction { get; }

    public IReadOnlyList<(string Field, Func<T, long?> Limit)> Limits { get; }

    /// <summary>The organ a version belongs to, for the audit trail; null for a jurisdiction's rule.</summary>
    public Func<T, Guid?> OrganOf { get; private init; } = _ => null;

    /// <summary>A table with no direction: a local version simply applies where it is most specific.</summary>
    /// <param name="organOf">For versions that belong to one organ (e.g. its approved area): the organ, recorded in the audit trail.</param>
    public static RuleTableDefinition<T> Plain(string name, string entityType, ErrorCode versionExists, Func<T, Guid?>? organOf = null) =>
        new(name, entityType, versionExists, RuleDirection.None, []) { OrganOf = organOf ?? (_ => null) };

    /// <summary>A national ceiling: a local version may only lower the limits (422 <see cref="Ceilings.Looser"/>).</summary>
    public static RuleTableDefinition<T> Ceiling(string name, string entityType, ErrorCode versionExists, params (string Field, Func<T, long?> Limit)[] limits) =>
        limits.Length == 0
            ? throw new ArgumentException("A ceiling names at least one limit.", nameof(limits))
            : new(name, entityType, versionExists, RuleDirection.Ceiling, limits);
}

/// <summary>
/// The module's repository operations on the versions of one rule (a key fixed by the caller, e.g. one
/// rank code of one level): the versions in given jurisdictions, ending one, inserting one. SQL stays in
/// the module's repository.
/// </summary>
public sealed record RuleStore<T>(
    Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<T>>> Versions,
    Func<Guid, DateOnly?, CancellationToken, Task> SetEffectiveTo,
    Func<T, CancellationToken, Task> Insert) where T : IRuleRow;

/// <summary>Where and when a new version applies; <paramref name="EffectiveTo"/> is an optional last day.</summary>
public sealed record NewRuleVersion(string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo = null);

/// <summary>
/// THE way to add a version to a rule table (docs/adr/0021): a second version on the same start is the
/// table's 409; a looser local version of a ceiling is 422 <c>rules.looser-than-ceiling</c>; the versions
/// in force on the new start end the day before (audited); a later scheduled version bounds the new one;
/// a parallel insert on the same start (unique violation) is the same 409. The created version is audited
/// as its answer, so every table's audit entry has the answer's shape.
/// </summary>
public static class RuleTable
{
    /// <param name="build">Builds the row from the computed last day (the earlier of the requested one and the day before a later version).</param>
    /// <param name="answer">The row's HTTP answer.</param>
    public static async Task<TAnswer> AddVersionAsync<T, TAnswer>(
        this RuleTableDefinition<T> table, RuleStore<T> store, AuditTrail audit, NewRuleVersion version,
        Func<DateOnly?, T> build, Func<T, TAnswer> answer, CancellationToken ct) where T : IRuleRow where TAnswer : class
    {
        var versions = (await store.Versions([version.Jurisdiction], ct)).Where(v => v.Jurisdiction == version.Jurisdiction).ToList();
        var plan = RuleVersionPlan<T>.For(versions, version.EffectiveFrom);
        var row = build(Earlier(version.EffectiveTo, plan.EffectiveTo));
        if (row.Jurisdiction != version.Jurisdiction || row.EffectiveFrom != version.EffectiveFrom)
        {
            throw new InvalidOperationException($"{table.Name}: the row built is not the version asked for.");
        }
        if (table.Direction == RuleDirection.Ceiling && Ceilings.Above(version.Jurisdiction) is { Count: > 0 } above)
        {
            var versionsAbove = (await store.Versions(above, ct)).Where(v => v.InForce(version.EffectiveFrom));
            Ceilings.EnsureTightens(row, versionsAbove, table.Limits);
        }
        await plan.SupersedeAsync(table.VersionExists, audit, table.EntityType, v => v.Id, table.OrganOf, store.SetEffectiveTo, ct);
        try
        {
            await store.Insert(row, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(table.VersionExists);
        }
        var result = answer(row);
        audit.Record(table.EntityType, row.Id, table.OrganOf(row), AuditTrail.Diff(null, result));
        return result;
    }

    /// <summary>
    /// The version whose value applies on a date for a division: the most specific in force, except for a
    /// one-limit ceiling, where it is the strictest in force along the chain (a local version that was
    /// tighter when added stays bounded by a national one that tightens later; on a tie the most specific).
    /// </summary>
    public static T? Effective<T>(this RuleTableDefinition<T> table, IEnumerable<T> versionsOfTheRule, string? divisionCode, DateOnly on) where T : IRuleRow
    {
        var versions = versionsOfTheRule.ToList();
        if (table.Direction != RuleDirection.Ceiling || table.Limits.Count != 1)
        {
            return RuleResolver.Resolve(versions, divisionCode, on);
        }
        var limit = table.Limits[0].Limit;
        var strictest = default(T);
        foreach (var inForce in InForceAlongChain(versions, divisionCode, on))
        {
            if (strictest is null || (limit(inForce) is { } value && (limit(strictest) is not { } current || value < current)))
            {
                strictest = inForce;
            }
        }
        return strictest;
    }

    /// <summary>A ceiling's effective limit on a date for a division: the strictest of the versions in force along the chain.</summary>
    public static long? EffectiveLimit<T>(this RuleTableDefinition<T> table, IEnumerable<T> versionsOfTheRule, string? divisionCode, DateOnly on, string field) where T : IRuleRow
    {
        var limit = table.Limits.Single(l => l.Field == field).Limit;
        return Ceilings.Strictest(InForceAlongChain(versionsOfTheRule.ToList(), divisionCode, on).Select(limit));
    }

    /// <summary>Per jurisdiction of the chain, most specific first, the version in force on the date.</summary>
    private static IEnumerable<T> InForceAlongChain<T>(IReadOnlyList<T> versions, string? divisionCode, DateOnly on) where T : IRuleVersion =>
        Jurisdictions.ChainOf(divisionCode)
            .Select(j => versions.Where(v => v.Jurisdiction == j && v.InForce(on)).OrderByDescending(v => v.EffectiveFrom).FirstOrDefault())
            .Where(v => v is not null)
            .Select(v => v!);

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => (a, b) switch
    {
        ({ } x, { } y) => x < y ? x : y,
        ({ } x, null) => x,
        (null, var y) => y,
    };
}
