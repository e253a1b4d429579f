using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;

namespace OrganAffairs.Logistics.Support;

internal static class LogisticsMapping
{
    public static WorkOrderResponse ToResponse(this WorkOrderRow r) => new(
        r.Id, r.OrganId, r.RequesterStaffMemberId, r.RoomId, r.ServiceItem, r.Category, r.Priority, r.Description, r.Status, r.Assignee, r.HoldReason,
        r.Rating, r.RatingComment, r.RaisedAt, r.OnSiteAt, r.ResolvedAt, r.ClosedAt, r.ReopenCount,
        r is { SlaPolicyId: { } policy, SlaBasis: { } basis }
            ? new WorkOrderSla(policy, basis, r.RespondMinutes, r.ResolveMinutes, r.RespondDueAt, r.ResolveDueAt, r.RespondBreached, r.ResolveBreached)
            : null,
        r.Version, r.UpdatedAt, r.ContractId, r.CostFen is { } cost ? Shared.Money.Yuan.FromFen(cost) : null, r.AssetId);

    public static WorkOrderHistoryEntry ToEntry(this WorkOrderEventRow r) =>
        new(r.Id, r.Action, r.FromStatus, r.ToStatus, r.StaffMemberId, r.Principal, r.Note, r.At);
}

internal static class MaintenanceMapping
{
    public static MaintenancePlanResponse ToResponse(this MaintenancePlanRow r, Shared.Time.BusinessClock clock) => new(
        r.Id, r.OrganId, r.RequesterStaffMemberId, r.RoomId, r.ServiceItem, r.Priority, r.Title, r.Schedule, clock.Zone.Id,
        r.Checklist.Split('\n'), r.RetiredAt is null ? Domain.MaintenanceSchedule.Next(r.Schedule, clock.UtcNow, clock.Zone) : null, r.CreatedAt,
        new PlanTarget(r.TargetKind, r.TargetId ?? r.RoomId, r.BuildingId), r.AssetId, r.CountsFrom, r.RetiredAt, r.RetiredReason, r.Version);
}

internal static class ServiceOrderMapping
{
    public static ServiceOrderResponse ToResponse(this ServiceOrderRow r) => new(
        r.Id, r.BookingId, r.RoomId, r.OrganId, r.Kind, r.Quantity, r.RequestedQuantity, r.Attendees, r.Note, r.DueAt, r.EndsAt, r.Status,
        r.DeliveredAt, r.DeliveryNote, r.CancelledAt, r.Version, r.CreatedAt, r.UpdatedAt, r.CostFen is { } cost ? Shared.Money.Yuan.FromFen(cost) : null);
}
