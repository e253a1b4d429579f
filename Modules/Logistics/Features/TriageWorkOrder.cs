using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>Triage a raised work order (受理) (Logistics_TriageWorkOrder): the route; the step is <see cref="StepWorkOrderCommand"/>.</summary>
internal static class TriageWorkOrder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapPost("/{id:guid}/triage", Handle).WithName("Logistics_TriageWorkOrder")
            .WithSummary("Triage a raised work order (受理)")
            .WithDescription("Raised → Triaged (If-Match required; 412 when stale, 409 logistics.work-order-state from another status).")
            .Produces<WorkOrderResponse>().UpdateProblems()
            .RequireScope(LogisticsModule.WriteScope);

    private static Task<Ok<WorkOrderResponse>> Handle(Guid id, WorkOrderStepRequest? body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        StepWorkOrderCommand.SendAsync(id, WorkOrderAction.Triaged, body?.Note, mediator, http, ct);
}
