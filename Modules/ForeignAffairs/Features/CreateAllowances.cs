using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Add a version of a country's meals and incidentals lump sums (伙食费和公杂费定额, F11) (ForeignAffairs_CreateAllowances): the route.</summary>
internal static class CreateAllowances
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/allowances", Handle).WithName("ForeignAffairs_CreateAllowances")
            .WithSummary("Add a version of a country's meals and incidentals lump sums (伙食费和公杂费定额, F11); the version it supersedes ends the day before")
            .WithDescription("Per person and day in CNY; a line may claim at most the days abroad, departure and arrival days included. No national values are seeded (DOMAIN.md gives none). Cite the source. Admin scope, bureau only.")
            .Produces<ExpenseRuleResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<ExpenseRuleResponse>> Handle(CreateAllowancesRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateAllowancesCommand(body), ct);
        return TypedResults.Created($"{ForeignAffairsEndpoints.Root}/rules/expenses?kind={rule.Kind}&jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateAllowancesCommand(CreateAllowancesRequest Body) : ICommand<ExpenseRuleResponse>;

internal sealed class CreateAllowancesValidator : AbstractValidator<CreateAllowancesCommand>
{
    public CreateAllowancesValidator()
    {
        this.RuleVersionFields(c => c.Body.Jurisdiction, c => c.Body.EffectiveFrom, c => c.Body.Source, c => c.Body.Confidence);
        RuleFor(c => c.Body.Allowances).NotNull();
        RuleFor(c => c.Body.Allowances).Must(v => ExpenseMapping.IsRuleAmount(v.MealsPerDay) && ExpenseMapping.IsRuleAmount(v.IncidentalsPerDay)).When(c => c.Body.Allowances is not null)
            .WithErrorCode(ForeignAffairsErrors.ExpenseRuleInvalid.Code).WithMessage(ForeignAffairsErrors.ExpenseRuleInvalid.Title);
        RuleFor(c => c.Body.Country).Must(c => c is { Length: 2 } && c.All(char.IsAsciiLetterUpper))
            .WithErrorCode(ForeignAffairsErrors.CountryInvalid.Code).WithMessage(ForeignAffairsErrors.CountryInvalid.Title);
    }
}

internal sealed class CreateAllowancesHandler(RuleRepository rules, AuditTrail audit, IdGenerator ids, OrganScope scope)
    : IRequestHandler<CreateAllowancesCommand, ExpenseRuleResponse>
{
    public Task<ExpenseRuleResponse> Handle(CreateAllowancesCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        return ForeignAffairsRuleTables.Allowances.AddAsync(rules, audit, ids, new NewForeignAffairsRule(
            RuleKinds.Allowances, b.Country, b.Jurisdiction, b.EffectiveFrom, RuleJson.Write(ExpenseMapping.ToDomain(b.Allowances)), b.Source, b.Confidence, b.DocumentId),
            ExpenseMapping.ToRuleResponse, ct);
    }
}
