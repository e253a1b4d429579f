namespace OrganAffairs.Contracts.Buildings;

/// <summary>An office to be vacated by a due date (business date), opened from an Organs event.</summary>
public sealed record RecoveryCaseResponse(
    Guid Id,
    Guid AssignmentId,
    Guid StaffMemberId,
    Guid OrganId,
    Guid RoomId,
    RecoveryReason Reason,
    DateOnly EffectiveOn,
    DateOnly DueOn,
    Guid RuleId,
    RecoveryStatus Status,
    DateOnly? ClosedOn,
    bool Overdue,
    DateTimeOffset CreatedAt);

/// <summary>A version of a deadline rule (months).</summary>
public sealed record DeadlineRuleResponse(Guid Id, string Jurisdiction, string Code, int Months, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Source);

/// <summary>Add a version of a deadline rule; the version it supersedes ends the day before.</summary>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit division code.</param>
/// <param name="Code" example="OfficeRecovery">OfficeRecovery (transferred or retired staff) or SecondOfficeRecovery (a second office after the concurrent post ends).</param>
/// <param name="Months" example="1">Months allowed, 1–24.</param>
/// <param name="EffectiveFrom" example="2027-01-01">First business date in force.</param>
/// <param name="Source" example="党政机关办公用房管理办法（2017年）">The document, at most 500 characters.</param>
public sealed record CreateDeadlineRuleRequest(string Jurisdiction, string Code, int Months, DateOnly EffectiveFrom, string Source);
