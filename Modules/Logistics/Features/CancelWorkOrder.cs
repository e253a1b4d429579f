using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>Cancel a work order not yet assigned, with the reason (Logistics_CancelWorkOrder): the route; the step is <see cref="StepWorkOrderCommand"/>.</summary>
internal static class CancelWorkOrder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapPost("/{id:guid}/cancel", Handle).WithName("Logistics_CancelWorkOrder")
            .WithSummary("Cancel a work order not yet assigned, with the reason (取消工单)")
            .WithDescription("Raised or Triaged → Cancelled; the order stays on record. If-Match required.")
            .Produces<WorkOrderResponse>().UpdateProblems()
            .RequireScope(LogisticsModule.WriteScope);

    private static Task<Ok<WorkOrderResponse>> Handle(Guid id, WorkOrderReasonRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        StepWorkOrderCommand.SendAsync(id, WorkOrderAction.Cancelled, body.Reason, mediator, http, ct);
}
