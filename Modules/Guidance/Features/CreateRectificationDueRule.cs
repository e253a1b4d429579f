using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Guidance.Domain;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Guidance.Features;

/// <summary>Add a version of the rectification deadline rule (Guidance_CreateRectificationDueRule): the route.</summary>
internal static class CreateRectificationDueRule
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/rectification-due", Handle).WithName("Guidance_CreateRectificationDueRule")
            .WithSummary("Add a version of the rectification deadline by severity: N working days after the finding (整改期限规则)")
            .WithDescription("Local values, no direction: the most specific version along the top bureau's jurisdiction in force on the finding's date " +
                             "applies, counted on the business calendar. The version in force on the new start ends the day before; a second version on " +
                             "the same start is 409 `guidance.rule-version-exists`. Seeded national values are confidence U (no regulation fixes the " +
                             "number). Admin scope, bureau only. Accepts Idempotency-Key.")
            .Produces<RectificationDueRuleResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<RectificationDueRuleResponse>> Handle(CreateRectificationDueRuleRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateRectificationDueRuleCommand(body), ct);
        return TypedResults.Created($"{GuidanceEndpoints.Root}/rules/rectification-due?severity={rule.Severity}", rule);
    }
}

internal sealed record CreateRectificationDueRuleCommand(CreateRectificationDueRuleRequest Body) : ICommand<RectificationDueRuleResponse>;

internal sealed class CreateRectificationDueRuleValidator : AbstractValidator<CreateRectificationDueRuleCommand>
{
    public CreateRectificationDueRuleValidator()
    {
        RuleFor(c => c.Body.Severity).IsInEnum();
        RuleFor(c => c.Body.Jurisdiction).NotEmpty().Must(Jurisdictions.IsJurisdiction)
            .WithErrorCode(GuidanceErrors.Jurisdiction.Code).WithMessage(_ => GuidanceErrors.Jurisdiction.Title);
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.WorkingDays).InclusiveBetween(1, 250);
        RuleFor(c => c.Body.Source).NotEmpty().MaximumLength(500);
        RuleFor(c => c.Body.Confidence).NotEmpty().Must(c => c is "H" or "M" or "U").WithErrorCode(FieldErrors.NotInList.Code);
    }
}

internal sealed class CreateRectificationDueRuleHandler(GuidanceRuleRepository rules, AuditTrail audit, IdGenerator ids, OrganScope scope)
    : IRequestHandler<CreateRectificationDueRuleCommand, RectificationDueRuleResponse>
{
    public Task<RectificationDueRuleResponse> Handle(CreateRectificationDueRuleCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        return InspectionRules.AddAsync(rules, audit, ids, command.Body, ct);
    }
}
