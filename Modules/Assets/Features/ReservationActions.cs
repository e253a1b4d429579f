using FluentValidation;
using MediatR;
using OrganAffairs.Assets.Data;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Assets.Features;

internal sealed record CancelReservationCommand(Guid Id, CancelReservationRequest Body) : ICommand<ReservationResponse>;

internal sealed class CancelReservationValidator : AbstractValidator<CancelReservationCommand>
{
    public CancelReservationValidator() => RuleFor(c => c.Body.Reason).NotEmpty().MaximumLength(500);
}

/// <summary>Only a reservation not yet started can be cancelled; it frees its range at once.</summary>
internal sealed class CancelReservationHandler(ReservationRepository reservations, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<CancelReservationCommand, ReservationResponse>
{
    public async Task<ReservationResponse> Handle(CancelReservationCommand command, CancellationToken ct)
    {
        var row = await reservations.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(AssetsErrors.ReservationNotFound);
        if (row.Status != ReservationStatus.Reserved)
        {
            throw new ProblemException(AssetsErrors.ReservationState, detail: $"{row.Status} → {ReservationStatus.Cancelled}");
        }
        var before = row.ToResponse();
        var expected = row.Version;
        row.Status = ReservationStatus.Cancelled;
        row.CancelReason = command.Body.Reason.Trim();
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await reservations.UpdateAsync(row, ReservationStatus.Reserved, expected, ct))
        {
            throw new ProblemException(Shared.Errors.SharedErrors.ConcurrentChange);
        }
        var after = row.ToResponse();
        audit.Record("AssetReservation", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}

internal sealed record StartReservationCommand(Guid Id) : ICommand<ReservationResponse>;

/// <summary>
/// A reservation turns into a checkout (预约转领用) once its range has begun: by this action, or by the background
/// sweep of any Host instance, which sends this same command. The asset row is locked first and the reservation
/// read again under the lock; the update only moves a reservation still Reserved at the version read, so of two
/// instances converting the same reservation exactly one does and the other gets 409.
/// </summary>
internal sealed class StartReservationHandler(ReservationRepository reservations, AssetLedger ledger, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<StartReservationCommand, ReservationResponse>
{
    public async Task<ReservationResponse> Handle(StartReservationCommand command, CancellationToken ct)
    {
        var seen = await reservations.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(AssetsErrors.ReservationNotFound);
        var asset = await ledger.LockVisibleAsync(seen.AssetId, ct);
        var row = (await reservations.GetAsync(seen.Id, ct))!;
        if (row.Status != ReservationStatus.Reserved)
        {
            throw new ProblemException(AssetsErrors.ReservationState, detail: $"{row.Status} → {ReservationStatus.Started}");
        }
        var now = clock.UtcNow;
        if (now < row.StartsAt || now >= row.EndsAt)
        {
            throw new ProblemException(AssetsErrors.ReservationNotDue, detail: $"{row.StartsAt:O}/{row.EndsAt:O}");
        }
        // Held by the same organ (e.g. an earlier reservation of it) is fine; anyone else's holding, a repair or a disposal is not.
        if (asset.Status is AssetStatus.Disposed or AssetStatus.InRepair || (asset.Status == AssetStatus.Assigned && asset.HolderOrganId != row.OrganId))
        {
            throw new ProblemException(AssetsErrors.AssetUnavailable, detail: asset.Status.ToString());
        }
        var assetBefore = asset.ToResponse();
        asset.Status = AssetStatus.Assigned;
        asset.HolderOrganId = row.OrganId;
        asset.HolderStaffId = row.StaffId;
        await ledger.SaveAsync(asset, assetBefore, AssetEventKind.CheckedOut, row.Purpose, row.Id, ct);

        var before = row.ToResponse();
        var expected = row.Version;
        row.Status = ReservationStatus.Started;
        row.StartedAt = now;
        row.Version = expected + 1;
        row.UpdatedAt = now;
        if (!await reservations.UpdateAsync(row, ReservationStatus.Reserved, expected, ct))
        {
            throw new ProblemException(AssetsErrors.ReservationState, detail: "changed concurrently");
        }
        var after = row.ToResponse();
        audit.Record("AssetReservation", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
