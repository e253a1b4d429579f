using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Assets.Features;

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
