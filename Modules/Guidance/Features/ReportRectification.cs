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

/// <summary>Report a finding's rectification (Guidance_ReportRectification): the route.</summary>
internal static class ReportRectification
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder findings) =>
        findings.MapPost("/{id:guid}/report", Handle).WithName("Guidance_ReportRectification")
            .WithSummary("The inspected unit's bureau reports its rectification with progress and evidence (If-Match required; 报送整改情况)")
            .WithDescription("By the unit's own bureau (or the city bureau for it); another jurisdiction's finding is 404. Open or Returned → Reported; the " +
                             "business date today is recorded as reportedOn: on the deadline is on time, the day after is late. Other statuses are 409 " +
                             "`guidance.finding-state`.")
            .Produces<FindingResponse>().UpdateProblems()
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Ok<FindingResponse>> Handle(Guid id, ReportRectificationRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ReportRectificationCommand(id, ETags.RequireIfMatch(http), body), ct), f => f.Version);
}

internal sealed record ReportRectificationCommand(Guid Id, IfMatch IfMatch, ReportRectificationRequest Body) : ICommand<FindingResponse>;

internal sealed class ReportRectificationValidator : AbstractValidator<ReportRectificationCommand>
{
    public ReportRectificationValidator()
    {
        RuleFor(c => c.Body.Progress).NotEmpty().MaximumLength(2000);
        RuleFor(c => c.Body.EvidenceReference).NotEmpty().MaximumLength(500);
    }
}

internal sealed class ReportRectificationHandler(InspectionRepository repo, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<ReportRectificationCommand, FindingResponse>
{
    public async Task<FindingResponse> Handle(ReportRectificationCommand command, CancellationToken ct)
    {
        var row = await repo.GetVisibleFindingAsync(command.Id, ct) ?? throw new ProblemException(GuidanceErrors.FindingNotFound);
        var expected = command.IfMatch.Against(row.Version);
        var next = Rectification.OnReport(Enum.Parse<FindingStatus>(row.Status)) ?? throw new ProblemException(GuidanceErrors.FindingState, detail: row.Status);
        var before = row.ToResponse(clock.Today);
        row.Status = next.ToString();
        row.Progress = command.Body.Progress.Trim();
        row.RectificationEvidence = command.Body.EvidenceReference.Trim();
        row.ReportedOn = clock.Today;
        return await InspectionWrites.WriteFindingAsync(repo, audit, clock, row, expected, before, ct);
    }
}
