using FluentValidation;
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
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Assets.Features;

/// <summary>Create reservation (Assets_CreateReservation): the route.</summary>
internal static class CreateReservation
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder reservations) =>
        reservations.MapPost("/", Handle).WithName("Assets_CreateReservation")
            .WithSummary("Reserve an asset (预约) for a future range")
            .WithDescription("The range is half-open [startsAt, endsAt) in UTC, starts in the future and lasts at most 90 days. Under a row lock on the asset, an overlap with another Reserved reservation is 409 assets.reservation-conflict with a `conflicts` member: each conflicting range, and its reservation id only when the caller may see that reservation. Touching ranges do not overlap. An ordinary organ reserves for itself, assets it can see. Accepts Idempotency-Key.")
            .Produces<ReservationResponse>(StatusCodes.Status201Created).CreateProblems()
            .ProblemExtension<IReadOnlyList<ReservationConflict>>(StatusCodes.Status409Conflict, "conflicts", "ReservationConflictsProblem",
                "A problem; with code assets.reservation-conflict it carries `conflicts`: each overlapping reservation's range, and its id only when the caller may see it.")
            .RequireScope(AssetsModule.WriteScope);

    private static async Task<Created<ReservationResponse>> Handle(CreateReservationRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var reservation = await mediator.Send(new CreateReservationCommand(body), ct);
        return ETags.Created(http, $"{AssetsEndpoints.Root}/reservations/{reservation.Id}", reservation, r => r.Version);
    }
}

internal sealed record CreateReservationCommand(CreateReservationRequest Body) : ICommand<ReservationResponse>;

internal sealed class CreateReservationValidator : AbstractValidator<CreateReservationCommand>
{
    public CreateReservationValidator()
    {
        RuleFor(c => c.Body.AssetId).NotEmpty();
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.Purpose).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.EndsAt)
            .Must((c, end) => end > c.Body.StartsAt && end - c.Body.StartsAt <= ReservationRepository.MaxLength)
            .WithErrorCode(AssetsErrors.ReservationWindow.Code).WithMessage(_ => AssetsErrors.ReservationWindow.Title);
    }
}

/// <summary>
/// 预约. Correct under concurrency on every provider and across Host instances: inside the transaction the
/// asset row is locked first (every writer of the asset queues there), then the overlap with Reserved
/// reservations is checked on half-open ranges, then the reservation is inserted.
/// </summary>
internal sealed class CreateReservationHandler(
    AssetRepository assets, ReservationRepository reservations, IMediator mediator, OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateReservationCommand, ReservationResponse>
{
    public async Task<ReservationResponse> Handle(CreateReservationCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var organ = await References.OrganAsync(mediator, b.OrganId, "organId", ct);
        var staff = b.StaffId is { } staffId ? await References.StaffAsync(mediator, staffId, organ.Id, "staffId", ct) : null;
        var now = clock.UtcNow;
        if (b.StartsAt < now)
        {
            throw ProblemException.ForField(AssetsErrors.ReservationInPast, "startsAt");
        }
        if (await assets.GetVisibleAsync(b.AssetId, ct) is null)
        {
            throw ProblemException.ForField(AssetsErrors.AssetRefNotFound, "assetId");
        }

        await assets.LockAsync(b.AssetId, ct);
        var asset = (await assets.GetAsync(b.AssetId, ct))!;
        if (asset.Status == AssetStatus.Disposed)
        {
            throw new ProblemException(AssetsErrors.AssetDisposed);
        }
        var overlapping = await reservations.OverlapAsync(asset.Id, b.StartsAt, b.EndsAt, ct);
        var visible = await scope.VisibilityAsync(overlapping.Select(r => (Guid?)r.OrganId), ct);
        var conflicts = overlapping
            .Select(r => new ReservationConflict(r.StartsAt, r.EndsAt, visible(r.OrganId) ? r.Id : null))
            .ToList();
        if (conflicts.Count > 0)
        {
            throw new ProblemException(AssetsErrors.ReservationConflict, detail: string.Join("; ", conflicts.Select(c => $"{c.StartsAt:O}/{c.EndsAt:O}")))
            {
                Extensions = new Dictionary<string, object?> { ["conflicts"] = conflicts },
            };
        }
        var row = new ReservationRow
        {
            Id = ids.NewId(),
            AssetId = asset.Id,
            OrganId = organ.Id,
            StaffId = staff?.Id,
            Purpose = b.Purpose.Trim(),
            Status = ReservationStatus.Reserved,
            Version = 1,
            StartsAt = b.StartsAt,
            EndsAt = b.EndsAt,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await reservations.InsertAsync(row, ct);
        var response = row.ToResponse();
        audit.Record("AssetReservation", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}
