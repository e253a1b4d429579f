using FluentValidation;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Reception.Support;

/// <summary>Validation rules shared by the rule-table and money fields of several requests.</summary>
internal static class RuleValidation
{
    public static IRuleBuilderOptions<T, string> Jurisdiction<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(Jurisdictions.IsJurisdiction).WithErrorCode(ReceptionErrors.Jurisdiction.Code).WithMessage(_ => ReceptionErrors.Jurisdiction.Title);

    /// <summary>The optional jurisdiction filter of the rule-table lists.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalJurisdiction<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(j => j is null || Jurisdictions.IsJurisdiction(j)).WithErrorCode(ReceptionErrors.Jurisdiction.Code).WithMessage(_ => ReceptionErrors.Jurisdiction.Title);

    public static IRuleBuilderOptions<T, string> Source<T>(this IRuleBuilder<T, string> rule) => rule.NotEmpty().MaximumLength(500);

    public static IRuleBuilderOptions<T, decimal> Yuan<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.Must(Shared.Money.Yuan.IsValid).WithErrorCode(ReceptionErrors.MoneyInvalid.Code).WithMessage(_ => ReceptionErrors.MoneyInvalid.Title);
}
