using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Data;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Reception.Support;

/// <summary>
/// The status changes of a reception: load the visible row, check the transition (409 otherwise), write the new
/// status with the version check, audit old → new.
/// </summary>
internal sealed class ReceptionWorkflow(ReceptionRepository receptions, AuditTrail audit, BusinessClock clock)
{
    public async Task<ReceptionRow> LoadAsync(Guid id, ReceptionStatus next, IReadOnlyCollection<ReceptionStatus> from, CancellationToken ct)
    {
        var row = await receptions.GetVisibleAsync(id, ct) ?? throw new ProblemException(ReceptionErrors.ReceptionNotFound);
        if (!from.Contains(row.Status))
        {
            throw new ProblemException(ReceptionErrors.ReceptionState, detail: $"{row.Status} → {next}");
        }
        return row;
    }

    public Task<ReceptionResponse> MoveAsync(ReceptionRow row, ReceptionStatus next, string? reason, CancellationToken ct) =>
        ChangeAsync(row, r =>
        {
            r.Status = next;
            r.Reason = reason?.Trim() ?? r.Reason;
        }, ct);

    /// <summary>Applies <paramref name="change"/> and writes the reception with the version check; audits old → new.</summary>
    public async Task<ReceptionResponse> ChangeAsync(ReceptionRow row, Action<ReceptionRow> change, CancellationToken ct)
    {
        var before = row.ToResponse();
        var expected = row.Version;
        change(row);
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await receptions.UpdateAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        var after = row.ToResponse();
        audit.Record("Reception", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
