using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Assets.Data;
using OrganAffairs.Assets.Support;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Assets.Features;

/// <summary>Start reservation (Assets_StartReservation): the route.</summary>
internal static class StartReservation
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder reservations) =>
        reservations.MapPost("/{id:guid}/start", Handle).WithName("Assets_StartReservation")
            .WithSummary("Turn a reservation whose range has begun into a checkout (预约转领用)")
            .WithDescription("Every Host instance also does this by itself for due reservations (`Assets:ReservationSweepInterval`, default 30 s). Reserved → Started and the asset Assigned to the reservation's organ (and staff member). Before startsAt or from endsAt on: 409 assets.reservation-not-due; the asset held by another organ, in repair or disposed: 409 assets.asset-unavailable; already started or cancelled (e.g. by another instance): 409 assets.reservation-state.")
            .Produces<ReservationResponse>().Problems(404, 409)
            .RequireScope(AssetsModule.WriteScope);

    private static async Task<Ok<ReservationResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new StartReservationCommand(id), ct), r => r.Version);
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
