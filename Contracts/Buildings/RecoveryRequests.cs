using OrganAffairs.Contracts.Common;
namespace OrganAffairs.Contracts.Buildings;

/// <summary>
/// Space to be vacated by a due date (business date): an office (opened from an Organs event, or by an over-standard office kept under an
/// approved exception), or a whole allocation that took its organ above the approved area (reason OverApprovedArea: no office, no staff member).
/// </summary>
/// <param name="AssignmentId">The office to vacate; null for an allocation's own case (OverApprovedArea).</param>
/// <param name="StaffMemberId">The office's holder; null for an allocation's own case.</param>
/// <param name="AllocationId">The allocation of the room (for an OverApprovedArea case, the allocation to recover).</param>
public sealed record RecoveryCaseResponse(
    Guid Id,
    Guid? AssignmentId,
    Guid? StaffMemberId,
    Guid OrganId,
    Guid RoomId,
    RecoveryReason Reason,
    DateOnly EffectiveOn,
    DateOnly DueOn,
    Guid RuleId,
    RecoveryStatus Status,
    DateOnly? ClosedOn,
    bool Overdue,
    DateTimeOffset CreatedAt,
    Guid AllocationId);

/// <summary>A version of a deadline rule (months).</summary>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record DeadlineRuleResponse(Guid Id, string Jurisdiction, DeadlineRuleCode Code, int Months, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Source, Guid? DocumentId);

/// <summary>Add a version of a deadline rule; the version it supersedes ends the day before.</summary>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit division code.</param>
/// <param name="Code" example="OfficeRecovery">OfficeRecovery (transferred or retired staff), SecondOfficeRecovery (a second office after the concurrent post ends), OverStandardRecovery (space over the standard kept under an approved exception), PublicationDue or FilingDue (the yearly 公示 / 备案, months after 31 December of the year).</param>
/// <param name="Months" example="1">Months allowed, 1–24.</param>
/// <param name="EffectiveFrom" example="2027-01-01">First business date in force.</param>
/// <param name="Source" example="党政机关办公用房管理办法（2017年）">The document, at most 500 characters.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateDeadlineRuleRequest(string Jurisdiction, DeadlineRuleCode Code, int Months, DateOnly EffectiveFrom, string Source, Guid? DocumentId = null) : ICitesRuleDocument;
