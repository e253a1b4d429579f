namespace OrganAffairs.Contracts.Buildings;

/// <summary>How a room held by an organ is used by someone else: Rent 出租, Lend 出借, OtherUnit 调整给其他单位使用. Each needs an approval.</summary>
public enum RoomUseKind
{
    Rent = 1,
    Lend = 2,
    OtherUnit = 3,
}

/// <summary>Record that a room allocated to an organ is rented out, lent, or used by another unit (B10).</summary>
/// <param name="RoomId">A room with an active allocation; the holder must be visible to the caller.</param>
/// <param name="Kind" example="Lend">Rent (出租), Lend (出借) or OtherUnit (调整给其他单位使用).</param>
/// <param name="UserName" example="市档案馆">Who uses it, at most 200 characters.</param>
/// <param name="StartsOn" example="2027-03-01">First business date of the use, not before the allocation's start.</param>
/// <param name="EndsOn" example="2027-06-30">Last business date, or null while open-ended; not before startsOn.</param>
/// <param name="ApprovalReference" example="机关事务〔2027〕5号">The approval, at most 100 characters: without it the use is refused (422 buildings.room-use-needs-approval).</param>
public sealed record CreateRoomUseRequest(Guid RoomId, RoomUseKind Kind, string UserName, DateOnly StartsOn, DateOnly? EndsOn, string? ApprovalReference);

/// <summary>A rent, loan or use by another unit of an allocated room, with its approval.</summary>
/// <param name="OrganId">The organ holding the room (its allocation's organ).</param>
public sealed record RoomUseResponse(
    Guid Id, Guid RoomId, Guid AllocationId, Guid OrganId, RoomUseKind Kind, string UserName, DateOnly StartsOn, DateOnly? EndsOn, string ApprovalReference,
    DateTimeOffset CreatedAt);
