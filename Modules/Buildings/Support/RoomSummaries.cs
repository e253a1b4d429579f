using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Domain;
using OrganAffairs.Contracts.Buildings;

namespace OrganAffairs.Buildings.Support;

/// <summary>A room with its building as other modules see it (the Contracts queries GetRoomQuery and ListRoomsOfBuildingQuery).</summary>
internal static class RoomSummaries
{
    public static RoomSummary Of(RoomRow room, BuildingRow building) => new(room.Id, building.Id, building.Code, building.Name, room.FloorId, room.Number,
        room.RoomType, Area.FromCenti(room.UsableAreaCenti), room.Capacity, room.Bookable, room.Status);
}
