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

/// <summary>Save a submission's form data (Guidance_SaveReportSubmission): the route.</summary>
internal static class SaveReportSubmission
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder submissions) =>
        submissions.MapPut("/{id:guid}", Handle).WithName("Guidance_SaveReportSubmission")
            .WithSummary("Save a draft or returned submission's form data (If-Match required; 填报)")
            .WithDescription("The reporting bureau fills in its own submission (another jurisdiction's is 404). `data` is a JSON object (400 " +
                             "`guidance.data-not-object`), kept as sent and checked against the form schema only when submitted. Only Draft or Returned " +
                             "submissions change (409 `guidance.submission-state`).")
            .Produces<ReportSubmissionResponse>().UpdateProblems()
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Ok<ReportSubmissionResponse>> Handle(Guid id, SaveReportSubmissionRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new SaveReportSubmissionCommand(id, ETags.RequireIfMatch(http), body), ct), s => s.Version);
}

internal sealed record SaveReportSubmissionCommand(Guid Id, IfMatch IfMatch, SaveReportSubmissionRequest Body) : ICommand<ReportSubmissionResponse>;

internal sealed class SaveReportSubmissionValidator : AbstractValidator<SaveReportSubmissionCommand>
{
    public SaveReportSubmissionValidator() =>
        RuleFor(c => c.Body.Data).Must(d => d.ValueKind == System.Text.Json.JsonValueKind.Object && d.GetRawText().Length <= 200_000)
            .WithErrorCode(GuidanceErrors.DataNotObject.Code).WithMessage(_ => GuidanceErrors.DataNotObject.Title);
}

internal sealed class SaveReportSubmissionHandler(ReportingRepository reports, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<SaveReportSubmissionCommand, ReportSubmissionResponse>
{
    public async Task<ReportSubmissionResponse> Handle(SaveReportSubmissionCommand command, CancellationToken ct)
    {
        var row = await reports.GetVisibleSubmissionAsync(command.Id, ct) ?? throw new ProblemException(GuidanceErrors.SubmissionNotFound);
        var expected = command.IfMatch.Against(row.Version);
        if (!SubmissionTiming.IsEditable(Enum.Parse<ReportSubmissionStatus>(row.Status)))
        {
            throw new ProblemException(GuidanceErrors.SubmissionState, detail: row.Status);
        }
        var before = row.ToResponse(clock.Today);
        row.Data = command.Body.Data.GetRawText();
        return await SubmissionWrites.WriteAsync(reports, audit, clock, row, expected, before, ct);
    }
}
