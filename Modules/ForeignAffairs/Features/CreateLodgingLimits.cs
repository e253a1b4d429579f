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

/// <summary>Add a version of a country's lodging limits abroad by grade (住宿标准, F11) (ForeignAffairs_CreateLodgingLimits): the route.</summary>
internal static class CreateLodgingLimits
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/lodging", Handle).WithName("ForeignAffairs_CreateLodgingLimits")
            .WithSummary("Add a version of a country's lodging limits abroad by grade (住宿标准, F11); the version it supersedes ends the day before")
            .WithDescription("Per person and night in CNY for the provincial-ministerial, bureau-director and other grades (the grades come from the travel classes). No national values are seeded (DOMAIN.md gives none): a country without a version in force records lodging unchecked. Cite the source. Admin scope, bureau only.")
            .Produces<ExpenseRuleResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<ExpenseRuleResponse>> Handle(CreateLodgingLimitsRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateLodgingLimitsCommand(body), ct);
        return TypedResults.Created($"{ForeignAffairsEndpoints.Root}/rules/expenses?kind={rule.Kind}&jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateLodgingLimitsCommand(CreateLodgingLimitsRequest Body) : ICommand<ExpenseRuleResponse>;

internal sealed class CreateLodgingLimitsValidator : AbstractValidator<CreateLodgingLimitsCommand>
{
    public CreateLodgingLimitsValidator()
    {
        this.RuleVersionFields(c => c.Body.Jurisdiction, c => c.Body.EffectiveFrom, c => c.Body.Source, c => c.Body.Confidence);
        RuleFor(c => c.Body.Limits).NotNull();
        RuleFor(c => c.Body.Limits).Must(v => ExpenseMapping.IsRuleAmount(v.ProvincialMinisterial) && ExpenseMapping.IsRuleAmount(v.BureauDirector) && ExpenseMapping.IsRuleAmount(v.Other)).When(c => c.Body.Limits is not null)
            .WithErrorCode(ForeignAffairsErrors.ExpenseRuleInvalid.Code).WithMessage(ForeignAffairsErrors.ExpenseRuleInvalid.Title);
        RuleFor(c => c.Body.Country).Must(c => c is { Length: 2 } && c.All(char.IsAsciiLetterUpper))
            .WithErrorCode(ForeignAffairsErrors.CountryInvalid.Code).WithMessage(ForeignAffairsErrors.CountryInvalid.Title);
    }
}

internal sealed class CreateLodgingLimitsHandler(RuleRepository rules, AuditTrail audit, IdGenerator ids, OrganScope scope)
    : IRequestHandler<CreateLodgingLimitsCommand, ExpenseRuleResponse>
{
    public Task<ExpenseRuleResponse> Handle(CreateLodgingLimitsCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        return ForeignAffairsRuleTables.Lodging.AddAsync(rules, audit, ids, new NewForeignAffairsRule(
            RuleKinds.Lodging, b.Country, b.Jurisdiction, b.EffectiveFrom, RuleJson.Write(ExpenseMapping.ToDomain(b.Limits)), b.Source, b.Confidence, b.DocumentId),
            ExpenseMapping.ToRuleResponse, ct);
    }
}
