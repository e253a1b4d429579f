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
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Assets.Features;

/// <summary>Checkout asset (Assets_CheckoutAsset): the route.</summary>
internal static class CheckoutAsset
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder assets) =>
        assets.MapPost("/{id:guid}/checkout", Handle).WithName("Assets_CheckoutAsset")
            .WithSummary("Check an asset out (领用) to an organ or a staff member")
            .WithDescription("Only an InStock asset goes out: in repair is 409 assets.asset-in-repair, assigned 409 assets.asset-state (check it in first), disposed 409 assets.asset-disposed. Refused (409 assets.asset-reserved) while a reservation of another organ covers the present moment. A staff member's organ becomes the holder organ; given both, the staff member must work there.")
            .Produces<AssetResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(AssetsModule.WriteScope);

    private static async Task<Ok<AssetResponse>> Handle(Guid id, CheckoutAssetRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new CheckoutAssetCommand(id, body), ct), a => a.Version);
}

internal sealed record CheckoutAssetCommand(Guid Id, CheckoutAssetRequest Body) : ICommand<AssetResponse>;

internal sealed class CheckoutAssetValidator : AbstractValidator<CheckoutAssetCommand>
{
    public CheckoutAssetValidator()
    {
        RuleFor(c => c.Body).Must(b => b.HolderOrganId is not null || b.HolderStaffId is not null).OverridePropertyName("holderOrganId")
            .WithErrorCode(AssetsErrors.HolderRequired.Code).WithMessage(_ => AssetsErrors.HolderRequired.Title);
        RuleFor(c => c.Body.Note).MaximumLength(500);
    }
}

/// <summary>
/// 领用. Under the asset's row lock: only an asset in stock goes out (in repair, assigned or disposed is 409),
/// and not while a reservation of another organ covers the present moment.
/// </summary>
internal sealed class CheckoutAssetHandler(AssetLedger ledger, ReservationRepository reservations, IMediator mediator, BusinessClock clock)
    : IRequestHandler<CheckoutAssetCommand, AssetResponse>
{
    public async Task<AssetResponse> Handle(CheckoutAssetCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var staff = b.HolderStaffId is { } staffId ? await References.StaffAsync(mediator, staffId, b.HolderOrganId, "holderStaffId", ct) : null;
        var organ = await References.OrganAsync(mediator, b.HolderOrganId ?? staff!.OrganId, "holderOrganId", ct);
        var room = await References.RoomAsync(mediator, b.RoomId, "roomId", ct);

        var row = await ledger.LockVisibleAsync(command.Id, ct);
        switch (row.Status)
        {
            case AssetStatus.Disposed:
                throw new ProblemException(AssetsErrors.AssetDisposed);
            case AssetStatus.InRepair:
                throw new ProblemException(AssetsErrors.AssetInRepair);
            case AssetStatus.Assigned:
                throw new ProblemException(AssetsErrors.AssetState, detail: "Assigned: check it in first");
        }
        var now = clock.UtcNow;
        if ((await reservations.OverlapAsync(row.Id, now, now.AddMinutes(1), ct)).FirstOrDefault(r => r.OrganId != organ.Id) is { } other)
        {
            throw new ProblemException(AssetsErrors.AssetReserved, detail: $"{other.StartsAt:O}/{other.EndsAt:O}");
        }
        var before = row.ToResponse();
        row.Status = AssetStatus.Assigned;
        row.HolderOrganId = organ.Id;
        row.HolderStaffId = staff?.Id;
        row.RoomId = room ?? row.RoomId;
        return await ledger.SaveAsync(row, before, AssetEventKind.CheckedOut, b.Note, null, ct);
    }
}
