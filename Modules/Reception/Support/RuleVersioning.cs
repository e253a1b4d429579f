using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Data;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Reception.Support;

/// <summary>A version of one of the kinds kept in reception_rule, added through <see cref="RuleTable"/> (the value as JSON).</summary>
internal sealed class RuleVersioning(RuleRepository rules, AuditTrail audit, IdGenerator ids)
{
    public Task<TAnswer> AddAsync<TAnswer>(
        RuleTableDefinition<RuleRow> table, string kind, string key, NewRuleVersion version, string value, string source, RuleConfidence confidence,
        Guid? documentId, Func<RuleRow, TAnswer> answer, CancellationToken ct) where TAnswer : class =>
        table.AddVersionAsync(rules.Rule(kind, key), audit, version,
            effectiveTo => new RuleRow
            {
                Id = ids.NewId(), Kind = kind, RuleKey = key, Jurisdiction = version.Jurisdiction, EffectiveFrom = version.EffectiveFrom,
                EffectiveTo = effectiveTo, Value = value, Source = source.Trim(), Confidence = confidence, DocumentId = documentId,
            },
            answer, ct);
}
