using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>Put a work order on hold, with the reason (挂起) (Logistics_HoldWorkOrder): the route; the step is <see cref="StepWorkOrderCommand"/>.</summary>
internal static class HoldWorkOrder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapPost("/{id:guid}/hold", Handle).WithName("Logistics_HoldWorkOrder")
            .WithSummary("Put a work order on hold, with the reason (挂起)")
            .WithDescription("Triaged, Assigned or OnSite → OnHold; resume returns it to where it was. The hold pauses the service-level clock. If-Match required.")
            .Produces<WorkOrderResponse>().UpdateProblems()
            .RequireScope(LogisticsModule.WriteScope);

    private static Task<Ok<WorkOrderResponse>> Handle(Guid id, WorkOrderReasonRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        StepWorkOrderCommand.SendAsync(id, WorkOrderAction.PutOnHold, body.Reason, mediator, http, ct);
}
