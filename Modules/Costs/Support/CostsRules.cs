using System.Text.Json;
using FluentValidation;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Costs.Data;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Costs.Support;

/// <summary>The value of a disclosure-due version (T3): calendar days after the approval.</summary>
internal sealed record DisclosureDueValue(int Days);

/// <summary>The value of a change-reason version (T4): the change in percent beyond which a line needs a reason.</summary>
internal sealed record ChangeReasonValue(decimal ThresholdPercent);

/// <summary>The costs_rule versions: added through <see cref="RuleTable"/>, listed, and mapped to their answers.</summary>
internal sealed class CostsRuleVersioning(RuleRepository rules, AuditTrail audit, IdGenerator ids)
{
    /// <summary>The key of the change-reason rule: one threshold for every line.</summary>
    public const string AllLines = "all";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Json);

    public static T Read<T>(string value) => JsonSerializer.Deserialize<T>(value, Json)!;

    public Task<TAnswer> AddAsync<TAnswer>(
        RuleTableDefinition<RuleRow> table, string kind, string key, NewRuleVersion version, string value, string source, Guid? documentId,
        Func<RuleRow, TAnswer> answer, CancellationToken ct) where TAnswer : class =>
        table.AddVersionAsync(rules.Rule(kind, key), audit, version,
            effectiveTo => new RuleRow
            {
                Id = ids.NewId(), Kind = kind, RuleKey = key, Jurisdiction = version.Jurisdiction, EffectiveFrom = version.EffectiveFrom,
                EffectiveTo = effectiveTo, Value = value, Source = source.Trim(), DocumentId = documentId,
            },
            answer, ct);

    /// <summary>Every version of a kind (in one jurisdiction when given), or with <paramref name="on"/> the most specific in force for it.</summary>
    public static async Task<IReadOnlyList<RuleRow>> ListAsync(RuleRepository rules, string kind, string? jurisdiction, DateOnly? on, CancellationToken ct) =>
        on is { } date
            ? await rules.InForceAsync(kind, jurisdiction, date, ct)
            : await rules.VersionsAsync(kind, jurisdiction is null ? null : [jurisdiction], ct);

    public static DisclosureDueRuleResponse ToDisclosureDue(RuleRow r) =>
        new(r.Id, r.Jurisdiction, Enum.Parse<DisclosureKind>(r.RuleKey), Read<DisclosureDueValue>(r.Value).Days, r.EffectiveFrom, r.EffectiveTo, r.Source, r.DocumentId);

    public static ChangeReasonRuleResponse ToChangeReason(RuleRow r) =>
        new(r.Id, r.Jurisdiction, Read<ChangeReasonValue>(r.Value).ThresholdPercent, r.EffectiveFrom, r.EffectiveTo, r.Source, r.DocumentId);
}

/// <summary>Validation of the rule-table requests and lists.</summary>
internal static class CostsRuleValidation
{
    public static IRuleBuilderOptions<T, string> Jurisdiction<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(Jurisdictions.IsJurisdiction).WithErrorCode(CostsErrors.Jurisdiction.Code).WithMessage(_ => CostsErrors.Jurisdiction.Title);

    public static IRuleBuilderOptions<T, string?> OptionalJurisdiction<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(j => j is null || Jurisdictions.IsJurisdiction(j)).WithErrorCode(CostsErrors.Jurisdiction.Code).WithMessage(_ => CostsErrors.Jurisdiction.Title);

    public static IRuleBuilderOptions<T, string> Source<T>(this IRuleBuilder<T, string> rule) => rule.NotEmpty().MaximumLength(500);
}

/// <summary>Query parameters of the rule-table lists.</summary>
internal sealed record CostsRuleListParameters
{
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "jurisdiction")] public string? Jurisdiction { get; init; }
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "on")] public DateOnly? On { get; init; }
}
