using MediatR;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Support;

/// <summary>
/// Raising a work order, for a person's request and for a maintenance plan's occurrence alike: the organ, the requester (of
/// the organ) and the room through Contracts queries, the catalogue item (L1), the service-level policy (L3), the row, its
/// first history entry and the audit.
/// </summary>
internal sealed class WorkOrderRaiser(WorkOrderRepository orders, WorkOrderWorkflow workflow, ServiceLevels levels, IMediator mediator, AuditTrail audit, OrganScope scope)
{
    public async Task<WorkOrderResponse> RaiseAsync(Guid id, CreateWorkOrderRequest body, CancellationToken ct)
    {
        var organ = await LogisticsReferences.OrganAsync(mediator, body.OrganId, ct);
        await LogisticsReferences.StaffAsync(mediator, body.RequesterStaffMemberId, organ.Id, "requesterStaffMemberId", ct);
        var asset = body.AssetId is { } assetId ? await LogisticsReferences.AssetAsync(mediator, assetId, organ.Id, scope.SeesAll, ct) : null;
        var roomId = body.RoomId ?? asset?.RoomId ?? throw ProblemException.ForField(LogisticsErrors.RoomRequired, "roomId");
        var room = await LogisticsReferences.RoomAsync(mediator, roomId, ct);
        var now = workflow.Now;
        var item = await levels.ItemAsync(body.ServiceItem, organ.DivisionCode, workflow.DateOf(now), ct);
        var row = new WorkOrderRow
        {
            Id = id, OrganId = organ.Id, RequesterStaffMemberId = body.RequesterStaffMemberId, RoomId = room.Id, BuildingId = room.BuildingId, DivisionCode = organ.DivisionCode,
            AssetId = asset?.Id, ServiceItem = body.ServiceItem, Category = item.Category, Priority = body.Priority, Description = body.Description.Trim(),
            Status = WorkOrderStatus.Raised, RaisedAt = now, Version = 1, UpdatedAt = now,
        };
        await levels.ChoosePolicyAsync(row, ct);
        await levels.AfterStepAsync(row, WorkOrderAction.Raised, now, ct);
        await orders.InsertAsync(row, ct);
        await workflow.RecordAsync(row, WorkOrderAction.Raised, WorkOrderStatus.Raised, body.RequesterStaffMemberId, null, now, ct);
        var response = row.ToResponse();
        audit.Record("WorkOrder", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}
