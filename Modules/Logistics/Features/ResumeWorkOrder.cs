using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>Resume a work order on hold (Logistics_ResumeWorkOrder): the route; the step is <see cref="StepWorkOrderCommand"/>.</summary>
internal static class ResumeWorkOrder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapPost("/{id:guid}/resume", Handle).WithName("Logistics_ResumeWorkOrder")
            .WithSummary("Resume a work order on hold (恢复挂起的工单)")
            .WithDescription("OnHold → the status it was held from; the hold's time does not count against the service level. If-Match required.")
            .Produces<WorkOrderResponse>().UpdateProblems()
            .RequireScope(LogisticsModule.WriteScope);

    private static Task<Ok<WorkOrderResponse>> Handle(Guid id, WorkOrderStepRequest? body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        StepWorkOrderCommand.SendAsync(id, WorkOrderAction.Resumed, body?.Note, mediator, http, ct);
}
