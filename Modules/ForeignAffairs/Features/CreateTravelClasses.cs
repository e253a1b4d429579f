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

/// <summary>Add a version of the travel classes by rank (舱位标准, F11) (ForeignAffairs_CreateTravelClasses): the route.</summary>
internal static class CreateTravelClasses
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/travel-classes", Handle).WithName("ForeignAffairs_CreateTravelClasses")
            .WithSummary("Add a version of the travel classes by rank (舱位标准, F11); the version it supersedes ends the day before")
            .WithDescription("The rank codes of the provincial-ministerial and bureau-director grades and the highest seat class of each grade and of every other rank. Seeded nationally: first, business, economy (财行〔2013〕516号). Cite the source. Admin scope, bureau only.")
            .Produces<ExpenseRuleResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<ExpenseRuleResponse>> Handle(CreateTravelClassesRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateTravelClassesCommand(body), ct);
        return TypedResults.Created($"{ForeignAffairsEndpoints.Root}/rules/expenses?kind={rule.Kind}&jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateTravelClassesCommand(CreateTravelClassesRequest Body) : ICommand<ExpenseRuleResponse>;

internal sealed class CreateTravelClassesValidator : AbstractValidator<CreateTravelClassesCommand>
{
    public CreateTravelClassesValidator()
    {
        this.RuleVersionFields(c => c.Body.Jurisdiction, c => c.Body.EffectiveFrom, c => c.Body.Source, c => c.Body.Confidence);
        RuleFor(c => c.Body.TravelClasses).NotNull();
        RuleFor(c => c.Body.TravelClasses).Must(v => ExpenseMapping.ToDomain(v).IsValid).When(c => c.Body.TravelClasses is not null)
            .WithErrorCode(ForeignAffairsErrors.ExpenseRuleInvalid.Code).WithMessage(ForeignAffairsErrors.ExpenseRuleInvalid.Title);
    }
}

internal sealed class CreateTravelClassesHandler(RuleRepository rules, AuditTrail audit, IdGenerator ids, OrganScope scope)
    : IRequestHandler<CreateTravelClassesCommand, ExpenseRuleResponse>
{
    public Task<ExpenseRuleResponse> Handle(CreateTravelClassesCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        return ForeignAffairsRuleTables.TravelClasses.AddAsync(rules, audit, ids, new NewForeignAffairsRule(
            RuleKinds.TravelClasses, RuleKinds.RanksKey, b.Jurisdiction, b.EffectiveFrom, RuleJson.Write(ExpenseMapping.ToDomain(b.TravelClasses)), b.Source, b.Confidence, b.DocumentId),
            ExpenseMapping.ToRuleResponse, ct);
    }
}
