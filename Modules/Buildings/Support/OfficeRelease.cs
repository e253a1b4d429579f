using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Support;

/// <summary>Releasing an office, from its own action or from the release of the room's allocation, and closing the recovery cases of vacated space.</summary>
internal sealed class OfficeRelease(OfficeRepository offices, RecoveryRepository recovery, BuildingsViolations violations, AuditTrail audit, BusinessClock clock)
{
    public async Task ReleaseAsync(AssignmentRow row, DateOnly releasedOn, string reason, CancellationToken ct)
    {
        var before = row.ToResponse();
        row.Status = HoldingStatus.Released;
        row.ReleasedOn = releasedOn < row.StartedOn ? row.StartedOn : releasedOn;
        row.ReleaseReason = reason;
        var expected = row.Version;
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await offices.UpdateAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        audit.Record("OfficeAssignment", row.Id, row.OrganId, AuditTrail.Diff(before, row.ToResponse()));
        await CloseCasesAsync(await recovery.OpenForAssignmentAsync(row.Id, ct), row.ReleasedOn.Value, ct);
    }

    /// <summary>The space was vacated on <paramref name="closedOn"/>: its open recovery cases close (audited) with their violations.</summary>
    public async Task CloseCasesAsync(IReadOnlyList<RecoveryCaseRow> cases, DateOnly closedOn, CancellationToken ct)
    {
        foreach (var open in cases)
        {
            await recovery.CloseAsync(open.Id, closedOn, clock.UtcNow, ct);
            audit.Record("RecoveryCase", open.Id, open.OrganId, new Dictionary<string, FieldChange>
            {
                ["status"] = new(RecoveryStatus.Open, RecoveryStatus.Closed), ["closedOn"] = new(null, closedOn),
            });
            await violations.CaseClosedAsync(open, closedOn, ct);
        }
    }
}
