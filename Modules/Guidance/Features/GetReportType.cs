using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
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

/// <summary>One report type (Guidance_GetReportType): the route.</summary>
internal static class GetReportType
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder types) =>
        types.MapGet("/{id:guid}", Handle).WithName("Guidance_GetReportType")
            .WithSummary("Get a report type with its form schema (报表类型)")
            .WithDescription("404 `guidance.report-type-not-found` when it does not exist.")
            .Produces<ReportTypeResponse>().Problems(404)
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<Ok<ReportTypeResponse>> Handle(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetReportTypeQuery(id), ct));
}

internal sealed record GetReportTypeQuery(Guid Id) : IQuery<ReportTypeResponse>;

internal sealed class GetReportTypeHandler(ReportingRepository reports) : IRequestHandler<GetReportTypeQuery, ReportTypeResponse>
{
    public async Task<ReportTypeResponse> Handle(GetReportTypeQuery query, CancellationToken ct) =>
        (await reports.GetTypeAsync(query.Id, ct) ?? throw new ProblemException(GuidanceErrors.ReportTypeNotFound)).ToResponse();
}
