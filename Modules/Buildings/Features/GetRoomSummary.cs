using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Domain;
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

internal static class RoomSummaries
{
    public static RoomSummary Of(RoomRow room, BuildingRow building) => new(room.Id, building.Id, building.Code, building.Name, room.FloorId, room.Number,
        room.RoomType, Area.FromCenti(room.UsableAreaCenti), room.Capacity, room.Bookable, room.Status);
}
