using OrganAffairs.Buildings.Domain;
using OrganAffairs.Contracts.Buildings;

namespace OrganAffairs.Buildings.Data;

/// <summary>A row of buildings_building.</summary>
internal sealed class BuildingRow
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Address { get; set; } = "";
    public Ownership Ownership { get; set; }
    public bool TitleRegistered { get; set; }
    public long GrossAreaCenti { get; set; }
    public int YearBuilt { get; set; }
    public SpaceStatus Status { get; set; }
    public DateOnly? RetiredOn { get; set; }
    public string? RetireReason { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public BuildingResponse ToResponse() => new(Id, Code, Name, Address, Ownership, TitleRegistered, Area.FromCenti(GrossAreaCenti), YearBuilt,
        Status, RetiredOn, Version, CreatedAt, UpdatedAt);
}

/// <summary>A row of buildings_floor.</summary>
internal sealed class FloorRow
{
    public Guid Id { get; set; }
    public Guid BuildingId { get; set; }
    public string Label { get; set; } = "";
    public int Level { get; set; }
    public SpaceStatus Status { get; set; }
    public DateOnly? RetiredOn { get; set; }

    public FloorResponse ToResponse() => new(Id, BuildingId, Label, Level, Status, RetiredOn);
}

/// <summary>A row of buildings_room.</summary>
internal sealed class RoomRow
{
    public Guid Id { get; set; }
    public Guid BuildingId { get; set; }
    public Guid FloorId { get; set; }
    public string Number { get; set; } = "";
    public RoomType RoomType { get; set; }
    public long UsableAreaCenti { get; set; }
    public int Capacity { get; set; }
    public bool Bookable { get; set; }
    public bool RequiresApproval { get; set; }
    public SpaceStatus Status { get; set; }
    public DateOnly? RetiredOn { get; set; }
    public string? RetireReason { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public RoomResponse ToResponse() => new(Id, BuildingId, FloorId, Number, RoomType, Area.FromCenti(UsableAreaCenti), Capacity, Bookable,
        RequiresApproval, Status, RetiredOn, Version, CreatedAt, UpdatedAt);
}

/// <summary>A row of buildings_booking.</summary>
internal sealed class BookingRow
{
    public Guid Id { get; set; }
    public Guid RoomId { get; set; }
    public Guid OrganId { get; set; }
    public Guid? SeriesId { get; set; }
    public string Title { get; set; } = "";
    public int Attendees { get; set; }
    public BookingStatus Status { get; set; }
    public string? DecisionNote { get; set; }
    public long Version { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public BookingResponse ToResponse(IEnumerable<AddOnRow> addOns) => new(Id, RoomId, OrganId, SeriesId, Title, StartsAt, EndsAt, Attendees, Status,
        DecisionNote, addOns.Where(a => a.BookingId == Id).Select(a => new BookingAddOn(a.Kind, a.Quantity, a.Note)).ToList(), Version, CreatedAt, UpdatedAt);
}

/// <summary>A row of buildings_booking_addon.</summary>
internal sealed class AddOnRow
{
    public Guid Id { get; set; }
    public Guid BookingId { get; set; }
    public AddOnKind Kind { get; set; }
    public int Quantity { get; set; }
    public string? Note { get; set; }
}

internal sealed record BuildingFilter(SpaceStatus? Status, Ownership? Ownership, string? Search);

internal sealed record RoomFilter(Guid? BuildingId, Guid? FloorId, RoomType? Type, bool? Bookable, SpaceStatus? Status);

internal sealed record BookingFilter(Guid? RoomId, Guid? OrganId, BookingStatus? Status, DateTimeOffset? From, DateTimeOffset? To);
