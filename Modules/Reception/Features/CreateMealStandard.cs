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

/// <summary>Add a meal-standard version for a guest rank (Reception_CreateMealStandard): the route.</summary>
internal static class CreateMealStandard
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/meal-standards", Handle).WithName("Reception_CreateMealStandard")
            .WithSummary("Add a meal-standard version for a guest rank; the version it supersedes ends the day before (新增用餐标准版本)")
            .WithDescription("The most a meal may cost per person (per meal or per day) for guests of a rank; the highest rank among a reception's guests picks it. Rule edits are new versions, never overwrites: a reception is judged by the version in force on its first day (a cost line on its date). Cite the source document. Admin scope, bureau only.")
            .Produces<MealStandardResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<MealStandardResponse>> Handle(CreateMealStandardRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateMealStandardCommand(body), ct);
        return TypedResults.Created($"{ReceptionEndpoints.Root}/rules/meal-standards?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateMealStandardCommand(CreateMealStandardRequest Body) : ICommand<MealStandardResponse>;

internal sealed class CreateMealStandardValidator : AbstractValidator<CreateMealStandardCommand>
{
    public CreateMealStandardValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.Rank).IsInEnum();
        RuleFor(c => c.Body.Amount).Yuan();
        RuleFor(c => c.Body.Unit).IsInEnum();
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).Source();
        RuleFor(c => c.Body.Confidence).IsInEnum();
    }
}

internal sealed class CreateMealStandardHandler(RuleVersioning versioning, OrganScope scope) : IRequestHandler<CreateMealStandardCommand, MealStandardResponse>
{
    public Task<MealStandardResponse> Handle(CreateMealStandardCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        return versioning.AddAsync(ReceptionRuleTables.MealStandards, RuleKinds.MealStandard, b.Rank.ToString(), new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom),
            RuleJson.Write(new MealStandardValue(Yuan.ToFen(b.Amount), b.Unit)), b.Source, b.Confidence, b.DocumentId, RuleMapping.ToMealStandard, ct);
    }
}
