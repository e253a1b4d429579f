using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>List preventive maintenance plans (Logistics_ListMaintenancePlans): the route.</summary>
internal static class ListMaintenancePlans
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder plans) =>
        plans.MapGet("/", Handle).WithName("Logistics_ListMaintenancePlans")
            .WithSummary("List preventive maintenance plans with filters and paging (预防性维护计划列表)")
            .WithDescription("Filters: organId, targetKind (Building, Floor, Room, Asset), targetId, buildingId (the building the target lies in, whatever its kind), assetId, active (true: not retired; false: retired). Sort fields: createdAt, title; default -createdAt. An ordinary organ sees its own plans only.")
            .Produces<PagedResult<MaintenancePlanResponse>>().Problems(400)
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<Ok<PagedResult<MaintenancePlanResponse>>> Handle([AsParameters] MaintenancePlanListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListMaintenancePlansQuery(
            new MaintenancePlanFilter(p.OrganId, p.TargetKind, p.TargetId, p.BuildingId, p.AssetId, p.Active), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

/// <summary>Query parameters of GET /api/v1/logistics/maintenance-plans.</summary>
internal sealed record MaintenancePlanListParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "targetKind")] public PlanTargetKind? TargetKind { get; init; }
    [FromQuery(Name = "targetId")] public Guid? TargetId { get; init; }
    [FromQuery(Name = "buildingId")] public Guid? BuildingId { get; init; }
    [FromQuery(Name = "assetId")] public Guid? AssetId { get; init; }
    [FromQuery(Name = "active")] public bool? Active { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}

internal sealed record ListMaintenancePlansQuery(MaintenancePlanFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<MaintenancePlanResponse>>;

internal sealed class ListMaintenancePlansValidator : AbstractValidator<ListMaintenancePlansQuery>
{
    public ListMaintenancePlansValidator()
    {
        RuleFor(q => q.Filter.TargetKind).IsInEnum().OverridePropertyName("targetKind");
        RuleFor(q => q.Sort).MaximumLength(200).OverridePropertyName("sort");
    }
}

internal sealed class ListMaintenancePlansHandler(MaintenanceRepository plans, BusinessClock clock) : IRequestHandler<ListMaintenancePlansQuery, PagedResult<MaintenancePlanResponse>>
{
    public async Task<PagedResult<MaintenancePlanResponse>> Handle(ListMaintenancePlansQuery query, CancellationToken ct)
    {
        var (rows, total) = await plans.ListAsync(query.Filter, query.Page, MaintenanceRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<MaintenancePlanResponse>(rows.Select(r => r.ToResponse(clock)).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
