namespace OrganAffairs.Contracts.Buildings;

/// <summary>Allocate a room to an organ (配置), with its use agreement and certificate.</summary>
/// <param name="RoomId">An active room without an active allocation.</param>
/// <param name="OrganId">The organ that will use it.</param>
/// <param name="Route" example="Reallocation">Reallocation 调剂, Exchange 置换, Lease 租用 or Construction 建设.</param>
/// <param name="AgreementNumber" example="使用协议〔2026〕12号">Use agreement number (使用协议), required, at most 100 characters.</param>
/// <param name="CertificateNumber" example="分配凭证〔2026〕12号">Allocation certificate number (分配使用凭证), required, at most 100 characters.</param>
/// <param name="EffectiveFrom" example="2026-12-01">First business date of use.</param>
/// <param name="ExceptionApprovalReference" example="机关事务〔2027〕8号">Reference of the approval of an exception, at most 100 characters: without it an Office room that takes the organ's allocated office area above its approved area (核定面积) in force on effectiveFrom is refused (422 buildings.over-approved-area); with it the room is allocated, flagged overApprovedArea and a recovery case of the allocation is opened (OverApprovedArea, OverStandardRecovery deadline).</param>
public sealed record CreateAllocationRequest(
    Guid RoomId, Guid OrganId, AllocationRoute Route, string AgreementNumber, string CertificateNumber, DateOnly EffectiveFrom, string? ExceptionApprovalReference = null);

/// <summary>Release (收回) an allocation or an office; the record is kept.</summary>
/// <param name="ReleasedOn" example="2026-12-31">Business date of release, not before the start.</param>
/// <param name="Reason" example="调剂给其他单位">Why, at most 500 characters.</param>
public sealed record ReleaseRequest(DateOnly ReleasedOn, string Reason);

/// <summary>An allocation of a room to an organ.</summary>
/// <param name="OverApprovedArea">The allocation took the organ's office area above its approved area; kept only under the approved exception.</param>
/// <param name="ExceptionApprovalReference">Reference of the approved exception it was allocated under, or null.</param>
public sealed record AllocationResponse(
    Guid Id,
    Guid RoomId,
    Guid OrganId,
    AllocationRoute Route,
    string AgreementNumber,
    string CertificateNumber,
    DateOnly EffectiveFrom,
    DateOnly? ReleasedOn,
    string? ReleaseReason,
    HoldingStatus Status,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool OverApprovedArea,
    string? ExceptionApprovalReference);

/// <summary>Set an organ's approved office area (核定办公室面积) from a date: a new version.</summary>
/// <param name="OrganId">The organ.</param>
/// <param name="OfficeArea" example="480.00">Approved office area in m² (办公室用房), more than 0, 2 decimals.</param>
/// <param name="ApprovalReference" example="编办〔2026〕3号">The approval document, at most 200 characters.</param>
/// <param name="EffectiveFrom" example="2026-01-01">First business date it applies.</param>
public sealed record SetApprovedAreaRequest(Guid OrganId, decimal OfficeArea, string ApprovalReference, DateOnly EffectiveFrom);

/// <summary>One version of an organ's approved office area.</summary>
public sealed record ApprovedAreaResponse(Guid Id, Guid OrganId, decimal OfficeArea, string ApprovalReference, DateOnly EffectiveFrom, DateOnly? EffectiveTo);

/// <summary>Change a room's settable fields (PUT with If-Match). A change of type needs an approval reference.</summary>
/// <param name="Number" example="305">Room number, unique in the building.</param>
/// <param name="Type" example="Office">用房类型; changing it (改变用途) needs approvalReference.</param>
/// <param name="UsableArea" example="24.00">Usable area in m².</param>
/// <param name="Capacity" example="2">Seats.</param>
/// <param name="Bookable" example="false">Whether it is a bookable meeting room.</param>
/// <param name="RequiresApproval" example="false">Whether its bookings need approval.</param>
/// <param name="ApprovalReference" example="机关事务局〔2026〕5号">The approval of a change of use or type, at most 200 characters (audited).</param>
public sealed record UpdateRoomRequest(string Number, RoomType Type, decimal UsableArea, int Capacity, bool Bookable, bool RequiresApproval, string? ApprovalReference);

/// <summary>Allocated area of one room type.</summary>
public sealed record AreaByType(RoomType Type, decimal Area, int Rooms);

/// <summary>An organ's approved office area against what it holds, on a date. Above the approved area is an organ-level over-standard finding (超标).</summary>
public sealed record OrganAreaSummary(
    Guid OrganId,
    DateOnly On,
    decimal? ApprovedOfficeArea,
    string? ApprovalReference,
    decimal AllocatedOfficeArea,
    decimal OverBy,
    bool OverStandard,
    IReadOnlyList<AreaByType> AllocatedByType);
