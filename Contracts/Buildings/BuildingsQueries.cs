using MediatR;

namespace OrganAffairs.Contracts.Buildings;

/// <summary>What other modules may know of a room, with its building.</summary>
public sealed record RoomSummary(
    Guid Id,
    Guid BuildingId,
    string BuildingCode,
    string BuildingName,
    Guid FloorId,
    string Number,
    RoomType Type,
    decimal UsableArea,
    int Capacity,
    bool Bookable,
    SpaceStatus Status);

/// <summary>Cross-module query: one room, or null when it does not exist.</summary>
public sealed record GetRoomQuery(Guid RoomId) : IRequest<RoomSummary?>;

/// <summary>Cross-module query: the rooms of a building (active and retired), ordered by number; empty when the building is unknown.</summary>
public sealed record ListRoomsOfBuildingQuery(Guid BuildingId) : IRequest<IReadOnlyList<RoomSummary>>;
