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

/// <summary>The report types (Guidance_ListReportTypes): the route.</summary>
internal static class ListReportTypes
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder types) =>
        types.MapGet("/", Handle).WithName("Guidance_ListReportTypes")
            .WithSummary("List the report types, by code (报表类型列表)")
            .WithDescription("Rule data: every principal with guidance.read reads every type.")
            .Produces<IReadOnlyList<ReportTypeResponse>>().Problems(400)
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<ReportTypeResponse>>> Handle(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListReportTypesQuery(), ct));
}

internal sealed record ListReportTypesQuery : IQuery<IReadOnlyList<ReportTypeResponse>>;

internal sealed class ListReportTypesHandler(ReportingRepository reports) : IRequestHandler<ListReportTypesQuery, IReadOnlyList<ReportTypeResponse>>
{
    public async Task<IReadOnlyList<ReportTypeResponse>> Handle(ListReportTypesQuery query, CancellationToken ct) =>
        (await reports.ListTypesAsync(ct)).Select(r => r.ToResponse()).ToList();
}
