using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Energy.Features;

/// <summary>A new version of a coefficient table: the one command of the three tables' create routes (CreateStandardCoalCoefficient, CreateCo2Factor, CreateFuelDensitie).</summary>
internal sealed record CreateCoefficientCommand(CoefficientTable Table, CreateCoefficientRequest Body) : ICommand<CoefficientResponse>;

internal sealed class CreateCoefficientValidator : AbstractValidator<CreateCoefficientCommand>
{
    public CreateCoefficientValidator()
    {
        RuleFor(c => c.Body.EnergyKind).IsInEnum()
            .Must((c, kind) => c.Table.Applies(kind)).WithErrorCode(EnergyErrors.CoefficientKind.Code).WithMessage(_ => EnergyErrors.CoefficientKind.Title);
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.EffectiveTo).GreaterThanOrEqualTo(c => c.Body.EffectiveFrom).When(c => c.Body.EffectiveTo is not null)
            .WithErrorCode(EnergyErrors.EffectiveRange.Code).WithMessage(_ => EnergyErrors.EffectiveRange.Title);
        RuleFor(c => c.Body.Value).Must(CoefficientTables.IsValidValue)
            .WithErrorCode(EnergyErrors.CoefficientInvalid.Code).WithMessage(_ => EnergyErrors.CoefficientInvalid.Title);
        RuleFor(c => c.Body.Source).Source();
        RuleFor(c => c.Body.Confidence).IsInEnum();
    }
}

internal sealed class CreateCoefficientHandler(RuleVersioning versioning) : IRequestHandler<CreateCoefficientCommand, CoefficientResponse>
{
    public async Task<CoefficientResponse> Handle(CreateCoefficientCommand command, CancellationToken ct)
    {
        var b = command.Body;
        return await versioning.AddAsync(EnergyRuleTables.Of(command.Table), command.Table.Kind(), b.EnergyKind.ToString(),
            new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom, b.EffectiveTo), RuleJson.Write(new CoefficientValue(b.Value)), b.Source, b.Confidence, b.DocumentId,
            EnergyMapping.ToCoefficient, ct);
    }
}
