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
using OrganAffairs.Guidance.Data;
using OrganAffairs.Guidance.Domain;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Guidance.Features;

/// <summary>Add a version of a document type's timers (Guidance_CreateDocumentTimerRule): the route.</summary>
internal static class CreateDocumentTimerRule
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/document-timers", Handle).WithName("Guidance_CreateDocumentTimerRule")
            .WithSummary("Add a version of a document type's timers: consultation, delay to effect, filing, validity, evaluation (制度时限规则)")
            .WithDescription("Local values, no direction: the most specific version along the document's jurisdiction in force on the date the timer " +
                             "starts applies (the consultation's first day; the publication date). A null member is no timer of that kind. The version " +
                             "in force on the new start ends the day before; a second version on the same start is 409 `guidance.rule-version-exists`. " +
                             "Seeded: 规章 (H) and 行政规范性文件 (M, national with local rules). Admin scope, bureau only. Accepts Idempotency-Key.")
            .Produces<DocumentTimerRuleResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<DocumentTimerRuleResponse>> Handle(CreateDocumentTimerRuleRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateDocumentTimerRuleCommand(body), ct);
        return TypedResults.Created($"{GuidanceEndpoints.Root}/rules/document-timers?type={rule.Type}", rule);
    }
}

internal sealed record CreateDocumentTimerRuleCommand(CreateDocumentTimerRuleRequest Body) : ICommand<DocumentTimerRuleResponse>;

internal sealed class CreateDocumentTimerRuleValidator : AbstractValidator<CreateDocumentTimerRuleCommand>
{
    public CreateDocumentTimerRuleValidator()
    {
        RuleFor(c => c.Body.Type).IsInEnum();
        RuleFor(c => c.Body.Jurisdiction).NotEmpty().Must(Jurisdictions.IsJurisdiction)
            .WithErrorCode(GuidanceErrors.Jurisdiction.Code).WithMessage(_ => GuidanceErrors.Jurisdiction.Title);
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.ConsultationDays).InclusiveBetween(1, 365);
        RuleFor(c => c.Body.ConsultationWorkingDays).InclusiveBetween(1, 250);
        RuleFor(c => c.Body.MinDaysToEffect).InclusiveBetween(0, 365);
        RuleFor(c => c.Body.FilingDays).InclusiveBetween(1, 365);
        RuleFor(c => c.Body.ValidityYears).InclusiveBetween(1, 50);
        RuleFor(c => c.Body.TrialValidityYears).InclusiveBetween(1, 50);
        RuleFor(c => c.Body.EvaluationMonthsBeforeExpiry).InclusiveBetween(1, 60);
        RuleFor(c => c.Body.Source).NotEmpty().MaximumLength(500);
        RuleFor(c => c.Body.Confidence).NotEmpty().Must(c => c is "H" or "M" or "U").WithErrorCode(FieldErrors.NotInList.Code);
    }
}

internal sealed class CreateDocumentTimerRuleHandler(GuidanceRuleRepository rules, AuditTrail audit, IdGenerator ids, OrganScope scope)
    : IRequestHandler<CreateDocumentTimerRuleCommand, DocumentTimerRuleResponse>
{
    public Task<DocumentTimerRuleResponse> Handle(CreateDocumentTimerRuleCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        return DocumentTimerRules.AddAsync(rules, audit, ids, command.Body, ct);
    }
}
