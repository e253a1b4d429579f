using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>Record the work as done (完工) (Logistics_ResolveWorkOrder): the route; the step is <see cref="StepWorkOrderCommand"/>.</summary>
internal static class ResolveWorkOrder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapPost("/{id:guid}/resolve", Handle).WithName("Logistics_ResolveWorkOrder")
            .WithSummary("Record the work as done (完工)")
            .WithDescription("OnSite → Resolved; the requester then confirms it with a rating, or reopens it within the reopen window. If-Match required.")
            .Produces<WorkOrderResponse>().UpdateProblems()
            .RequireScope(LogisticsModule.WriteScope);

    private static Task<Ok<WorkOrderResponse>> Handle(Guid id, WorkOrderStepRequest? body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        StepWorkOrderCommand.SendAsync(id, WorkOrderAction.Resolved, body?.Note, mediator, http, ct);
}
