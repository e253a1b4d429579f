using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Support;
using OrganAffairs.Contracts.Buildings;

namespace OrganAffairs.Buildings.Features;

/// <summary>Contracts query: the rooms of a building, for other modules.</summary>
internal sealed class ListRoomsOfBuildingHandler(SpaceRepository space) : IRequestHandler<ListRoomsOfBuildingQuery, IReadOnlyList<RoomSummary>>
{
    public async Task<IReadOnlyList<RoomSummary>> Handle(ListRoomsOfBuildingQuery query, CancellationToken ct)
    {
        var building = await space.GetBuildingAsync(query.BuildingId, ct);
        if (building is null)
        {
            return [];
        }
        return (await space.RoomsOfBuildingAsync(building.Id, ct)).Select(r => RoomSummaries.Of(r, building)).ToList();
    }
}
