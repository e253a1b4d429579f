using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>Record arrival on site (到场) (Logistics_ArriveWorkOrder): the route; the step is <see cref="StepWorkOrderCommand"/>.</summary>
internal static class ArriveWorkOrder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapPost("/{id:guid}/arrive", Handle).WithName("Logistics_ArriveWorkOrder")
            .WithSummary("Record arrival on site (到场)")
            .WithDescription("Assigned → OnSite; the first arrival is the response time of the service level. If-Match required.")
            .Produces<WorkOrderResponse>().UpdateProblems()
            .RequireScope(LogisticsModule.WriteScope);

    private static Task<Ok<WorkOrderResponse>> Handle(Guid id, WorkOrderStepRequest? body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        StepWorkOrderCommand.SendAsync(id, WorkOrderAction.ArrivedOnSite, body?.Note, mediator, http, ct);
}
