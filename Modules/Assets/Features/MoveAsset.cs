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

/// <summary>Move asset (Assets_MoveAsset): the route.</summary>
internal static class MoveAsset
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder assets) =>
        assets.MapPost("/{id:guid}/move", Handle).WithName("Assets_MoveAsset")
            .WithSummary("Move an asset to another room (移动位置)")
            .WithDescription("The room must be an active room of the Buildings module (400 otherwise). Holder and status stay.")
            .Produces<AssetResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(AssetsModule.WriteScope);

    private static async Task<Ok<AssetResponse>> Handle(Guid id, MoveAssetRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new MoveAssetCommand(id, body), ct), a => a.Version);
}

internal sealed record MoveAssetCommand(Guid Id, MoveAssetRequest Body) : ICommand<AssetResponse>;

internal sealed class MoveAssetValidator : AbstractValidator<MoveAssetCommand>
{
    public MoveAssetValidator()
    {
        RuleFor(c => c.Body.RoomId).NotEmpty();
        RuleFor(c => c.Body.Note).MaximumLength(500);
    }
}

/// <summary>Moves an asset between rooms; holder and status stay.</summary>
internal sealed class MoveAssetHandler(AssetLedger ledger, IMediator mediator) : IRequestHandler<MoveAssetCommand, AssetResponse>
{
    public async Task<AssetResponse> Handle(MoveAssetCommand command, CancellationToken ct)
    {
        var room = await References.RoomAsync(mediator, command.Body.RoomId, "roomId", ct);
        var row = await ledger.LockVisibleAsync(command.Id, ct);
        if (row.Status == AssetStatus.Disposed)
        {
            throw new ProblemException(AssetsErrors.AssetDisposed);
        }
        var before = row.ToResponse();
        row.RoomId = room;
        return await ledger.SaveAsync(row, before, AssetEventKind.Moved, command.Body.Note, null, ct);
    }
}
