using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Features;

/// <summary>Add a plan period's targets (admin, bureau only) (Energy_CreatePlanTarget): the route.</summary>
internal static class CreatePlanTarget
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/plan-targets", Handle).WithName("Energy_CreatePlanTarget")
            .WithSummary("Add a plan period's targets (admin, bureau only; 新增规划期节能目标)")
            .WithDescription("In force from 1 January of the first year to 31 December of the last. Targets in percent, negative for a reduction. Cite the source.")
            .Produces<PlanTargetResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<PlanTargetResponse>> Handle(CreatePlanTargetRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreatePlanTargetCommand(body), ct);
        return TypedResults.Created($"{EnergyEndpoints.Root}/rules/plan-targets?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreatePlanTargetCommand(CreatePlanTargetRequest Body) : ICommand<PlanTargetResponse>;

internal sealed class CreatePlanTargetValidator : AbstractValidator<CreatePlanTargetCommand>
{
    public CreatePlanTargetValidator()
    {
        RuleFor(c => c.Body.Plan).NotEmpty().MaximumLength(60);
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body).Must(RuleChecks.IsValidPlan)
            .WithErrorCode(EnergyErrors.PlanInvalid.Code).WithMessage(_ => EnergyErrors.PlanInvalid.Title).OverridePropertyName("body");
        RuleFor(c => c.Body.Source).Source();
        RuleFor(c => c.Body.Confidence).IsInEnum();
    }
}

internal sealed class CreatePlanTargetHandler(RuleVersioning versioning) : IRequestHandler<CreatePlanTargetCommand, PlanTargetResponse>
{
    public async Task<PlanTargetResponse> Handle(CreatePlanTargetCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var value = new PlanTargetValue(b.FirstYear, b.LastYear, b.BaselineYear, b.EnergyPerAreaPercent, b.EnergyPerPersonPercent, b.WaterPerPersonPercent, b.Co2PerAreaPercent);
        return await versioning.AddAsync(EnergyRuleTables.PlanTargets, RuleKinds.PlanTarget, b.Plan.Trim(),
            new NewRuleVersion(b.Jurisdiction, new DateOnly(b.FirstYear, 1, 1), new DateOnly(b.LastYear, 12, 31)), RuleJson.Write(value), b.Source, b.Confidence, b.DocumentId,
            EnergyMapping.ToPlanTarget, ct);
    }
}
