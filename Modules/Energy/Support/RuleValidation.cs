using FluentValidation;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Energy.Support;

/// <summary>The field rules every rule version shares: jurisdiction and source.</summary>
internal static class RuleValidation
{
    public static IRuleBuilderOptions<T, string> Jurisdiction<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(Jurisdictions.IsJurisdiction).WithErrorCode(EnergyErrors.Jurisdiction.Code).WithMessage(_ => EnergyErrors.Jurisdiction.Title);

    public static IRuleBuilderOptions<T, string?> OptionalJurisdiction<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(j => j is null || Jurisdictions.IsJurisdiction(j)).WithErrorCode(EnergyErrors.Jurisdiction.Code).WithMessage(_ => EnergyErrors.Jurisdiction.Title);

    public static IRuleBuilderOptions<T, string> Source<T>(this IRuleBuilder<T, string> rule) => rule.NotEmpty().MaximumLength(500);
}
