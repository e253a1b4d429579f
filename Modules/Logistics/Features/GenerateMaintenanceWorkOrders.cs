using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>Raise the due work orders of every plan (Logistics_GenerateMaintenanceWorkOrders): the route.</summary>
internal static class GenerateMaintenanceWorkOrders
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder plans) =>
        plans.MapPost("/generate", Handle).WithName("Logistics_GenerateMaintenanceWorkOrders")
            .WithSummary("Raise one work order for every plan occurrence due by now and not generated before (生成预防性维护工单)")
            .WithDescription("For each active plan the caller may see (a retired plan generates nothing more), the schedule's occurrences after the plan's creation (or the edit that last changed its schedule) and up to now (at most 100 per plan per run) are claimed with an insert-if-absent on (plan, occurrence): whichever Host instance or caller runs it, and however many at once, each occurrence raises exactly one work order (Raised, the plan's item, priority, requester, room and asset, the checklist in the description). An occurrence whose item left the catalogue is 422 logistics.not-in-catalogue for the whole run.")
            .Produces<MaintenanceRunResponse>().Problems(409, 422)
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Ok<MaintenanceRunResponse>> Handle(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GenerateMaintenanceWorkOrdersCommand(), ct));
}

internal sealed record GenerateMaintenanceWorkOrdersCommand : ICommand<MaintenanceRunResponse>;

internal sealed class GenerateMaintenanceWorkOrdersHandler(MaintenanceRepository plans, WorkOrderRaiser raiser, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<GenerateMaintenanceWorkOrdersCommand, MaintenanceRunResponse>
{
    public async Task<MaintenanceRunResponse> Handle(GenerateMaintenanceWorkOrdersCommand command, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var created = new List<Guid>();
        foreach (var plan in await plans.ListVisibleAsync(ct))
        {
            foreach (var due in MaintenanceSchedule.Between(plan.Schedule, plan.CountsFrom, now, clock.Zone))
            {
                var workOrderId = ids.NewId();
                if (!await plans.ClaimOccurrenceAsync(ids.NewId(), plan.Id, due, workOrderId, ct))
                {
                    continue;
                }
                var description = $"{plan.Title}（计划 {clock.DateOf(due):yyyy-MM-dd}）\n{plan.Checklist}";
                await raiser.RaiseAsync(workOrderId, new CreateWorkOrderRequest(plan.OrganId, plan.RequesterStaffMemberId, plan.RoomId, plan.ServiceItem, plan.Priority,
                    description.Length <= 1000 ? description : description[..1000], plan.AssetId), ct);
                created.Add(workOrderId);
            }
        }
        return new MaintenanceRunResponse(created.Count, created);
    }
}
