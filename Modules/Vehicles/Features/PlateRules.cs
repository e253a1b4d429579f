using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Mediation;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Features;

internal sealed record CreatePlateRuleCommand(CreatePlateRuleRequest Body) : ICommand<PlateRuleResponse>;

internal sealed class CreatePlateRuleValidator : AbstractValidator<CreatePlateRuleCommand>
{
    // Which capitals are used is the rule's data (I and O are excluded by the seed, not by code): local practice has changed it before.
    private static bool IsLetters(string? s) => !string.IsNullOrEmpty(s) && s.Length <= 26 && s.All(c => c is >= 'A' and <= 'Z') && s.Distinct().Count() == s.Length;

    public CreatePlateRuleValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.Provinces).NotEmpty().MaximumLength(100).Must(p => p.All(c => c > 0x3000))
            .WithErrorCode(VehiclesErrors.CharacterSet.Code).WithMessage(_ => VehiclesErrors.CharacterSet.Title);
        RuleFor(c => c.Body.Letters).Must(IsLetters).WithErrorCode(VehiclesErrors.CharacterSet.Code).WithMessage(_ => VehiclesErrors.CharacterSet.Title);
        RuleFor(c => c.Body.BatteryElectricLetters).Must(IsLetters).WithErrorCode(VehiclesErrors.CharacterSet.Code).WithMessage(_ => VehiclesErrors.CharacterSet.Title);
        RuleFor(c => c.Body.OtherNewEnergyLetters).Must(IsLetters).WithErrorCode(VehiclesErrors.CharacterSet.Code).WithMessage(_ => VehiclesErrors.CharacterSet.Title);
        RuleFor(c => c.Body.OrdinaryLength).InclusiveBetween(5, 10);
        RuleFor(c => c.Body.NewEnergyLength).InclusiveBetween(8, 10).NotEqual(c => c.Body.OrdinaryLength);
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).Source();
    }
}

internal sealed class CreatePlateRuleHandler(RuleVersioning versioning, OrganScope scope) : IRequestHandler<CreatePlateRuleCommand, PlateRuleResponse>
{
    public async Task<PlateRuleResponse> Handle(CreatePlateRuleCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        var value = new PlateRuleValue(b.Provinces, b.Letters, b.OrdinaryLength, b.NewEnergyLength, b.BatteryElectricLetters, b.OtherNewEnergyLetters);
        var row = await versioning.AddAsync(RuleKinds.Plate, RuleKinds.PlateKey, b.Jurisdiction, b.EffectiveFrom, RuleJson.Write(value), b.Source, ct);
        return RuleMapping.ToPlateRule(row);
    }
}

internal sealed record ListPlateRulesQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<PlateRuleResponse>>;

internal sealed class ListPlateRulesValidator : AbstractValidator<ListPlateRulesQuery>
{
    public ListPlateRulesValidator() =>
        RuleFor(q => q.Jurisdiction).Must(j => j is null || Jurisdictions.IsJurisdiction(j))
            .WithErrorCode(VehiclesErrors.Jurisdiction.Code).WithMessage(_ => VehiclesErrors.Jurisdiction.Title);
}

internal sealed class ListPlateRulesHandler(RuleRepository rules) : IRequestHandler<ListPlateRulesQuery, IReadOnlyList<PlateRuleResponse>>
{
    public async Task<IReadOnlyList<PlateRuleResponse>> Handle(ListPlateRulesQuery query, CancellationToken ct) =>
        (await RuleMapping.ListAsync(rules, RuleKinds.Plate, query.Jurisdiction, query.On, ct)).Select(RuleMapping.ToPlateRule).ToList();
}
