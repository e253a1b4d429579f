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

/// <summary>Add a renewal-rule version (Vehicles_CreateRenewalRule): the route.</summary>
internal static class CreateRenewalRule
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/renewal", Handle).WithName("Vehicles_CreateRenewalRule")
            .WithSummary("Add a renewal-rule version; the version it supersedes ends the day before (新增更新条件规则版本)")
            .WithDescription("Age and mileage combine as `condition` says: AgeOrMileage (default, whichever first) or AgeAndMileage (both, a stricter local rule; V8). Admin scope, bureau only. Cite the source document.")
            .Produces<RenewalRuleResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<RenewalRuleResponse>> Handle(CreateRenewalRuleRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateRenewalRuleCommand(body), ct);
        return TypedResults.Created($"{VehiclesEndpoints.Root}/rules/renewal?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateRenewalRuleCommand(CreateRenewalRuleRequest Body) : ICommand<RenewalRuleResponse>;

internal sealed class CreateRenewalRuleValidator : AbstractValidator<CreateRenewalRuleCommand>
{
    public CreateRenewalRuleValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.MinAgeYears).InclusiveBetween(1, 30);
        RuleFor(c => c.Body.MinMileageKm).InclusiveBetween(1, 3_000_000);
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).Source();
        RuleFor(c => c.Body.Condition).IsInEnum();
    }
}

internal sealed class CreateRenewalRuleHandler(RuleVersioning versioning, OrganScope scope) : IRequestHandler<CreateRenewalRuleCommand, RenewalRuleResponse>
{
    public async Task<RenewalRuleResponse> Handle(CreateRenewalRuleCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        return await versioning.AddAsync(VehiclesRuleTables.Renewals, RuleKinds.Renewal, RuleKinds.RenewalKey, new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom),
            RuleJson.Write(new RenewalRuleValue(b.MinAgeYears, b.MinMileageKm, b.Condition ?? RenewalCondition.AgeOrMileage)), b.Source, b.DocumentId, RenewalMapping.ToResponse, ct);
    }
}
