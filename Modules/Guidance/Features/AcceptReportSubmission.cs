using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Guidance.Domain;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Guidance.Features;

/// <summary>Accept a submission (Guidance_AcceptReportSubmission): the route.</summary>
internal static class AcceptReportSubmission
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder submissions) =>
        submissions.MapPost("/{id:guid}/accept", Handle).WithName("Guidance_AcceptReportSubmission")
            .WithSummary("Accept a submitted report; it then counts in the cycle's summary (If-Match required; 审核通过)")
            .WithDescription("The reviewing bureau's work (403 `auth.bureau-only` for lower-level bureaus; another jurisdiction's is 404). Submitted or " +
                             "Resubmitted → Accepted with today's business date. Other statuses are 409 `guidance.submission-state`.")
            .Produces<ReportSubmissionResponse>().UpdateProblems(403)
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Ok<ReportSubmissionResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new AcceptReportSubmissionCommand(id, ETags.RequireIfMatch(http)), ct), s => s.Version);
}

internal sealed record AcceptReportSubmissionCommand(Guid Id, IfMatch IfMatch) : ICommand<ReportSubmissionResponse>;

internal sealed class AcceptReportSubmissionHandler(ReportingRepository reports, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<AcceptReportSubmissionCommand, ReportSubmissionResponse>
{
    public async Task<ReportSubmissionResponse> Handle(AcceptReportSubmissionCommand command, CancellationToken ct)
    {
        var row = await reports.GetVisibleSubmissionAsync(command.Id, ct) ?? throw new ProblemException(GuidanceErrors.SubmissionNotFound);
        scope.EnsureSeesAll();
        var expected = command.IfMatch.Against(row.Version);
        if (!SubmissionTiming.IsWithReviewer(Enum.Parse<ReportSubmissionStatus>(row.Status)))
        {
            throw new ProblemException(GuidanceErrors.SubmissionState, detail: row.Status);
        }
        var before = row.ToResponse(clock.Today);
        row.Status = nameof(ReportSubmissionStatus.Accepted);
        row.AcceptedOn = clock.Today;
        return await SubmissionWrites.WriteAsync(reports, audit, clock, row, expected, before, ct);
    }
}
