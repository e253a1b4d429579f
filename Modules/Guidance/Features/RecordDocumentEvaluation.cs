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

/// <summary>Record a document's evaluation before expiry (Guidance_RecordDocumentEvaluation): the route.</summary>
internal static class RecordDocumentEvaluation
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder documents) =>
        documents.MapPost("/{id:guid}/evaluation", Handle).WithName("Guidance_RecordDocumentEvaluation")
            .WithSummary("Record the evaluation of a document before its expiry (If-Match required; 有效期届满前评估)")
            .WithDescription("The bureau's own work (403 `auth.bureau-only`). Published or InForce, not yet evaluated (409 `guidance.document-state`); " +
                             "the date not before publication (400 `guidance.dates-out-of-order`). Outcome Continue (re-issue before expiry), Revise or " +
                             "Lapse. Until recorded, the document is on the reminders list from `evaluationDueOn`.")
            .Produces<RuleDocumentResponse>().UpdateProblems(403)
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Ok<RuleDocumentResponse>> Handle(Guid id, RecordDocumentEvaluationRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new RecordDocumentEvaluationCommand(id, ETags.RequireIfMatch(http), body), ct), d => d.Version);
}

internal sealed record RecordDocumentEvaluationCommand(Guid Id, IfMatch IfMatch, RecordDocumentEvaluationRequest Body) : ICommand<RuleDocumentResponse>;

internal sealed class RecordDocumentEvaluationValidator : AbstractValidator<RecordDocumentEvaluationCommand>
{
    public RecordDocumentEvaluationValidator()
    {
        RuleFor(c => c.Body.EvaluatedOn).NotEmpty();
        RuleFor(c => c.Body.Outcome).IsInEnum();
    }
}

internal sealed class RecordDocumentEvaluationHandler(RuleDocumentRepository documents, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<RecordDocumentEvaluationCommand, RuleDocumentResponse>
{
    public Task<RuleDocumentResponse> Handle(RecordDocumentEvaluationCommand command, CancellationToken ct) =>
        RuleDocumentWrites.AfterPublicationAsync(documents, scope, audit, clock, command.Id, command.IfMatch, command.Body.EvaluatedOn, "evaluatedOn",
            row => row.EvaluatedOn is null, row =>
            {
                row.EvaluatedOn = command.Body.EvaluatedOn;
                row.EvaluationOutcome = command.Body.Outcome.ToString();
            }, ct);
}
