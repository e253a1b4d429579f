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

namespace OrganAffairs.Logistics.Features;

/// <summary>List work orders (Logistics_ListWorkOrders): the route.</summary>
internal static class ListWorkOrders
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapGet("/", Handle).WithName("Logistics_ListWorkOrders")
            .WithSummary("List work orders with filters and paging (工单列表)")
            .WithDescription("Filters: organId, status, category, priority, roomId, assetId. An ordinary organ sees its own. Sort fields: raisedAt, priority (Emergency first); default -raisedAt.")
            .Produces<PagedResult<WorkOrderResponse>>().Problems(400).StrictEnums<WorkOrderListParameters>()
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<Ok<PagedResult<WorkOrderResponse>>> Handle([AsParameters] WorkOrderListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListWorkOrdersQuery(
            new WorkOrderFilter(p.OrganId, p.Status, p.Category, p.Priority, p.RoomId, p.AssetId), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

/// <summary>Query parameters of GET /api/v1/logistics/work-orders.</summary>
internal sealed record WorkOrderListParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "status")] public WorkOrderStatus? Status { get; init; }
    [FromQuery(Name = "category")] public ServiceCategory? Category { get; init; }
    [FromQuery(Name = "priority")] public WorkOrderPriority? Priority { get; init; }
    [FromQuery(Name = "roomId")] public Guid? RoomId { get; init; }
    [FromQuery(Name = "assetId")] public Guid? AssetId { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}

internal sealed record ListWorkOrdersQuery(WorkOrderFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<WorkOrderResponse>>;

internal sealed class ListWorkOrdersValidator : AbstractValidator<ListWorkOrdersQuery>
{
    public ListWorkOrdersValidator() => RuleFor(q => q.Sort).MaximumLength(200);
}

internal sealed class ListWorkOrdersHandler(WorkOrderRepository orders) : IRequestHandler<ListWorkOrdersQuery, PagedResult<WorkOrderResponse>>
{
    public async Task<PagedResult<WorkOrderResponse>> Handle(ListWorkOrdersQuery query, CancellationToken ct)
    {
        var (rows, total) = await orders.ListAsync(query.Filter, query.Page, WorkOrderRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<WorkOrderResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
