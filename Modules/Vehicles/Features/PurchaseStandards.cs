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

internal sealed record CreatePurchaseStandardCommand(CreatePurchaseStandardRequest Body) : ICommand<PurchaseStandardResponse>;

internal sealed class CreatePurchaseStandardValidator : AbstractValidator<CreatePurchaseStandardCommand>
{
    public CreatePurchaseStandardValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.Code).NotEmpty().MaximumLength(60).Matches("^[A-Za-z][A-Za-z0-9]*$");
        RuleFor(c => c.Body.Category).IsInEnum();
        RuleFor(c => c.Body.BodyType).IsInEnum();
        RuleFor(c => c.Body.MaxPrice).Yuan();
        RuleFor(c => c.Body.MaxEngineDisplacementLitres).Must(l => l is null || Money.IsLitres(l.Value))
            .WithErrorCode(VehiclesErrors.DisplacementRequired.Code).WithMessage(_ => VehiclesErrors.DisplacementRequired.Title);
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).Source();
    }
}

internal sealed class CreatePurchaseStandardHandler(RuleVersioning versioning, OrganScope scope)
    : IRequestHandler<CreatePurchaseStandardCommand, PurchaseStandardResponse>
{
    public async Task<PurchaseStandardResponse> Handle(CreatePurchaseStandardCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        var value = new PurchaseStandardValue(b.Category, b.BodyType, b.NewEnergyOnly, Money.ToFen(b.MaxPrice),
            b.MaxEngineDisplacementLitres is { } l ? Money.ToMl(l) : null, b.NeedsApproval);
        var row = await versioning.AddAsync(RuleKinds.PurchaseStandard, b.Code, b.Jurisdiction, b.EffectiveFrom, RuleJson.Write(value), b.Source, ct);
        return RuleMapping.ToPurchaseStandard(row);
    }
}

/// <summary>Without <c>On</c>: every version; with <c>On</c>: the standards in force for the jurisdiction.</summary>
internal sealed record ListPurchaseStandardsQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<PurchaseStandardResponse>>;

internal sealed class ListPurchaseStandardsValidator : AbstractValidator<ListPurchaseStandardsQuery>
{
    public ListPurchaseStandardsValidator() =>
        RuleFor(q => q.Jurisdiction).Must(j => j is null || Jurisdictions.IsJurisdiction(j))
            .WithErrorCode(VehiclesErrors.Jurisdiction.Code).WithMessage(_ => VehiclesErrors.Jurisdiction.Title);
}

internal sealed class ListPurchaseStandardsHandler(RuleRepository rules) : IRequestHandler<ListPurchaseStandardsQuery, IReadOnlyList<PurchaseStandardResponse>>
{
    public async Task<IReadOnlyList<PurchaseStandardResponse>> Handle(ListPurchaseStandardsQuery query, CancellationToken ct) =>
        (await RuleMapping.ListAsync(rules, RuleKinds.PurchaseStandard, query.Jurisdiction, query.On, ct)).Select(RuleMapping.ToPurchaseStandard).ToList();
}

internal static class RuleMapping
{
    public static async Task<IReadOnlyList<RuleRow>> ListAsync(RuleRepository rules, string kind, string? jurisdiction, DateOnly? on, CancellationToken ct) =>
        on is { } date
            ? await rules.InForceAsync(kind, jurisdiction, date, ct)
            : await rules.VersionsAsync(kind, jurisdiction is null ? null : [jurisdiction], ct);

    public static PurchaseStandardResponse ToPurchaseStandard(RuleRow row)
    {
        var v = RuleJson.Read<PurchaseStandardValue>(row.Value);
        return new PurchaseStandardResponse(row.Id, row.Jurisdiction, row.RuleKey, v.Category, v.BodyType, v.NewEnergyOnly,
            Money.ToYuan(v.MaxPriceFen), v.MaxDisplacementMl is { } ml ? Money.ToLitres(ml) : null, v.NeedsApproval,
            row.EffectiveFrom, row.EffectiveTo, row.Source);
    }

    public static PlateRuleResponse ToPlateRule(RuleRow row)
    {
        var v = RuleJson.Read<PlateRuleValue>(row.Value);
        return new PlateRuleResponse(row.Id, row.Jurisdiction, v.Provinces, v.Letters, v.OrdinaryLength, v.NewEnergyLength,
            v.BatteryElectricLetters, v.OtherNewEnergyLetters, row.EffectiveFrom, row.EffectiveTo, row.Source);
    }

    public static LicenceClassResponse ToLicenceClass(RuleRow row) =>
        new(row.Id, row.Jurisdiction, row.RuleKey, RuleJson.Read<LicenceClassValue>(row.Value).BodyTypes, row.EffectiveFrom, row.EffectiveTo, row.Source);
}
