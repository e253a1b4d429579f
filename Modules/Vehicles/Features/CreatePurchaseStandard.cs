using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Add a purchase-standard version (Vehicles_CreatePurchaseStandard): the route.</summary>
internal static class CreatePurchaseStandard
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/purchase-standards", Handle).WithName("Vehicles_CreatePurchaseStandard")
            .WithSummary("Add a purchase-standard version; the version it supersedes ends the day before (新增配备标准版本)")
            .WithDescription("Rule edits are new versions, never overwrites: vehicles bought before effectiveFrom keep being judged by the old version. The caps are national ceilings: a local version may lower maxPrice or maxEngineDisplacementLitres, never raise them above a version in force above its jurisdiction (422 rules.looser-than-ceiling), and a vehicle is judged by the strictest cap along its jurisdiction. Cite the source document. Admin scope, bureau only.")
            .Produces<PurchaseStandardResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<PurchaseStandardResponse>> Handle(CreatePurchaseStandardRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreatePurchaseStandardCommand(body), ct);
        return TypedResults.Created($"{VehiclesEndpoints.Root}/rules/purchase-standards?jurisdiction={rule.Jurisdiction}", rule);
    }
}

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
        RuleFor(c => c.Body.MaxEngineDisplacementLitres).Must(l => l is null || Displacement.IsLitres(l.Value))
            .WithErrorCode(VehiclesErrors.DisplacementRequired.Code).WithMessage(_ => VehiclesErrors.DisplacementRequired.Title);
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).Source();
    }
}

internal sealed class CreatePurchaseStandardHandler(RuleVersioning versioning, OrganScope scope)
    : IRequestHandler<CreatePurchaseStandardCommand, PurchaseStandardResponse>
{
    public Task<PurchaseStandardResponse> Handle(CreatePurchaseStandardCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        var value = new PurchaseStandardValue(b.Category, b.BodyType, b.NewEnergyOnly, Yuan.ToFen(b.MaxPrice),
            b.MaxEngineDisplacementLitres is { } l ? Displacement.ToMl(l) : null, b.NeedsApproval);
        // The caps are national ceilings (中办发〔2017〕71号): the table's definition refuses a looser local version.
        return versioning.AddAsync(VehiclesRuleTables.PurchaseStandards, RuleKinds.PurchaseStandard, b.Code, new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom),
            RuleJson.Write(value), b.Source, b.DocumentId, RuleMapping.ToPurchaseStandard, ct);
    }
}
