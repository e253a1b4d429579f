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

/// <summary>Add a plate-rule version (Vehicles_CreatePlateRule): the route.</summary>
internal static class CreatePlateRule
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/plates", Handle).WithName("Vehicles_CreatePlateRule")
            .WithSummary("Add a plate-rule version; the version it supersedes ends the day before (新增号牌规则版本)")
            .WithDescription("Local practice has changed the letter sets before; a new version applies to plates checked from effectiveFrom. Admin scope, bureau only.")
            .Produces<PlateRuleResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<PlateRuleResponse>> Handle(CreatePlateRuleRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreatePlateRuleCommand(body), ct);
        return TypedResults.Created($"{VehiclesEndpoints.Root}/rules/plates?jurisdiction={rule.Jurisdiction}", rule);
    }
}

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
        return await versioning.AddAsync(VehiclesRuleTables.Plates, RuleKinds.Plate, RuleKinds.PlateKey, new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom),
            RuleJson.Write(value), b.Source, b.DocumentId, RuleMapping.ToPlateRule, ct);
    }
}
