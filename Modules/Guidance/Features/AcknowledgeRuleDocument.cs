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

/// <summary>Acknowledge a distributed document (Guidance_AcknowledgeRuleDocument): the route.</summary>
internal static class AcknowledgeRuleDocument
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder documents) =>
        documents.MapPost("/{id:guid}/distributions/{bureauId:guid}/acknowledge", Handle).WithName("Guidance_AcknowledgeRuleDocument")
            .WithSummary("Acknowledge receipt of a distributed document for the receiving bureau (签收)")
            .WithDescription("By the receiving bureau's principals (a distribution outside the caller's jurisdiction is 404 " +
                             "`guidance.distribution-not-found`, as is one that does not exist). `staffMemberId` must be an active staff member of that " +
                             "bureau (400 `guidance.staff-ref-not-found`). Once only (409 `guidance.document-state`); an acknowledgement after " +
                             "`acknowledgeBy` is recorded as it is.")
            .Produces<DocumentDistributionResponse>().Problems(400, 404, 409)
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Ok<DocumentDistributionResponse>> Handle(
        Guid id, Guid bureauId, AcknowledgeRuleDocumentRequest body, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new AcknowledgeRuleDocumentCommand(id, bureauId, body), ct));
}

internal sealed record AcknowledgeRuleDocumentCommand(Guid Id, Guid BureauId, AcknowledgeRuleDocumentRequest Body) : ICommand<DocumentDistributionResponse>;

internal sealed class AcknowledgeRuleDocumentValidator : AbstractValidator<AcknowledgeRuleDocumentCommand>
{
    public AcknowledgeRuleDocumentValidator() => RuleFor(c => c.Body.StaffMemberId).NotEmpty();
}

internal sealed class AcknowledgeRuleDocumentHandler(RuleDocumentRepository documents, IMediator mediator, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<AcknowledgeRuleDocumentCommand, DocumentDistributionResponse>
{
    public async Task<DocumentDistributionResponse> Handle(AcknowledgeRuleDocumentCommand command, CancellationToken ct)
    {
        var today = clock.Today;
        var before = (await documents.DistributionsAsync(command.Id, ct)).SingleOrDefault(d => d.BureauId == command.BureauId)
                     ?? throw new ProblemException(GuidanceErrors.DistributionNotFound);
        if (before.AcknowledgedAt is not null)
        {
            throw new ProblemException(GuidanceErrors.DocumentState, detail: "Acknowledged");
        }
        var staff = await mediator.Send(new GetStaffMemberQuery(command.Body.StaffMemberId), ct);
        if (staff is not { Status: StaffStatus.Active } || staff.OrganId != command.BureauId)
        {
            throw ProblemException.ForField(GuidanceErrors.StaffRefNotFound, "staffMemberId");
        }
        if (!await documents.AcknowledgeAsync(command.Id, command.BureauId, clock.UtcNow, staff.Id, ct))
        {
            throw new ProblemException(GuidanceErrors.DocumentState, detail: "Acknowledged");
        }
        var after = (await documents.DistributionsAsync(command.Id, ct)).Single(d => d.BureauId == command.BureauId).ToResponse(today);
        audit.Record("RuleDocumentDistribution", command.Id, command.BureauId, AuditTrail.Diff(before.ToResponse(today), after));
        return after;
    }
}
