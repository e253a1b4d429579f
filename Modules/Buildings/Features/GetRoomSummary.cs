using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Support;
using OrganAffairs.Contracts.Buildings;

namespace OrganAffairs.Buildings.Features;

/// <summary>Contracts query: one room with its building, for other modules.</summary>
internal sealed class GetRoomSummaryHandler(SpaceRepository space) : IRequestHandler<GetRoomQuery, RoomSummary?>
{
    public async Task<RoomSummary?> Handle(GetRoomQuery query, CancellationToken ct)
    {
        var room = await space.GetRoomAsync(query.RoomId, ct);
        if (room is null)
        {
            return null;
        }
        var building = (await space.GetBuildingAsync(room.BuildingId, ct))!;
        return RoomSummaries.Of(room, building);
    }
}
