namespace OrganAffairs.Contracts.Buildings;

/// <summary>The yearly obligations of an organ using office space (B9): the internal publication of room use (公示) and the filing of leaders' offices (备案).</summary>
public enum AnnualObligation
{
    Publication = 1,
    Filing = 2,
}

/// <summary>Where an organ stands on a yearly obligation: Pending (not yet due), Submitted, SubmittedLate, or Late (due date passed, not submitted).</summary>
public enum SubmissionStatus
{
    Pending = 1,
    Submitted = 2,
    SubmittedLate = 3,
    Late = 4,
}

/// <summary>Record that an organ published its room use (公示) or filed its leaders' offices (备案) for a year; the business date is today.</summary>
/// <param name="OrganId">The organ; an ordinary organ records its own.</param>
/// <param name="Year" example="2026">The year reported on, 2000 to the current year.</param>
/// <param name="Kind" example="Filing">Publication (公示) or Filing (备案).</param>
/// <param name="Reference" example="机关事务〔2027〕备 3 号">The document or filing number, at most 100 characters.</param>
public sealed record SubmitAnnualReportRequest(Guid OrganId, int Year, AnnualObligation Kind, string Reference);

/// <summary>An organ's yearly obligation: its due date (rule data) and its submission, if any.</summary>
/// <param name="DueOn">The due date: the months of the PublicationDue / FilingDue deadline rule after 31 December of the year.</param>
/// <param name="DueRuleId">The deadline rule version that set the due date.</param>
/// <param name="SubmissionId">The submission, or null while none.</param>
/// <param name="SubmittedOn">The business date it was recorded, or null.</param>
/// <param name="Reference">The document or filing number, or null.</param>
public sealed record AnnualSubmissionResponse(
    Guid OrganId, int Year, AnnualObligation Kind, DateOnly DueOn, Guid DueRuleId, SubmissionStatus Status, Guid? SubmissionId, DateOnly? SubmittedOn, string? Reference);
