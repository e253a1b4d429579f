using MediatR;
using OrganAffairs.Assets.Data;
using OrganAffairs.Assets.Support;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Assets.Features;

/// <summary>
/// Assets' part in dissolving an organ: the assets assigned to it. 划转 passes each to the successor
/// (history: HandedOver; the staff holder stays, since people move with the organ's duties); 收回
/// checks each in to the bureau's stock as 归还 does.
/// </summary>
internal sealed class AssetsHoldingsOfOrganHandler(AssetRepository assets, AssetLedger ledger, IMediator mediator)
    : IRequestHandler<AssetsHoldingsOfOrgan, IReadOnlyList<OrganHolding>>
{
    public async Task<IReadOnlyList<OrganHolding>> Handle(AssetsHoldingsOfOrgan request, CancellationToken ct)
    {
        var held = await assets.HeldByAsync(request.OrganId, ct);
        if (request.Settlement is { } settlement)
        {
            foreach (var id in held)
            {
                if (settlement.SuccessorOrganId is { } successor)
                {
                    var row = (await ledger.LockAsync(id, ct))!;
                    var before = row.ToResponse();
                    row.HolderOrganId = successor;
                    await ledger.SaveAsync(row, before, AssetEventKind.HandedOver, settlement.Reason, null, ct);
                }
                else
                {
                    await mediator.Send(new CheckinAssetCommand(id, new AssetActionRequest(null, settlement.Reason)), ct);
                }
            }
        }
        return held.Count == 0 ? [] : [new OrganHolding("assets", "assets", held.Count)];
    }
}
