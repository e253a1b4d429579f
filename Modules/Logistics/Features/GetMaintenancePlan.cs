using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>Get a preventive maintenance plan (Logistics_GetMaintenancePlan): the route.</summary>
internal static class GetMaintenancePlan
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder plans) =>
        plans.MapGet("/{id:guid}", Handle).WithName("Logistics_GetMaintenancePlan")
            .WithSummary("Get a preventive maintenance plan with its next occurrence (预防性维护计划详情)")
            .WithDescription("Another organ's plan answers 404 like a missing one. The ETag is the plan's version (If-Match of the edit and the retirement).")
            .Produces<MaintenancePlanResponse>().Problems(404)
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<Ok<MaintenancePlanResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetMaintenancePlanQuery(id), ct), p => p.Version);
}

internal sealed record GetMaintenancePlanQuery(Guid Id) : IQuery<MaintenancePlanResponse>;

internal sealed class GetMaintenancePlanHandler(MaintenanceRepository plans, BusinessClock clock) : IRequestHandler<GetMaintenancePlanQuery, MaintenancePlanResponse>
{
    public async Task<MaintenancePlanResponse> Handle(GetMaintenancePlanQuery query, CancellationToken ct) =>
        (await plans.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(LogisticsErrors.MaintenancePlanNotFound)).ToResponse(clock);
}
