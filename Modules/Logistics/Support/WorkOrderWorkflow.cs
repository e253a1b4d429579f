using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Support;

/// <summary>
/// Every change of a work order: load the visible row (404), check If-Match (412) and the state machine (409), apply the
/// change, write it with the version check, add the history entry numbered by the new version, audit old → new.
/// </summary>
internal sealed class WorkOrderWorkflow(WorkOrderRepository orders, ServiceLevels levels, AuditTrail audit, BusinessClock clock, CurrentPrincipal principal, IdGenerator ids)
{
    public async Task<WorkOrderRow> LoadAsync(Guid id, IfMatch ifMatch, WorkOrderAction action, CancellationToken ct)
    {
        var row = await orders.GetVisibleAsync(id, ct) ?? throw new ProblemException(LogisticsErrors.WorkOrderNotFound);
        ifMatch.Against(row.Version);
        if (!WorkOrderRules.Allows(action, row.Status))
        {
            throw new ProblemException(LogisticsErrors.WorkOrderState, detail: $"{row.Status}: {action}");
        }
        return row;
    }

    public DateTimeOffset Now => clock.UtcNow;

    public DateOnly Today => clock.Today;

    public DateOnly DateOf(DateTimeOffset instant) => clock.DateOf(instant);

    /// <summary>Applies <paramref name="change"/> (which sees the new status already set) and records the step.</summary>
    public Task<WorkOrderResponse> MoveAsync(WorkOrderRow row, WorkOrderAction action, Guid? staffMemberId, string? note, Action<WorkOrderRow, DateTimeOffset>? change, CancellationToken ct) =>
        MoveAsync(row, action, staffMemberId, note, (r, now) =>
        {
            change?.Invoke(r, now);
            return Task.CompletedTask;
        }, ct);

    /// <summary>As above, with a change that reads rule data.</summary>
    public async Task<WorkOrderResponse> MoveAsync(WorkOrderRow row, WorkOrderAction action, Guid? staffMemberId, string? note, Func<WorkOrderRow, DateTimeOffset, Task> change, CancellationToken ct)
    {
        var before = row.ToResponse();
        var expected = row.Version;
        var from = row.Status;
        var now = clock.UtcNow;
        row.Status = WorkOrderRules.Target(action, from, row.HeldFrom);
        await change(row, now);
        await levels.AfterStepAsync(row, action, now, ct);
        row.Version = expected + 1;
        row.UpdatedAt = now;
        if (!await orders.UpdateAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        await RecordAsync(row, action, from, staffMemberId, note, now, ct);
        var after = row.ToResponse();
        audit.Record("WorkOrder", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }

    public Task RecordAsync(WorkOrderRow row, WorkOrderAction action, WorkOrderStatus from, Guid? staffMemberId, string? note, DateTimeOffset at, CancellationToken ct) =>
        orders.InsertEventAsync(new WorkOrderEventRow
        {
            Id = ids.NewId(), WorkOrderId = row.Id, Position = (int)row.Version, Action = action, FromStatus = from, ToStatus = row.Status,
            StaffMemberId = staffMemberId, Principal = principal.Id, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), At = at,
        }, ct);
}
