using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Support;

/// <summary>
/// A version of one of the kinds kept in energy_rule, added through <see cref="RuleTable"/> (the value as JSON),
/// and the lists of a kind. Admin scope, bureau only.
/// </summary>
internal sealed class RuleVersioning(RuleRepository rules, OrganScope scope, AuditTrail audit, IdGenerator ids)
{
    public Task<TAnswer> AddAsync<TAnswer>(
        RuleTableDefinition<RuleRow> table, string kind, string key, NewRuleVersion version, string value, string source, Confidence confidence, Guid? documentId,
        Func<RuleRow, TAnswer> answer, CancellationToken ct) where TAnswer : class
    {
        scope.EnsureSeesAll();
        return table.AddVersionAsync(rules.Rule(kind, key), audit, version,
            effectiveTo => new RuleRow
            {
                Id = ids.NewId(), Kind = kind, RuleKey = key, Jurisdiction = version.Jurisdiction, EffectiveFrom = version.EffectiveFrom, EffectiveTo = effectiveTo,
                Value = value, Source = source.Trim(), Confidence = confidence, DocumentId = documentId,
            },
            answer, ct);
    }

    /// <summary>Every version of a kind, or with a date the most specific version per key in force for the jurisdiction.</summary>
    public async Task<IReadOnlyList<RuleRow>> ListAsync(string kind, string? jurisdiction, DateOnly? on, CancellationToken ct)
    {
        var versions = await rules.VersionsAsync([kind], null, ct);
        if (on is { } date)
        {
            return RuleResolver.ResolveEach(versions, v => v.RuleKey, jurisdiction, date).OrderBy(v => v.RuleKey, StringComparer.Ordinal).ToList();
        }
        return jurisdiction is null ? versions : versions.Where(v => v.Jurisdiction == jurisdiction).ToList();
    }
}
