using OrganAffairs.Assets.Data;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Assets.Support;

/// <summary>
/// Writes a change of an asset: the row (only from the version it was read with), a history entry and
/// the audit record, in the command's transaction.
/// </summary>
internal sealed class AssetLedger(AssetRepository assets, AuditTrail audit, CurrentPrincipal principal, IdGenerator ids, BusinessClock clock, Violations violations)
{
    /// <summary>Locks the asset row and reads it again, so what a concurrent change committed is seen; 404 when it is not visible.</summary>
    public async Task<AssetRow> LockVisibleAsync(Guid id, CancellationToken ct)
    {
        if (await assets.GetVisibleAsync(id, ct) is null)
        {
            throw new ProblemException(AssetsErrors.AssetNotFound);
        }
        return (await LockAsync(id, ct))!;
    }

    /// <summary>Locks and reads an asset whatever the caller may see (a campaign's expected asset may have left the organ since).</summary>
    public async Task<AssetRow?> LockAsync(Guid id, CancellationToken ct)
    {
        await assets.LockAsync(id, ct);
        return await assets.GetAsync(id, ct);
    }

    /// <summary>
    /// The violation an asset a stock-take did not find is, until it is found, resolved or disposed of.
    /// RULES.md numbers no Assets rule; the module cites A1 for "assets missing at a stock-take are
    /// accounted for" (docs/adr/0040).
    /// </summary>
    public const string MissingKind = "assets.missing-after-stocktake";

    public async Task<AssetResponse> SaveAsync(AssetRow row, AssetResponse before, AssetEventKind kind, string? note, Guid? reservationId, CancellationToken ct)
    {
        var expected = row.Version;
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await assets.UpdateAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        await RecordAsync(row, kind, note, reservationId, ct);
        if (before.Missing && row.MissingStocktakeId is null || before.Status != AssetStatus.Disposed && row.Status == AssetStatus.Disposed)
        {
            // Found again or resolved, or disposed of while missing: the stock-take's violation ends here, whichever use case did it.
            var reason = row.Status == AssetStatus.Disposed ? ViolationCloseReason.SubjectEnded : ViolationCloseReason.Corrected;
            await violations.CloseOpenAsync(Duty.Assets, MissingKind, row.Id, clock.Today, reason, note, ct);
        }
        var after = row.ToResponse();
        audit.Record("Asset", row.Id, row.HolderOrganId ?? before.HolderOrganId, AuditTrail.Diff(before, after));
        return after;
    }

    public Task RecordAsync(AssetRow row, AssetEventKind kind, string? note, Guid? reservationId, CancellationToken ct) =>
        assets.InsertEventAsync(new AssetEventRow
        {
            Id = ids.NewId(),
            AssetId = row.Id,
            Kind = kind,
            OrganId = row.HolderOrganId,
            HolderStaffId = row.HolderStaffId,
            RoomId = row.RoomId,
            ReservationId = reservationId,
            Note = AssetMapping.Clean(note),
            Principal = principal.Id,
            OccurredAt = row.UpdatedAt,
        }, ct);
}
