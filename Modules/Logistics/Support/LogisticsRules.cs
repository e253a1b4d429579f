using FluentValidation;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Logistics.Support;

/// <summary>The kinds of rule kept in logistics_rule: local values without a direction, the most specific version applies (docs/adr/0080).</summary>
internal static class LogisticsRuleTables
{
    public static readonly RuleTableDefinition<RuleRow> CatalogueItems = RuleTableDefinition<RuleRow>.Plain(
        "logistics_rule/" + Domain.RuleKinds.CatalogueItem, "LogisticsRule", LogisticsErrors.RuleVersionExists);

    public static readonly RuleTableDefinition<RuleRow> SlaPolicies = RuleTableDefinition<RuleRow>.Plain(
        "logistics_rule/" + Domain.RuleKinds.SlaPolicy, "LogisticsRule", LogisticsErrors.RuleVersionExists);

    public static readonly RuleTableDefinition<RuleRow> ReopenWindows = RuleTableDefinition<RuleRow>.Plain(
        "logistics_rule/" + Domain.RuleKinds.ReopenWindow, "LogisticsRule", LogisticsErrors.RuleVersionExists);

    public static readonly RuleTableDefinition<RuleRow> AssessmentWeights = RuleTableDefinition<RuleRow>.Plain(
        "logistics_rule/" + Domain.RuleKinds.AssessmentWeights, "LogisticsRule", LogisticsErrors.RuleVersionExists);

    public static readonly RuleTableDefinition<RuleRow> ContractTerms = RuleTableDefinition<RuleRow>.Plain(
        "logistics_rule/" + Domain.RuleKinds.ContractTerm, "LogisticsRule", LogisticsErrors.RuleVersionExists);
}

/// <summary>A version of one of the kinds kept in logistics_rule, added through <see cref="RuleTable"/> (the value as JSON).</summary>
internal sealed class RuleVersioning(RuleRepository rules, AuditTrail audit, IdGenerator ids)
{
    public Task<TAnswer> AddAsync<TAnswer>(
        RuleTableDefinition<RuleRow> table, string kind, string key, NewRuleVersion version, string value, string source, string confidence,
        Guid? documentId, Func<RuleRow, TAnswer> answer, CancellationToken ct) where TAnswer : class =>
        table.AddVersionAsync(rules.Rule(kind, key), audit, version,
            effectiveTo => new RuleRow
            {
                Id = ids.NewId(), Kind = kind, RuleKey = key, Jurisdiction = version.Jurisdiction, EffectiveFrom = version.EffectiveFrom,
                EffectiveTo = effectiveTo, Value = value, Source = source.Trim(), Confidence = confidence, DocumentId = documentId,
            },
            answer, ct);

    /// <summary>Every version of a kind, or with <paramref name="on"/> those in force for the jurisdiction then.</summary>
    public async Task<IReadOnlyList<RuleRow>> ListAsync(string kind, string? jurisdiction, DateOnly? on, CancellationToken ct) =>
        on is { } date
            ? await rules.InForceAsync(kind, jurisdiction, date, ct)
            : await rules.VersionsAsync(kind, jurisdiction is null ? null : [jurisdiction], ct);
}

/// <summary>Validation rules shared by the rule-table requests.</summary>
internal static class RuleValidation
{
    private static readonly string[] Confidences = ["H", "M", "U"];

    public static IRuleBuilderOptions<T, string> Jurisdiction<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(Jurisdictions.IsJurisdiction).WithErrorCode(LogisticsErrors.Jurisdiction.Code).WithMessage(_ => LogisticsErrors.Jurisdiction.Title);

    /// <summary>The optional jurisdiction filter of the rule-table lists.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalJurisdiction<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(j => j is null || Jurisdictions.IsJurisdiction(j)).WithErrorCode(LogisticsErrors.Jurisdiction.Code).WithMessage(_ => LogisticsErrors.Jurisdiction.Title);

    public static IRuleBuilderOptions<T, string> Source<T>(this IRuleBuilder<T, string> rule) => rule.NotEmpty().MaximumLength(500);

    public static IRuleBuilderOptions<T, string> Confidence<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(c => Confidences.Contains(c)).WithErrorCode(Shared.Errors.FieldErrors.NotInList.Code).WithMessage("H, M or U.");
}
