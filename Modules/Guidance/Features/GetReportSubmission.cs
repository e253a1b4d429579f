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

/// <summary>One submission (Guidance_GetReportSubmission): the route.</summary>
internal static class GetReportSubmission
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder submissions) =>
        submissions.MapGet("/{id:guid}", Handle).WithName("Guidance_GetReportSubmission")
            .WithSummary("Get a bureau's submission with its status, lateness and data (报送记录)")
            .WithDescription("Another jurisdiction's submission is 404 `guidance.submission-not-found`. The ETag is the version for If-Match.")
            .Produces<ReportSubmissionResponse>().Problems(404)
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<Ok<ReportSubmissionResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetReportSubmissionQuery(id), ct), s => s.Version);
}

internal sealed record GetReportSubmissionQuery(Guid Id) : IQuery<ReportSubmissionResponse>;

internal sealed class GetReportSubmissionHandler(ReportingRepository reports, BusinessClock clock) : IRequestHandler<GetReportSubmissionQuery, ReportSubmissionResponse>
{
    public async Task<ReportSubmissionResponse> Handle(GetReportSubmissionQuery query, CancellationToken ct) =>
        (await reports.GetVisibleSubmissionAsync(query.Id, ct) ?? throw new ProblemException(GuidanceErrors.SubmissionNotFound)).ToResponse(clock.Today);
}
