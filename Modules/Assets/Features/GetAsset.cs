using MediatR;
using OrganAffairs.Assets.Data;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Assets.Features;

internal sealed record GetAssetQuery(Guid Id) : IQuery<AssetResponse>;

internal sealed class GetAssetHandler(AssetRepository assets) : IRequestHandler<GetAssetQuery, AssetResponse>
{
    public async Task<AssetResponse> Handle(GetAssetQuery query, CancellationToken ct) =>
        (await assets.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(AssetsErrors.AssetNotFound)).ToResponse();
}
