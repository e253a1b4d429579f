using FluentValidation;
using MediatR;
using OrganAffairs.Assets.Support;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Assets.Features;

/// <summary>送修 (Start = true) or 修复返回 (Start = false).</summary>
internal sealed record RepairAssetCommand(Guid Id, bool Start, AssetActionRequest Body) : ICommand<AssetResponse>;

internal sealed class RepairAssetValidator : AbstractValidator<RepairAssetCommand>
{
    public RepairAssetValidator() => RuleFor(c => c.Body.Note).MaximumLength(500);
}

/// <summary>
/// An asset in stock or assigned goes into repair keeping its holder; back from repair it is assigned
/// again to that holder, or in stock when it had none.
/// </summary>
internal sealed class RepairAssetHandler(AssetLedger ledger, IMediator mediator) : IRequestHandler<RepairAssetCommand, AssetResponse>
{
    public async Task<AssetResponse> Handle(RepairAssetCommand command, CancellationToken ct)
    {
        var room = await References.RoomAsync(mediator, command.Body.RoomId, "roomId", ct);
        var row = await ledger.LockVisibleAsync(command.Id, ct);
        var allowed = command.Start ? row.Status is AssetStatus.InStock or AssetStatus.Assigned : row.Status == AssetStatus.InRepair;
        if (!allowed)
        {
            throw new ProblemException(row.Status == AssetStatus.Disposed ? AssetsErrors.AssetDisposed : AssetsErrors.AssetState, detail: row.Status.ToString());
        }
        var before = row.ToResponse();
        row.Status = command.Start ? AssetStatus.InRepair : row.HolderOrganId is null ? AssetStatus.InStock : AssetStatus.Assigned;
        row.RoomId = room ?? row.RoomId;
        return await ledger.SaveAsync(row, before, command.Start ? AssetEventKind.RepairStarted : AssetEventKind.RepairEnded, command.Body.Note, null, ct);
    }
}
