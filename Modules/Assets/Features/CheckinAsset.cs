using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Assets.Support;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Assets.Features;

/// <summary>Checkin asset (Assets_CheckinAsset): the route.</summary>
internal static class CheckinAsset
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder assets) =>
        assets.MapPost("/{id:guid}/checkin", Handle).WithName("Assets_CheckinAsset")
            .WithSummary("Check an asset in (归还): back to the bureau's stock")
            .WithDescription("Assigned → InStock, held by nobody; optionally into a room. Any other status is 409.")
            .Produces<AssetResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(AssetsModule.WriteScope);

    private static async Task<Ok<AssetResponse>> Handle(Guid id, AssetActionRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new CheckinAssetCommand(id, body), ct), a => a.Version);
}

internal sealed record CheckinAssetCommand(Guid Id, AssetActionRequest Body) : ICommand<AssetResponse>;

internal sealed class CheckinAssetValidator : AbstractValidator<CheckinAssetCommand>
{
    public CheckinAssetValidator() => RuleFor(c => c.Body.Note).MaximumLength(500);
}

/// <summary>归还. An assigned asset returns to the bureau's stock, held by nobody.</summary>
internal sealed class CheckinAssetHandler(AssetLedger ledger, IMediator mediator) : IRequestHandler<CheckinAssetCommand, AssetResponse>
{
    public async Task<AssetResponse> Handle(CheckinAssetCommand command, CancellationToken ct)
    {
        var room = await References.RoomAsync(mediator, command.Body.RoomId, "roomId", ct);
        var row = await ledger.LockVisibleAsync(command.Id, ct);
        if (row.Status != AssetStatus.Assigned)
        {
            throw new ProblemException(AssetsErrors.AssetState, detail: $"{row.Status} → {AssetStatus.InStock}");
        }
        var before = row.ToResponse();
        row.Status = AssetStatus.InStock;
        row.HolderOrganId = null;
        row.HolderStaffId = null;
        row.RoomId = room ?? row.RoomId;
        return await ledger.SaveAsync(row, before, AssetEventKind.CheckedIn, command.Body.Note, null, ct);
    }
}
