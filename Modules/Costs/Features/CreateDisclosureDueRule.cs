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

/// <summary>Add a version of the disclosure deadline (Costs_CreateDisclosureDueRule): the route.</summary>
internal static class CreateDisclosureDueRule
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/disclosure-due", Handle).WithName("Costs_CreateDisclosureDueRule")
            .WithSummary("Add a version of the disclosure deadline; the version it supersedes ends the day before (新增预决算公开期限版本)")
            .WithDescription("T3: a budget (or final accounts) pack is due `days` calendar days after its approval date. The Budget Law's 20 days are a national ceiling: a local version may only shorten them (422 `rules.looser-than-ceiling`). Rule edits are new versions, never overwrites: a pack is judged by the version in force on its approval date. Cite the source document. Admin scope, bureau only.")
            .Produces<DisclosureDueRuleResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<DisclosureDueRuleResponse>> Handle(CreateDisclosureDueRuleRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateDisclosureDueRuleCommand(body), ct);
        return TypedResults.Created($"{CostsEndpoints.Root}/rules/disclosure-due?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateDisclosureDueRuleCommand(CreateDisclosureDueRuleRequest Body) : ICommand<DisclosureDueRuleResponse>;

internal sealed class CreateDisclosureDueRuleValidator : AbstractValidator<CreateDisclosureDueRuleCommand>
{
    public CreateDisclosureDueRuleValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.Kind).IsInEnum();
        RuleFor(c => c.Body.Days).InclusiveBetween(1, 60).WithErrorCode(CostsErrors.DaysInvalid.Code).WithMessage(_ => CostsErrors.DaysInvalid.Title);
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).Source();
    }
}

internal sealed class CreateDisclosureDueRuleHandler(CostsRuleVersioning versioning, OrganScope scope)
    : IRequestHandler<CreateDisclosureDueRuleCommand, DisclosureDueRuleResponse>
{
    public Task<DisclosureDueRuleResponse> Handle(CreateDisclosureDueRuleCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        return versioning.AddAsync(CostsRuleTables.DisclosureDue, DisclosurePacks.DueKind, b.Kind.ToString(), new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom),
            CostsRuleVersioning.Write(new DisclosureDueValue(b.Days)), b.Source, b.DocumentId, CostsRuleVersioning.ToDisclosureDue, ct);
    }
}
