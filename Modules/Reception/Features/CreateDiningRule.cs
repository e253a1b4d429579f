using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Domain;
using OrganAffairs.Reception.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Reception.Features;

/// <summary>Add a dining-rule version (Reception_CreateDiningRule): the route.</summary>
internal static class CreateDiningRule
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/dining", Handle).WithName("Reception_CreateDiningRule")
            .WithSummary("Add a dining-rule version; the version it supersedes ends the day before (新增工作餐规则版本)")
            .WithDescription("Working meals and the diner ratio are national ceilings: a local version may lower maxWorkingMeals or maxDinersSmallGroup and raise guestsPerDiner, never the other way (422 rules.looser-than-ceiling); the stricter value applies. Rule edits are new versions, never overwrites: a reception is judged by the version in force on its first day (a cost line on its date). Cite the source document. Admin scope, bureau only.")
            .Produces<DiningRuleResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<DiningRuleResponse>> Handle(CreateDiningRuleRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateDiningRuleCommand(body), ct);
        return TypedResults.Created($"{ReceptionEndpoints.Root}/rules/dining?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateDiningRuleCommand(CreateDiningRuleRequest Body) : ICommand<DiningRuleResponse>;

internal sealed class CreateDiningRuleValidator : AbstractValidator<CreateDiningRuleCommand>
{
    public CreateDiningRuleValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.MaxWorkingMeals).InclusiveBetween(0, 10);
        RuleFor(c => c.Body.SmallGroupUpTo).InclusiveBetween(1, 100);
        RuleFor(c => c.Body.MaxDinersSmallGroup).InclusiveBetween(0, 20);
        RuleFor(c => c.Body.GuestsPerDiner).InclusiveBetween(1, 20);
        RuleFor(c => c.Body.Source).Source();
        RuleFor(c => c.Body.Confidence).IsInEnum();
    }
}

internal sealed class CreateDiningRuleHandler(RuleVersioning versioning, OrganScope scope) : IRequestHandler<CreateDiningRuleCommand, DiningRuleResponse>
{
    public Task<DiningRuleResponse> Handle(CreateDiningRuleCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        var value = new DiningValue(b.MaxWorkingMeals, b.SmallGroupUpTo, b.MaxDinersSmallGroup, b.GuestsPerDiner);
        // The one working meal and the diner ratio are national ceilings: the table's definition refuses a looser local version.
        return versioning.AddAsync(ReceptionRuleTables.Dining, RuleKinds.Dining, RuleKinds.Single, new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom),
            RuleJson.Write(value), b.Source, b.Confidence, b.DocumentId, RuleMapping.ToDining, ct);
    }
}
