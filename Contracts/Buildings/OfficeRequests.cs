using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;

namespace OrganAffairs.Contracts.Buildings;

/// <summary>A version of the office-area standard for one rank (办公室使用面积标准, m² per person).</summary>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record OfficeStandardResponse(
    Guid Id, string Jurisdiction, AdministrativeLevel Level, string RankCode, decimal Area, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Source, Guid? DocumentId);

/// <summary>Add a version of the office-area standard; the version it supersedes ends the day before.</summary>
/// <param name="Jurisdiction" example="320000">"national" or a 6-digit GB/T 2260 division code.</param>
/// <param name="Level" example="Municipal">Administrative level.</param>
/// <param name="RankCode" example="BureauPrincipal">Rank code as in GET /api/v1/organs/ranks.</param>
/// <param name="Area" example="24.00">m² per person, more than 0, 2 decimals.</param>
/// <param name="EffectiveFrom" example="2027-01-01">First business date in force.</param>
/// <param name="Source" example="省办公用房管理实施细则（2027）">The document it comes from, at most 500 characters.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateOfficeStandardRequest(string Jurisdiction, AdministrativeLevel Level, string RankCode, decimal Area, DateOnly EffectiveFrom, string Source, Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>Assign an office (办公室) to a staff member.</summary>
/// <param name="RoomId">An active Office room whose active allocation is held by the member's organ (or, for a second office, by the organ of a concurrent post).</param>
/// <param name="StaffMemberId">An active staff member.</param>
/// <param name="StartedOn" example="2026-12-01">First business date of use.</param>
/// <param name="ExceptionApprovalReference" example="机关事务〔2027〕12号">Reference of the approval of an exception, at most 100 characters: without it a first office whose per-person share exceeds the standard is refused (422 buildings.over-standard); with it the office is assigned, flagged overStandard and a recovery case is opened (OverStandardRecovery deadline).</param>
/// <param name="ConcurrentPostRankCode" example="BureauPrincipal">Second office only, required there: the rank (as in GET /api/v1/organs/ranks, at the level of the concurrent post's organ) the concurrent post corresponds to; its standard is the area the office must stay below. At most 50 characters.</param>
/// <param name="SecondOfficeReason" example="兼职单位位于江北新区，距主要任职单位约 35 公里，每周到兼职单位工作 2 天">Second office only, required there: why the concurrent post's organ is far from the primary one and the person works there often. At most 500 characters.</param>
/// <param name="SecondOfficeApprovalReference" example="机关事务〔2027〕15号">Second office only, required there: the approval (经严格审批) of the second office. At most 100 characters.</param>
public sealed record CreateAssignmentRequest(
    Guid RoomId, Guid StaffMemberId, DateOnly StartedOn, string? ExceptionApprovalReference = null, string? ConcurrentPostRankCode = null,
    string? SecondOfficeReason = null, string? SecondOfficeApprovalReference = null);

/// <summary>An office used by a staff member.</summary>
/// <param name="OverStandard">The per-person share exceeded the standard when it was assigned; kept only under the approved exception.</param>
/// <param name="ExceptionApprovalReference">Reference of the approved exception it was assigned under, or null.</param>
/// <param name="ConcurrentPostRankCode">A second office: the rank of the concurrent post whose standard it is below; otherwise null.</param>
/// <param name="SecondOfficeReason">A second office: the recorded reason (the distance); otherwise null.</param>
/// <param name="SecondOfficeApprovalReference">A second office: its approval; otherwise null.</param>
public sealed record AssignmentResponse(
    Guid Id,
    Guid RoomId,
    Guid StaffMemberId,
    Guid OrganId,
    Guid AllocationId,
    bool IsSecondOffice,
    DateOnly StartedOn,
    DateOnly? ReleasedOn,
    string? ReleaseReason,
    HoldingStatus Status,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool OverStandard,
    string? ExceptionApprovalReference,
    string? ConcurrentPostRankCode,
    string? SecondOfficeReason,
    string? SecondOfficeApprovalReference);

/// <summary>
/// One person's office on a date against their entitlement: a shared office's area is split equally
/// among its occupants. A first office is over standard above the entitlement; a second office must be
/// smaller than it. ExceptionApprovalReference is the approved exception an over-standard office was assigned under.
/// </summary>
public sealed record StaffOfficeFinding(
    Guid StaffMemberId,
    string StaffName,
    Guid OrganId,
    AdministrativeLevel Level,
    string RankCode,
    Guid RoomId,
    Guid AssignmentId,
    bool IsSecondOffice,
    int Occupants,
    decimal OccupiedArea,
    decimal? EntitledArea,
    Guid? StandardVersionId,
    DateOnly? StandardEffectiveFrom,
    string? StandardSource,
    bool OverStandard,
    string? ExceptionApprovalReference);

/// <summary>A version of the office count rule (B3, B5): offices a person may hold in the organ of the primary post, and in all.</summary>
/// <param name="PrimaryOrganOffices">Offices in the organ of the primary post (national: 1).</param>
/// <param name="MaxOffices">Offices in all, the second only in a distant organ of a concurrent post (national: 2).</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record OfficeCountRuleResponse(
    Guid Id, string Jurisdiction, int PrimaryOrganOffices, int MaxOffices, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Source, Guid? DocumentId);

/// <summary>Add a version of the office count rule; the version it supersedes ends the day before. A national ceiling: a local version may only lower the counts.</summary>
/// <param name="Jurisdiction" example="320000">"national" or a 6-digit GB/T 2260 division code.</param>
/// <param name="PrimaryOrganOffices" example="1">Offices in the organ of the primary post, 1–1 nationally (a local version may not raise it).</param>
/// <param name="MaxOffices" example="1">Offices in all, at least primaryOrganOffices, at most 2 nationally (1: no second offices).</param>
/// <param name="EffectiveFrom" example="2027-01-01">First business date in force.</param>
/// <param name="Source" example="省党政机关办公用房管理实施办法（2027）">The document it comes from, at most 500 characters.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateOfficeCountRuleRequest(string Jurisdiction, int PrimaryOrganOffices, int MaxOffices, DateOnly EffectiveFrom, string Source, Guid? DocumentId = null) : ICitesRuleDocument;
