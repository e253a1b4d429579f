using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Assets.Features;

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
