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

/// <summary>Publish a register document (Guidance_PublishRuleDocument): the route.</summary>
internal static class PublishRuleDocument
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder documents) =>
        documents.MapPost("/{id:guid}/publish", Handle).WithName("Guidance_PublishRuleDocument")
            .WithSummary("Publish a draft or a document whose consultation has ended, setting its timers (If-Match required; 公布)")
            .WithDescription("The bureau's own work (403 `auth.bureau-only`). Draft or Consultation → Published, InForce from the effective date on (409 " +
                             "`guidance.document-state` otherwise). With the document type's timer rule in force for its jurisdiction on the publication " +
                             "date: publication after the consultation's last day (422 `guidance.consultation-not-ended`); the effective date at least " +
                             "`minDaysToEffect` days after publication unless `delayExemptReason` says why (422 `guidance.effective-too-soon`); the last " +
                             "valid day at most the validity from the effective date (422 `guidance.validity-too-long`), and that day when none is given; " +
                             "the filing due `filingDays` after publication; the evaluation due `evaluationMonthsBeforeExpiry` before the last valid day. " +
                             "A document that replaces another makes it Superseded from this one's effective date.")
            .Produces<RuleDocumentResponse>().UpdateProblems(403, 422)
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Ok<RuleDocumentResponse>> Handle(Guid id, PublishRuleDocumentRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new PublishRuleDocumentCommand(id, ETags.RequireIfMatch(http), body), ct), d => d.Version);
}

internal sealed record PublishRuleDocumentCommand(Guid Id, IfMatch IfMatch, PublishRuleDocumentRequest Body) : ICommand<RuleDocumentResponse>;

internal sealed class PublishRuleDocumentValidator : AbstractValidator<PublishRuleDocumentCommand>
{
    public PublishRuleDocumentValidator()
    {
        RuleFor(c => c.Body.DocumentNumber).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.PublishedOn).NotEmpty();
        RuleFor(c => c.Body.EffectiveOn).NotEmpty().GreaterThanOrEqualTo(c => c.Body.PublishedOn)
            .WithErrorCode(GuidanceErrors.DatesOutOfOrder.Code).WithMessage(_ => GuidanceErrors.DatesOutOfOrder.Title);
        RuleFor(c => c.Body.ExpiresOn).Must((c, e) => e is null || e > c.Body.EffectiveOn)
            .WithErrorCode(GuidanceErrors.DatesOutOfOrder.Code).WithMessage(_ => GuidanceErrors.DatesOutOfOrder.Title);
        RuleFor(c => c.Body.RegistrationNumber).MaximumLength(100);
        RuleFor(c => c.Body.DelayExemptReason).MaximumLength(500);
    }
}

internal sealed class PublishRuleDocumentHandler(RuleDocumentRepository documents, GuidanceRuleRepository rules, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<PublishRuleDocumentCommand, RuleDocumentResponse>
{
    public async Task<RuleDocumentResponse> Handle(PublishRuleDocumentCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var today = clock.Today;
        var (row, expected, before) = await RuleDocumentWrites.LoadAsync(documents, command.Id, command.IfMatch, today, ct);
        RuleDocumentWrites.EnsureStatus(row, RuleDocumentStatus.Draft, RuleDocumentStatus.Consultation);
        var b = command.Body;
        if (row.IssuedOn is { } issued && b.PublishedOn < issued)
        {
            throw ProblemException.ForField(GuidanceErrors.DatesOutOfOrder, "publishedOn");
        }
        var rule = await DocumentTimerRules.InForceAsync(rules, Enum.Parse<RuleDocumentType>(row.Type), row.Jurisdiction, b.PublishedOn, ct);
        var exemptReason = string.IsNullOrWhiteSpace(b.DelayExemptReason) ? null : b.DelayExemptReason.Trim();
        var (problem, dates) = RuleDocumentTimers.Publish(
            rule is null ? null : DocumentTimerRules.Read(rule), row.Trial, row.ConsultationEndsOn, b.PublishedOn, b.EffectiveOn, b.ExpiresOn, exemptReason is not null);
        var source = rule?.Source;
        switch (problem)
        {
            case PublicationProblem.ConsultationNotEnded:
                throw new ProblemException(GuidanceErrors.ConsultationNotEnded, detail: $"{row.ConsultationEndsOn:yyyy-MM-dd}");
            case PublicationProblem.EffectiveTooSoon:
                throw new ProblemException(GuidanceErrors.EffectiveTooSoon, detail: source);
            case PublicationProblem.ValidityTooLong:
                throw new ProblemException(GuidanceErrors.ValidityTooLong, detail: source);
        }
        row.Status = nameof(RuleDocumentStatus.Published);
        row.DocumentNumber = b.DocumentNumber.Trim();
        row.PublishedOn = b.PublishedOn;
        row.EffectiveOn = b.EffectiveOn;
        row.ExpiresOn = dates!.ExpiresOn;
        row.RegistrationNumber = string.IsNullOrWhiteSpace(b.RegistrationNumber) ? row.RegistrationNumber : b.RegistrationNumber.Trim();
        row.DelayExemptReason = exemptReason;
        row.FilingDueOn = dates.FilingDueOn;
        row.EvaluationDueOn = dates.EvaluationDueOn;
        var answer = await RuleDocumentWrites.WriteAsync(documents, audit, row, expected, before, today, ct);
        if (row.SupersedesId is { } replacedId && await documents.GetAsync(replacedId, today, ct) is { } replaced)
        {
            var replacedBefore = replaced.ToResponse();
            await documents.LinkSuccessorAsync(replacedId, row.Id, null, b.EffectiveOn, ct);
            audit.Record("RuleDocument", replacedId, null, AuditTrail.Diff(replacedBefore, (await documents.GetAsync(replacedId, today, ct))!.ToResponse()));
        }
        return answer;
    }
}
