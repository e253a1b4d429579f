using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Support;

/// <summary>Opens one recovery case for an office, due the rule's months after the date it takes effect, and audits it.</summary>
internal static class RecoveryCaseOpening
{
    public static async Task<RecoveryCaseRow> OpenAsync(
        RecoveryRepository recovery, AuditTrail audit, IdGenerator ids, BusinessClock clock,
        Guid eventId, AssignmentRow office, RecoveryReason reason, DateOnly effectiveOn, DeadlineRuleRow rule, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var row = new RecoveryCaseRow
        {
            Id = ids.NewId(),
            EventId = eventId,
            AssignmentId = office.Id,
            StaffMemberId = office.StaffMemberId,
            OrganId = office.OrganId,
            RoomId = office.RoomId,
            Reason = reason,
            EffectiveOn = effectiveOn,
            DueOn = BusinessClock.AddMonths(effectiveOn, rule.Months),
            RuleId = rule.Id,
            Status = RecoveryStatus.Open,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await recovery.InsertAsync(row, ct);
        audit.Record("RecoveryCase", row.Id, row.OrganId, AuditTrail.Diff(null, row.ToResponse(clock.Today)));
        return row;
    }
}
