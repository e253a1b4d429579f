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
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Assets.Features;

/// <summary>Cancel reservation (Assets_CancelReservation): the route.</summary>
internal static class CancelReservation
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder reservations) =>
        reservations.MapPost("/{id:guid}/cancel", Handle).WithName("Assets_CancelReservation")
            .WithSummary("Cancel a reservation, with a reason (取消资产预约)")
            .WithDescription("Reserved → Cancelled; the range is free at once. A started or cancelled reservation is 409 assets.reservation-state.")
            .Produces<ReservationResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(AssetsModule.WriteScope);

    private static async Task<Ok<ReservationResponse>> Handle(Guid id, CancelReservationRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new CancelReservationCommand(id, body), ct), r => r.Version);
}

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
