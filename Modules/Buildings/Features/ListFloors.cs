using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Buildings.Features;

internal sealed record ListFloorsQuery(Guid BuildingId) : IQuery<IReadOnlyList<FloorResponse>>;

internal sealed class ListFloorsHandler(SpaceRepository space) : IRequestHandler<ListFloorsQuery, IReadOnlyList<FloorResponse>>
{
    public async Task<IReadOnlyList<FloorResponse>> Handle(ListFloorsQuery query, CancellationToken ct)
    {
        _ = await space.GetBuildingAsync(query.BuildingId, ct) ?? throw new ProblemException(BuildingsErrors.BuildingNotFound);
        return (await space.FloorsAsync(query.BuildingId, ct)).Select(f => f.ToResponse()).ToList();
    }
}
