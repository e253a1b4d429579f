using System.Linq.Expressions;
using FluentValidation;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.ForeignAffairs.Support;

/// <summary>A new version of one rule (kind and key) of foreign_affairs_rule: the value as JSON, where and from when, and its source.</summary>
/// <remarks><paramref name="DocumentId"/> is checked against the rules register by the Shared pipeline before the handler runs (docs/adr/0052).</remarks>
internal sealed record NewForeignAffairsRule(
    string Kind, string Key, string Jurisdiction, DateOnly EffectiveFrom, string Value, string Source, string Confidence, Guid? DocumentId);

/// <summary>What every route adding a rule version shares: the checks of its common fields and the insertion through the Shared helper.</summary>
internal static class RuleVersions
{
    /// <summary>Jurisdiction "national" or 6 digits, a start date, a source of at most 500 characters, confidence H, M or U.</summary>
    public static void RuleVersionFields<T>(this AbstractValidator<T> validator, Expression<Func<T, string>> jurisdiction, Expression<Func<T, DateOnly>> effectiveFrom,
        Expression<Func<T, string>> source, Expression<Func<T, string>> confidence)
    {
        validator.RuleFor(jurisdiction).NotEmpty().Must(Jurisdictions.IsJurisdiction)
            .WithErrorCode(ForeignAffairsErrors.Jurisdiction.Code).WithMessage(ForeignAffairsErrors.Jurisdiction.Title);
        validator.RuleFor(effectiveFrom).NotEmpty();
        validator.RuleFor(source).NotEmpty().MaximumLength(500);
        validator.RuleFor(confidence).NotEmpty().Must(c => c is "H" or "M" or "U").WithErrorCode(FieldErrors.NotInList.Code);
    }

    /// <summary>Adds the version (the one it supersedes ends the day before; the table's direction applies) and answers it.</summary>
    public static Task<TAnswer> AddAsync<TAnswer>(this RuleTableDefinition<RuleRow> table, RuleRepository rules, AuditTrail audit, IdGenerator ids,
        NewForeignAffairsRule rule, Func<RuleRow, TAnswer> answer, CancellationToken ct) where TAnswer : class =>
        table.AddVersionAsync(
            rules.Rule(rule.Kind, rule.Key), audit, new NewRuleVersion(rule.Jurisdiction, rule.EffectiveFrom),
            effectiveTo => new RuleRow
            {
                Id = ids.NewId(), Kind = rule.Kind, RuleKey = rule.Key, Jurisdiction = rule.Jurisdiction, EffectiveFrom = rule.EffectiveFrom,
                EffectiveTo = effectiveTo, Value = rule.Value, Source = rule.Source.Trim(), Confidence = rule.Confidence, DocumentId = rule.DocumentId,
            },
            answer, ct);
}
