using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Domain;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Add a licence-class version (Vehicles_CreateLicenceClass): the route.</summary>
internal static class CreateLicenceClass
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/licence-classes", Handle).WithName("Vehicles_CreateLicenceClass")
            .WithSummary("Add a licence-class version; the version it supersedes ends the day before (新增准驾车型版本)")
            .WithDescription("Admin scope, bureau only. Cite the source document.")
            .Produces<LicenceClassResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<LicenceClassResponse>> Handle(CreateLicenceClassRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateLicenceClassCommand(body), ct);
        return TypedResults.Created($"{VehiclesEndpoints.Root}/rules/licence-classes?jurisdiction={rule.Jurisdiction}", rule);
    }
}

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
        return await versioning.AddAsync(VehiclesRuleTables.LicenceClasses, RuleKinds.LicenceClass, b.Code, new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom),
            RuleJson.Write(value), b.Source, b.DocumentId, RuleMapping.ToLicenceClass, ct);
    }
}
