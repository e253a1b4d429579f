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

/// <summary>Return a submission for correction (Guidance_ReturnReportSubmission): the route.</summary>
internal static class ReturnReportSubmission
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder submissions) =>
        submissions.MapPost("/{id:guid}/return", Handle).WithName("Guidance_ReturnReportSubmission")
            .WithSummary("Return a submitted report to its bureau with comments (If-Match required; 退回修改)")
            .WithDescription("The reviewing bureau's work (403 `auth.bureau-only` for lower-level bureaus; another jurisdiction's is 404). Submitted or " +
                             "Resubmitted → Returned with the comments; the bureau corrects and resubmits, and the resubmission's date decides lateness. " +
                             "Other statuses are 409 `guidance.submission-state`.")
            .Produces<ReportSubmissionResponse>().UpdateProblems(403)
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Ok<ReportSubmissionResponse>> Handle(Guid id, ReturnReportSubmissionRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ReturnReportSubmissionCommand(id, ETags.RequireIfMatch(http), body), ct), s => s.Version);
}

internal sealed record ReturnReportSubmissionCommand(Guid Id, IfMatch IfMatch, ReturnReportSubmissionRequest Body) : ICommand<ReportSubmissionResponse>;

internal sealed class ReturnReportSubmissionValidator : AbstractValidator<ReturnReportSubmissionCommand>
{
    public ReturnReportSubmissionValidator() => RuleFor(c => c.Body.Comments).NotEmpty().MaximumLength(2000);
}

internal sealed class ReturnReportSubmissionHandler(ReportingRepository reports, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<ReturnReportSubmissionCommand, ReportSubmissionResponse>
{
    public async Task<ReportSubmissionResponse> Handle(ReturnReportSubmissionCommand command, CancellationToken ct)
    {
        var row = await reports.GetVisibleSubmissionAsync(command.Id, ct) ?? throw new ProblemException(GuidanceErrors.SubmissionNotFound);
        scope.EnsureSeesAll();
        var expected = command.IfMatch.Against(row.Version);
        if (!SubmissionTiming.IsWithReviewer(Enum.Parse<ReportSubmissionStatus>(row.Status)))
        {
            throw new ProblemException(GuidanceErrors.SubmissionState, detail: row.Status);
        }
        var before = row.ToResponse(clock.Today);
        row.Status = nameof(ReportSubmissionStatus.Returned);
        row.Comments = command.Body.Comments.Trim();
        return await SubmissionWrites.WriteAsync(reports, audit, clock, row, expected, before, ct);
    }
}
