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

/// <summary>Repeal a register document (Guidance_RepealRuleDocument): the route.</summary>
internal static class RepealRuleDocument
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder documents) =>
        documents.MapPost("/{id:guid}/repeal", Handle).WithName("Guidance_RepealRuleDocument")
            .WithSummary("Repeal a published document (If-Match required; 废止)")
            .WithDescription("The bureau's own work (403 `auth.bureau-only`). Published, InForce or Expired → Repealed (409 `guidance.document-state` " +
                             "otherwise); the date not before publication (400 `guidance.dates-out-of-order`). A repealed document has no reminders.")
            .Produces<RuleDocumentResponse>().UpdateProblems(403)
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Ok<RuleDocumentResponse>> Handle(Guid id, RepealRuleDocumentRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new RepealRuleDocumentCommand(id, ETags.RequireIfMatch(http), body), ct), d => d.Version);
}

internal sealed record RepealRuleDocumentCommand(Guid Id, IfMatch IfMatch, RepealRuleDocumentRequest Body) : ICommand<RuleDocumentResponse>;

internal sealed class RepealRuleDocumentValidator : AbstractValidator<RepealRuleDocumentCommand>
{
    public RepealRuleDocumentValidator()
    {
        RuleFor(c => c.Body.RepealedOn).NotEmpty();
        RuleFor(c => c.Body.Reason).NotEmpty().MaximumLength(500);
    }
}

internal sealed class RepealRuleDocumentHandler(RuleDocumentRepository documents, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<RepealRuleDocumentCommand, RuleDocumentResponse>
{
    public Task<RuleDocumentResponse> Handle(RepealRuleDocumentCommand command, CancellationToken ct) =>
        RuleDocumentWrites.AfterPublicationAsync(documents, scope, audit, clock, command.Id, command.IfMatch, command.Body.RepealedOn, "repealedOn",
            _ => true, row =>
            {
                row.Status = nameof(RuleDocumentStatus.Repealed);
                row.RepealedOn = command.Body.RepealedOn;
                row.RepealReason = command.Body.Reason.Trim();
            }, ct, RuleDocumentStatus.Published, RuleDocumentStatus.InForce, RuleDocumentStatus.Expired);
}
