using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Costs.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Costs.Features;

/// <summary>Add a version of the change threshold (Costs_CreateChangeReasonRule): the route.</summary>
internal static class CreateChangeReasonRule
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/change-reason", Handle).WithName("Costs_CreateChangeReasonRule")
            .WithSummary("Add a version of the change threshold beyond which a line needs a reason; the version it supersedes ends the day before (新增增减变化说明阈值版本)")
            .WithDescription("T4: a line whose change from the previous year's actuals passes `thresholdPercent` needs a written reason before its pack is published (compared exactly). A local format: the most specific version applies. Rule edits are new versions, never overwrites: a pack is judged by the version in force on its approval date. Cite the source document. Admin scope, bureau only.")
            .Produces<ChangeReasonRuleResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<ChangeReasonRuleResponse>> Handle(CreateChangeReasonRuleRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateChangeReasonRuleCommand(body), ct);
        return TypedResults.Created($"{CostsEndpoints.Root}/rules/change-reason?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateChangeReasonRuleCommand(CreateChangeReasonRuleRequest Body) : ICommand<ChangeReasonRuleResponse>;

internal sealed class CreateChangeReasonRuleValidator : AbstractValidator<CreateChangeReasonRuleCommand>
{
    public CreateChangeReasonRuleValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.ThresholdPercent).Must(t => t is >= 0 and <= 100 && decimal.Round(t, 2) == t)
            .WithErrorCode(CostsErrors.ThresholdInvalid.Code).WithMessage(_ => CostsErrors.ThresholdInvalid.Title);
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).Source();
    }
}

internal sealed class CreateChangeReasonRuleHandler(CostsRuleVersioning versioning, OrganScope scope)
    : IRequestHandler<CreateChangeReasonRuleCommand, ChangeReasonRuleResponse>
{
    public Task<ChangeReasonRuleResponse> Handle(CreateChangeReasonRuleCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        return versioning.AddAsync(CostsRuleTables.ChangeReason, DisclosurePacks.ReasonKind, CostsRuleVersioning.AllLines, new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom),
            CostsRuleVersioning.Write(new ChangeReasonValue(b.ThresholdPercent)), b.Source, b.DocumentId, CostsRuleVersioning.ToChangeReason, ct);
    }
}
