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

/// <summary>Record a document's filing (Guidance_RecordDocumentFiling): the route.</summary>
internal static class RecordDocumentFiling
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder documents) =>
        documents.MapPost("/{id:guid}/filing", Handle).WithName("Guidance_RecordDocumentFiling")
            .WithSummary("Record that a published document was filed (If-Match required; 备案)")
            .WithDescription("The bureau's own work (403 `auth.bureau-only`). Published or InForce, not yet filed (409 `guidance.document-state`); the " +
                             "filing date not before publication (400 `guidance.dates-out-of-order`). A filing after `filingDueOn` is recorded as it is; " +
                             "until it is recorded the document is on the reminders list, overdue after that day.")
            .Produces<RuleDocumentResponse>().UpdateProblems(403)
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Ok<RuleDocumentResponse>> Handle(Guid id, RecordDocumentFilingRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new RecordDocumentFilingCommand(id, ETags.RequireIfMatch(http), body), ct), d => d.Version);
}

internal sealed record RecordDocumentFilingCommand(Guid Id, IfMatch IfMatch, RecordDocumentFilingRequest Body) : ICommand<RuleDocumentResponse>;

internal sealed class RecordDocumentFilingValidator : AbstractValidator<RecordDocumentFilingCommand>
{
    public RecordDocumentFilingValidator()
    {
        RuleFor(c => c.Body.FiledOn).NotEmpty();
        RuleFor(c => c.Body.FiledWith).NotEmpty().MaximumLength(200);
    }
}

internal sealed class RecordDocumentFilingHandler(RuleDocumentRepository documents, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<RecordDocumentFilingCommand, RuleDocumentResponse>
{
    public Task<RuleDocumentResponse> Handle(RecordDocumentFilingCommand command, CancellationToken ct) =>
        RuleDocumentWrites.AfterPublicationAsync(documents, scope, audit, clock, command.Id, command.IfMatch, command.Body.FiledOn, "filedOn",
            row => row.FiledOn is null, row =>
            {
                row.FiledOn = command.Body.FiledOn;
                row.FiledWith = command.Body.FiledWith.Trim();
            }, ct);
}
