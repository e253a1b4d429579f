using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Features;

internal sealed record CreateLicenceClassCommand(CreateLicenceClassRequest Body) : ICommand<LicenceClassResponse>;

internal sealed class CreateLicenceClassValidator : AbstractValidator<CreateLicenceClassCommand>
{
    public CreateLicenceClassValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.Code).NotEmpty().MaximumLength(10).Matches("^[A-Z][0-9A-Z]*$");
        RuleFor(c => c.Body.BodyTypes).NotEmpty();
        RuleForEach(c => c.Body.BodyTypes).IsInEnum();
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).Source();
    }
}

internal sealed class CreateLicenceClassHandler(RuleVersioning versioning, OrganScope scope) : IRequestHandler<CreateLicenceClassCommand, LicenceClassResponse>
{
    public async Task<LicenceClassResponse> Handle(CreateLicenceClassCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        var value = new LicenceClassValue(b.BodyTypes.Distinct().Order().ToList());
        var row = await versioning.AddAsync(RuleKinds.LicenceClass, b.Code, b.Jurisdiction, b.EffectiveFrom, RuleJson.Write(value), b.Source, ct);
        return RuleMapping.ToLicenceClass(row);
    }
}

internal sealed record ListLicenceClassesQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<LicenceClassResponse>>;

internal sealed class ListLicenceClassesValidator : AbstractValidator<ListLicenceClassesQuery>
{
    public ListLicenceClassesValidator() =>
        RuleFor(q => q.Jurisdiction).Must(j => j is null || Jurisdictions.IsJurisdiction(j))
            .WithErrorCode(VehiclesErrors.Jurisdiction.Code).WithMessage(_ => VehiclesErrors.Jurisdiction.Title);
}

internal sealed class ListLicenceClassesHandler(RuleRepository rules) : IRequestHandler<ListLicenceClassesQuery, IReadOnlyList<LicenceClassResponse>>
{
    public async Task<IReadOnlyList<LicenceClassResponse>> Handle(ListLicenceClassesQuery query, CancellationToken ct) =>
        (await RuleMapping.ListAsync(rules, RuleKinds.LicenceClass, query.Jurisdiction, query.On, ct)).Select(RuleMapping.ToLicenceClass).ToList();
}
