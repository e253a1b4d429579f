using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Support;

/// <summary>Opens one recovery case for an office or a whole allocation, due the rule's months after the date it takes effect, and audits it.</summary>
internal static class RecoveryCaseOpening
{
    public static Task<RecoveryCaseRow> OpenAsync(
        RecoveryRepository recovery, AuditTrail audit, IdGenerator ids, BusinessClock clock,
        Guid eventId, AssignmentRow office, RecoveryReason reason, DateOnly effectiveOn, DeadlineRuleRow rule, CancellationToken ct) =>
        InsertAsync(recovery, audit, ids, clock, new RecoveryCaseRow
        {
            EventId = eventId, AssignmentId = office.Id, AllocationId = office.AllocationId, StaffMemberId = office.StaffMemberId, OrganId = office.OrganId,
            RoomId = office.RoomId, Reason = reason, EffectiveOn = effectiveOn,
        }, rule, ct);

    /// <summary>The allocation itself is to be recovered (no office, no staff member): the allocation id is the event.</summary>
    public static Task<RecoveryCaseRow> OpenAsync(
        RecoveryRepository recovery, AuditTrail audit, IdGenerator ids, BusinessClock clock,
        AllocationRow allocation, RecoveryReason reason, DateOnly effectiveOn, DeadlineRuleRow rule, CancellationToken ct) =>
        InsertAsync(recovery, audit, ids, clock, new RecoveryCaseRow
        {
            EventId = allocation.Id, AllocationId = allocation.Id, OrganId = allocation.OrganId, RoomId = allocation.RoomId, Reason = reason, EffectiveOn = effectiveOn,
        }, rule, ct);

    private static async Task<RecoveryCaseRow> InsertAsync(
        RecoveryRepository recovery, AuditTrail audit, IdGenerator ids, BusinessClock clock, RecoveryCaseRow row, DeadlineRuleRow rule, CancellationToken ct)
    {
        var now = clock.UtcNow;
        row.Id = ids.NewId();
        row.DueOn = BusinessClock.AddMonths(row.EffectiveOn, rule.Months);
        row.RuleId = rule.Id;
        row.Status = RecoveryStatus.Open;
        row.CreatedAt = now;
        row.UpdatedAt = now;
        await recovery.InsertAsync(row, ct);
        audit.Record("RecoveryCase", row.Id, row.OrganId, AuditTrail.Diff(null, row.ToResponse(clock.Today)));
        return row;
    }
}
