using OrganAffairs.Reception.Data;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Money;

namespace OrganAffairs.Reception.Support;

/// <summary>
/// The annual reception cap (R9, 总额控制): approval reserves the budget against the cap of the reception's year,
/// cancelling an approved reception frees it, settlement replaces it with the actuals. Each change locks the
/// organ's cap row first (dialect.LockRowAsync), so parallel approvals on several Host instances queue and never
/// pass the cap together. An organ without a cap for the year is not limited.
/// </summary>
internal sealed class CapLedger(CapRepository caps, AuditTrail audit)
{
    public async Task ReserveAsync(ReceptionRow reception, CancellationToken ct)
    {
        if (await caps.LockAsync(reception.OrganId, reception.BudgetYear, ct) is not { } cap)
        {
            return;
        }
        var used = cap.ReservedFen + cap.SpentFen;
        if (used + reception.BudgetFen > cap.CapFen)
        {
            throw new ProblemException(ReceptionErrors.OverCap,
                detail: $"R9: {Yuan.FromFen(used)} + {Yuan.FromFen(reception.BudgetFen)} > {Yuan.FromFen(cap.CapFen)} ({cap.Year})");
        }
        await ChangeAsync(cap, reception.BudgetFen, 0, ct);
    }

    public async Task ReleaseAsync(ReceptionRow reception, CancellationToken ct)
    {
        if (await caps.LockAsync(reception.OrganId, reception.BudgetYear, ct) is { } cap)
        {
            await ChangeAsync(cap, -reception.BudgetFen, 0, ct);
        }
    }

    /// <summary>Replaces the reservation with the actuals; answers the cap after the change, or null when the organ has none for the year.</summary>
    public async Task<CapRow?> SettleAsync(ReceptionRow reception, CancellationToken ct)
    {
        if (await caps.LockAsync(reception.OrganId, reception.BudgetYear, ct) is not { } cap)
        {
            return null;
        }
        await ChangeAsync(cap, -reception.BudgetFen, reception.ActualFen, ct);
        return cap;
    }

    /// <summary>
    /// Moves an approved or held reception's reservation from the organ that held it to the one it was handed to
    /// (a dissolved organ's hand-over): not checked against the receiving organ's cap, as the decision that dissolves
    /// the organ approves the transfer. The two cap rows are locked in id order.
    /// </summary>
    public async Task MoveReservationAsync(ReceptionRow reception, Guid fromOrganId, CancellationToken ct)
    {
        var rows = new[] { await caps.GetAsync(fromOrganId, reception.BudgetYear, ct), await caps.GetAsync(reception.OrganId, reception.BudgetYear, ct) };
        foreach (var row in rows.OfType<CapRow>().OrderBy(r => r.Id))
        {
            if (await caps.LockAsync(row.OrganId, row.Year, ct) is { } cap)
            {
                await ChangeAsync(cap, cap.OrganId == fromOrganId ? -reception.BudgetFen : reception.BudgetFen, 0, ct);
            }
        }
    }

    private async Task ChangeAsync(CapRow cap, long reservedDelta, long spentDelta, CancellationToken ct)
    {
        var before = cap.ToResponse();
        cap.ReservedFen = Math.Max(0, cap.ReservedFen + reservedDelta);
        cap.SpentFen += spentDelta;
        cap.Version++;
        await caps.UpdateAsync(cap, ct);
        audit.Record("ReceptionCap", cap.Id, cap.OrganId, AuditTrail.Diff(before, cap.ToResponse()));
    }
}
