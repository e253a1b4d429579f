namespace OrganAffairs.Contracts.Buildings;

/// <summary>Register a building (办公楼).</summary>
/// <param name="Code" example="B-001">Unique building code, 1–30 characters of letters, digits and '-'.</param>
/// <param name="Name" example="市级机关第一办公楼">Name, at most 200 characters.</param>
/// <param name="Address" example="南京市玄武区北京东路 41 号">Address, at most 300 characters.</param>
/// <param name="Ownership" example="Owned">产权: Owned, Leased or Borrowed.</param>
/// <param name="TitleRegisteredToBureau" example="true">Whether the title (不动产权) is registered to the bureau.</param>
/// <param name="GrossArea" example="12500.50">Gross building area (建筑面积) in m², more than 0, at most 2 decimals.</param>
/// <param name="YearBuilt" example="1998">Year built, 1800 to next year.</param>
public sealed record CreateBuildingRequest(
    string Code, string Name, string Address, Ownership Ownership, bool TitleRegisteredToBureau, decimal GrossArea, int YearBuilt);

/// <summary>Retire a building, floor or room (停用); it is kept with status Retired.</summary>
/// <param name="RetiredOn" example="2026-12-31">Business date of retirement.</param>
/// <param name="Reason" example="危房拆除">Why, at most 500 characters.</param>
public sealed record RetireSpaceRequest(DateOnly RetiredOn, string Reason);

/// <summary>A building.</summary>
public sealed record BuildingResponse(
    Guid Id,
    string Code,
    string Name,
    string Address,
    Ownership Ownership,
    bool TitleRegisteredToBureau,
    decimal GrossArea,
    int YearBuilt,
    SpaceStatus Status,
    DateOnly? RetiredOn,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>Add a floor to a building.</summary>
/// <param name="Label" example="3F">Floor label, unique in the building, at most 20 characters.</param>
/// <param name="Level" example="3">Floor number (negative for basements), -10 to 200.</param>
public sealed record CreateFloorRequest(string Label, int Level);

/// <summary>A floor of a building.</summary>
public sealed record FloorResponse(Guid Id, Guid BuildingId, string Label, int Level, SpaceStatus Status, DateOnly? RetiredOn);

/// <summary>Register a room on a floor.</summary>
/// <param name="FloorId">The floor; its building must be active.</param>
/// <param name="Number" example="305">Room number, unique in the building, at most 30 characters.</param>
/// <param name="Type" example="Office">用房类型.</param>
/// <param name="UsableArea" example="24.00">Usable area (使用面积) in m², more than 0, at most 2 decimals.</param>
/// <param name="Capacity" example="2">How many people it seats (0–10000); for a meeting room, the most attendees a booking may have.</param>
/// <param name="Bookable" example="false">Whether it can be booked as a meeting room.</param>
/// <param name="RequiresApproval" example="false">Whether bookings start Pending and need the bureau's approval.</param>
public sealed record CreateRoomRequest(
    Guid FloorId, string Number, RoomType Type, decimal UsableArea, int Capacity, bool Bookable, bool RequiresApproval);

/// <summary>A room.</summary>
public sealed record RoomResponse(
    Guid Id,
    Guid BuildingId,
    Guid FloorId,
    string Number,
    RoomType Type,
    decimal UsableArea,
    int Capacity,
    bool Bookable,
    bool RequiresApproval,
    SpaceStatus Status,
    DateOnly? RetiredOn,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
