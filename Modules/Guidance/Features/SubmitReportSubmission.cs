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

/// <summary>Send a submission to the reviewer (Guidance_SubmitReportSubmission): the route.</summary>
internal static class SubmitReportSubmission
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder submissions) =>
        submissions.MapPost("/{id:guid}/submit", Handle).WithName("Guidance_SubmitReportSubmission")
            .WithSummary("Submit (or resubmit after a return) a bureau's report (If-Match required; 报送)")
            .WithDescription("Draft → Submitted, Returned → Resubmitted, after the data is checked against the report type's JSON Schema (422 " +
                             "`guidance.submission-invalid`, one field error per schema error under `data.…`). The business date today is recorded as " +
                             "submittedOn (the first one as firstSubmittedOn): on the due date is on time, any later date is late, and a resubmission after " +
                             "the due date makes the submission late. Other statuses are 409 `guidance.submission-state`.")
            .Produces<ReportSubmissionResponse>().UpdateProblems(422)
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Ok<ReportSubmissionResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new SubmitReportSubmissionCommand(id, ETags.RequireIfMatch(http)), ct), s => s.Version);
}

internal sealed record SubmitReportSubmissionCommand(Guid Id, IfMatch IfMatch) : ICommand<ReportSubmissionResponse>;

internal sealed class SubmitReportSubmissionHandler(ReportingRepository reports, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<SubmitReportSubmissionCommand, ReportSubmissionResponse>
{
    public async Task<ReportSubmissionResponse> Handle(SubmitReportSubmissionCommand command, CancellationToken ct)
    {
        var row = await reports.GetVisibleSubmissionAsync(command.Id, ct) ?? throw new ProblemException(GuidanceErrors.SubmissionNotFound);
        var expected = command.IfMatch.Against(row.Version);
        var next = SubmissionTiming.OnSubmit(Enum.Parse<ReportSubmissionStatus>(row.Status)) ?? throw new ProblemException(GuidanceErrors.SubmissionState, detail: row.Status);
        var cycle = await reports.GetVisibleCycleAsync(row.CycleId, ct) ?? throw new ProblemException(GuidanceErrors.SubmissionNotFound);
        var type = await reports.GetTypeAsync(cycle.ReportTypeId, ct) ?? throw new ProblemException(GuidanceErrors.SubmissionNotFound);
        await ReportFormValidation.EnsureValidAsync(type.FormSchema, row.Data, ct);
        var before = row.ToResponse(clock.Today);
        var today = clock.Today;
        row.Status = next.ToString();
        row.FirstSubmittedOn ??= today;
        row.SubmittedOn = today;
        return await SubmissionWrites.WriteAsync(reports, audit, clock, row, expected, before, ct);
    }
}
