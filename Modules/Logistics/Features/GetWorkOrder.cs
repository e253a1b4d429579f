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

namespace OrganAffairs.Logistics.Features;

/// <summary>Get a work order (Logistics_GetWorkOrder): the route.</summary>
internal static class GetWorkOrder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapGet("/{id:guid}", Handle).WithName("Logistics_GetWorkOrder")
            .WithSummary("Get a work order, with its ETag (工单详情)")
            .WithDescription("Another organ's work order answers 404 like a missing one.")
            .Produces<WorkOrderResponse>().Problems(404)
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<Ok<WorkOrderResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetWorkOrderQuery(id), ct), o => o.Version);
}

internal sealed record GetWorkOrderQuery(Guid Id) : IQuery<WorkOrderResponse>;

internal sealed class GetWorkOrderHandler(WorkOrderRepository orders) : IRequestHandler<GetWorkOrderQuery, WorkOrderResponse>
{
    public async Task<WorkOrderResponse> Handle(GetWorkOrderQuery query, CancellationToken ct) =>
        (await orders.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(LogisticsErrors.WorkOrderNotFound)).ToResponse();
}
