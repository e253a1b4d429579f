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

/// <summary>One reporting cycle (Guidance_GetReportCycle): the route.</summary>
internal static class GetReportCycle
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder cycles) =>
        cycles.MapGet("/{id:guid}", Handle).WithName("Guidance_GetReportCycle")
            .WithSummary("Get a reporting cycle with the submissions the caller may see (报送周期)")
            .WithDescription("A lower-level bureau sees the cycle only with its own submissions (those of its jurisdiction); a cycle with none of them is 404 `guidance.cycle-not-found`.")
            .Produces<ReportCycleResponse>().Problems(404)
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<Ok<ReportCycleResponse>> Handle(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetReportCycleQuery(id), ct));
}

internal sealed record GetReportCycleQuery(Guid Id) : IQuery<ReportCycleResponse>;

internal sealed class GetReportCycleHandler(ReportingRepository reports, BusinessClock clock) : IRequestHandler<GetReportCycleQuery, ReportCycleResponse>
{
    public async Task<ReportCycleResponse> Handle(GetReportCycleQuery query, CancellationToken ct)
    {
        var cycle = await reports.GetVisibleCycleAsync(query.Id, ct) ?? throw new ProblemException(GuidanceErrors.CycleNotFound);
        var type = await reports.GetTypeAsync(cycle.ReportTypeId, ct);
        return cycle.ToResponse(type?.Code ?? "", await reports.VisibleSubmissionsOfAsync([cycle.Id], ct), clock.Today);
    }
}
