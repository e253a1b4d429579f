using FluentValidation;

namespace OrganAffairs.Costs.Support;

/// <summary>Validation rules shared by several requests.</summary>
internal static class CostsValidation
{
    public static IRuleBuilderOptions<T, int> Year<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(2000, 2100).WithErrorCode(CostsErrors.YearInvalid.Code).WithMessage(_ => CostsErrors.YearInvalid.Title);

    public static IRuleBuilderOptions<T, decimal> Yuan<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.Must(Shared.Money.Yuan.IsValid).WithErrorCode(CostsErrors.MoneyInvalid.Code).WithMessage(_ => CostsErrors.MoneyInvalid.Title);

    /// <summary>An approval (批复 of a budget, or of final accounts) falls between the year before the budget year and the year after it.</summary>
    public static IRuleBuilderOptions<T, DateOnly> ApprovalOf<T>(this IRuleBuilder<T, DateOnly> rule, Func<T, int> year) =>
        rule.Must((c, d) => d.Year >= year(c) - 1 && d.Year <= year(c) + 1)
            .WithErrorCode(CostsErrors.ApprovalOutsideYear.Code).WithMessage(_ => CostsErrors.ApprovalOutsideYear.Title);
}
