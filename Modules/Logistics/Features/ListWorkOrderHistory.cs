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

/// <summary>A work order's full history (Logistics_ListWorkOrderHistory): the route.</summary>
internal static class ListWorkOrderHistory
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapGet("/{id:guid}/history", Handle).WithName("Logistics_ListWorkOrderHistory")
            .WithSummary("A work order's full history, oldest first (工单处理记录)")
            .WithDescription("Every step — raised, updated, triaged, assigned, on site, held and resumed, resolved, confirmed, reopened, cancelled — with the principal, the person behind the act where one is needed, the note or reason, and the instant. Another organ's order answers 404.")
            .Produces<IReadOnlyList<WorkOrderHistoryEntry>>().Problems(404)
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<WorkOrderHistoryEntry>>> Handle(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListWorkOrderHistoryQuery(id), ct));
}

internal sealed record ListWorkOrderHistoryQuery(Guid Id) : IQuery<IReadOnlyList<WorkOrderHistoryEntry>>;

internal sealed class ListWorkOrderHistoryHandler(WorkOrderRepository orders) : IRequestHandler<ListWorkOrderHistoryQuery, IReadOnlyList<WorkOrderHistoryEntry>>
{
    public async Task<IReadOnlyList<WorkOrderHistoryEntry>> Handle(ListWorkOrderHistoryQuery query, CancellationToken ct)
    {
        _ = await orders.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(LogisticsErrors.WorkOrderNotFound);
        return (await orders.HistoryAsync(query.Id, ct)).Select(e => e.ToEntry()).ToList();
    }
}
