using MediatR;
using OrganAffairs.Assets.Data;
using OrganAffairs.Assets.Support;
using OrganAffairs.Contracts.Assets;

namespace OrganAffairs.Assets.Features;

/// <summary>Contracts query: one asset as the caller may see it, for other modules (e.g. an asset named by a Logistics work order).</summary>
internal sealed class FindAssetHandler(AssetRepository assets) : IRequestHandler<FindAssetQuery, AssetResponse?>
{
    public async Task<AssetResponse?> Handle(FindAssetQuery query, CancellationToken ct) => (await assets.GetVisibleAsync(query.AssetId, ct))?.ToResponse();
}
