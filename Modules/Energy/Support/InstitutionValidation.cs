using FluentValidation;

namespace OrganAffairs.Energy.Support;

/// <summary>Field rules several requests share: the directory code (名录库编码) and the statistics year.</summary>
internal static class InstitutionValidation
{
    public static IRuleBuilderOptions<T, string> DirectoryCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(c => c is { Length: <= 30 } && c.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-'))
            .WithErrorCode(EnergyErrors.DirectoryCodeInvalid.Code).WithMessage(_ => EnergyErrors.DirectoryCodeInvalid.Title);

    public static IRuleBuilderOptions<T, int> Year<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(2000, 2100).WithErrorCode(EnergyErrors.YearInvalid.Code).WithMessage(_ => EnergyErrors.YearInvalid.Title);
}
