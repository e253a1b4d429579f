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
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Add a version of the travel documents' hand-back rule (ForeignAffairs_CreateHandBackRule): the route.</summary>
internal static class CreateHandBackRule
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/hand-back", Handle).WithName("ForeignAffairs_CreateHandBackRule")
            .WithSummary("Add a version of the hand-back rule of travel documents (F10, 证照交回期限); the version it supersedes ends the day before")
            .WithDescription("The days after the return within which members hand their documents back (calendar or working days), and the days overdue beyond which the unit may not submit a new visit (null: no lock). No direction: the most specific version along the sending organ's jurisdiction in force on the return date applies, so a new version changes the due dates of visits returning from its first day. Cite the source. Admin scope, bureau only.")
            .Produces<HandBackRuleResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<HandBackRuleResponse>> Handle(CreateHandBackRuleRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateHandBackRuleCommand(body), ct);
        return TypedResults.Created($"{ForeignAffairsEndpoints.Root}/rules/hand-back?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateHandBackRuleCommand(CreateHandBackRuleRequest Body) : ICommand<HandBackRuleResponse>;

internal sealed class CreateHandBackRuleValidator : AbstractValidator<CreateHandBackRuleCommand>
{
    public CreateHandBackRuleValidator()
    {
        this.RuleVersionFields(c => c.Body.Jurisdiction, c => c.Body.EffectiveFrom, c => c.Body.Source, c => c.Body.Confidence);
        RuleFor(c => c.Body.HandBack).NotNull().Must(h => h is not null && LimitsMapping.ToDomain(h).IsValid)
            .WithErrorCode(ForeignAffairsErrors.HandBackRuleInvalid.Code).WithMessage(ForeignAffairsErrors.HandBackRuleInvalid.Title);
    }
}

internal sealed class CreateHandBackRuleHandler(RuleRepository rules, AuditTrail audit, IdGenerator ids, OrganScope scope)
    : IRequestHandler<CreateHandBackRuleCommand, HandBackRuleResponse>
{
    public Task<HandBackRuleResponse> Handle(CreateHandBackRuleCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        return ForeignAffairsRuleTables.HandBack.AddAsync(rules, audit, ids, new NewForeignAffairsRule(
            RuleKinds.Documents, RuleKinds.HandBackKey, b.Jurisdiction, b.EffectiveFrom, RuleJson.Write(LimitsMapping.ToDomain(b.HandBack)), b.Source, b.Confidence, b.DocumentId),
            LimitsMapping.ToHandBackResponse, ct);
    }
}
