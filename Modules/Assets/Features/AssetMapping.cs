using MediatR;
using OrganAffairs.Assets.Data;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Assets.Features;

/// <summary>CNY: decimal yuan with 2 decimals in the API, integer fen in the database.</summary>
internal static class Yuan
{
    public static bool IsValid(decimal value) => value >= 0 && value <= 100_000_000m && decimal.Round(value, 2) == value;

    public static long ToFen(decimal yuan) => (long)(yuan * 100m);

    public static decimal FromFen(long fen) => decimal.Round(fen / 100m, 2) + 0.00m;
}

internal static class AssetMapping
{
    public static AssetResponse ToResponse(this AssetRow r) => new(
        r.Id, r.Tag, r.Category, r.Model, r.Manufacturer, r.Serial, r.PurchasedOn, Yuan.FromFen(r.PurchasePriceFen), r.WarrantyEndsOn, r.Status,
        r.RoomId, r.HolderOrganId, r.HolderStaffId, r.MissingStocktakeId is not null, r.MissingStocktakeId, r.DisposalMethod, r.DisposedOn,
        r.DisposalReference, r.Version, r.CreatedAt, r.UpdatedAt);

    public static AssetEventResponse ToResponse(this AssetEventRow e) =>
        new(e.Id, e.AssetId, e.Kind, e.OccurredAt, e.OrganId, e.HolderStaffId, e.RoomId, e.ReservationId, e.Note, e.Principal);

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>References to other modules' records, read through their Contracts queries; a missing or invisible one is a 400 on the field.</summary>
internal static class References
{
    public static async Task<OrganSummary> OrganAsync(IMediator mediator, Guid organId, string field, CancellationToken ct) =>
        await mediator.Send(new GetOrganQuery(organId), ct) is { Status: OrganStatus.Active } organ
            ? organ
            : throw ProblemException.ForField(AssetsErrors.OrganRefNotFound, field);

    /// <summary>An active staff member; with an organ given, one who works there (main or concurrent post).</summary>
    public static async Task<StaffMemberSummary> StaffAsync(IMediator mediator, Guid staffId, Guid? organId, string field, CancellationToken ct)
    {
        var member = await mediator.Send(new GetStaffMemberQuery(staffId), ct);
        if (member is null || member.Status != StaffStatus.Active
            || (organId is { } organ && member.OrganId != organ && !member.ConcurrentPostOrganIds.Contains(organ)))
        {
            throw ProblemException.ForField(AssetsErrors.StaffRefNotFound, field);
        }
        return member;
    }

    /// <summary>An active room of the Buildings module, or null when none is given.</summary>
    public static async Task<Guid?> RoomAsync(IMediator mediator, Guid? roomId, string field, CancellationToken ct)
    {
        if (roomId is not { } id)
        {
            return null;
        }
        return await mediator.Send(new GetRoomQuery(id), ct) is { Status: SpaceStatus.Active } room
            ? room.Id
            : throw ProblemException.ForField(AssetsErrors.RoomRefNotFound, field);
    }
}

/// <summary>
/// Writes a change of an asset: the row (only from the version it was read with), a history entry and
/// the audit record, in the command's transaction.
/// </summary>
internal sealed class AssetLedger(AssetRepository assets, AuditTrail audit, CurrentPrincipal principal, IdGenerator ids, BusinessClock clock)
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
