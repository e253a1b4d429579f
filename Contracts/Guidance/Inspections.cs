using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Violations;

namespace OrganAffairs.Contracts.Guidance;

/// <summary>An annual inspection plan's status: Draft, then Approved (campaigns run only under an approved plan).</summary>
public enum InspectionPlanStatus
{
    Draft = 1,
    Approved = 2,
}

/// <summary>A campaign's status: Planned (candidates recorded) → Drawn (双随机 draw made) → Published (results public to every guidance reader).</summary>
public enum CampaignStatus
{
    Planned = 1,
    Drawn = 2,
    Published = 3,
}

/// <summary>How serious a finding is; the rectification deadline is rule data by severity.</summary>
public enum FindingSeverity
{
    Minor = 1,
    Major = 2,
    Serious = 3,
}

/// <summary>整改状态 — Open (to rectify) → Reported (progress and evidence sent) → Closed (verified) or Returned (→ Reported again).</summary>
public enum FindingStatus
{
    Open = 1,
    Reported = 2,
    Returned = 3,
    Closed = 4,
}

/// <summary>Creates an annual inspection plan (Draft).</summary>
/// <param name="Year" example="2026">The plan's year, 2000–2100; one plan per year.</param>
/// <param name="Title" example="2026 年度公共机构节能监督检查计划">The title, at most 200 characters.</param>
/// <param name="Description">What it covers, or null (at most 2000 characters).</param>
public sealed record CreateInspectionPlanRequest(int Year, string Title, string? Description);

/// <summary>Approves a plan: who approved it (a staff member of the caller's jurisdiction) and the approval reference.</summary>
/// <param name="StaffMemberId">The person who approved it.</param>
/// <param name="Reference" example="局务会纪要〔2026〕3号">The approval document or minutes, at most 200 characters.</param>
public sealed record ApproveInspectionPlanRequest(Guid StaffMemberId, string Reference);

/// <summary>An annual inspection plan.</summary>
public sealed record InspectionPlanResponse(
    Guid Id, int Year, string Title, string? Description, InspectionPlanStatus Status, Guid? ApprovedBy, string? ApprovalReference, DateTimeOffset? ApprovedAt,
    DateTimeOffset CreatedAt, long Version);

/// <summary>One item of a checklist: what is checked and the rule (RULES.md id) it checks.</summary>
/// <param name="Code" example="energy-targets">The item's code, unique in its checklist.</param>
/// <param name="Title" example="年度节能目标和实施方案的制定、落实情况">What is checked.</param>
/// <param name="RuleId" example="E4">The rule the item checks (a RULES.md id).</param>
/// <param name="Source" example="公共机构节能条例 第三十五条">Where the item comes from, or null.</param>
public sealed record ChecklistItem(string Code, string Title, string RuleId, string? Source);

/// <summary>A seeded checklist template.</summary>
public sealed record ChecklistTemplateResponse(string Code, IReadOnlyList<ChecklistItem> Items);

/// <summary>Creates a campaign under an approved plan: its scope (candidate units and inspectors, the duties) and its checklist.</summary>
/// <param name="PlanId">The approved annual plan.</param>
/// <param name="Title" example="2026 年公共机构节能专项检查">The title, at most 200 characters.</param>
/// <param name="Duties">The duties inspected (1–9, distinct).</param>
/// <param name="UnitCandidateIds">The candidate units: lower-level bureaus or organs (1–500, distinct, each visible and active).</param>
/// <param name="InspectorCandidateIds">The candidate inspectors: staff members (1–200, distinct, each in the caller's jurisdiction).</param>
/// <param name="ChecklistTemplate" example="null">A seeded template's code (e.g. <c>energy-supervision</c>), or null when <c>Checklist</c> is given.</param>
/// <param name="Checklist">The checklist's items, or null to take the template's (1–50 items, distinct codes).</param>
public sealed record CreateCampaignRequest(
    Guid PlanId, string Title, IReadOnlyList<Duty> Duties, IReadOnlyList<Guid> UnitCandidateIds, IReadOnlyList<Guid> InspectorCandidateIds,
    string? ChecklistTemplate, IReadOnlyList<ChecklistItem>? Checklist);

/// <summary>Draws the inspected units and the inspectors (双随机): candidates ordered by SHA-256(seed ‖ id), the first N and M taken.</summary>
/// <param name="UnitCount" example="3">How many units to inspect (1 to the number of candidates).</param>
/// <param name="InspectorCount" example="2">How many inspectors (1 to the number of candidates).</param>
/// <param name="Seed" example="2026-energy-draw-01">The seed (8–128 printable ASCII characters), or null for 32 random bytes in hex; recorded either way.</param>
public sealed record DrawCampaignRequest(int UnitCount, int InspectorCount, string? Seed);

/// <summary>One candidate of a draw with its key and, once drawn, its place in the draw.</summary>
/// <param name="Id">The organ or staff member.</param>
/// <param name="DivisionCode">The unit's division code (null for an inspector).</param>
/// <param name="DrawKey">SHA-256(seed ‖ id) in lower-case hex, null before the draw.</param>
/// <param name="DrawnRank">1-based place among those drawn, or null when not drawn.</param>
public sealed record DrawCandidate(Guid Id, string? DivisionCode, string? DrawKey, int? DrawnRank);

/// <summary>A drawn unit's inspection results (shown to the bureau, and to every reader once published).</summary>
public sealed record CampaignUnitResult(Guid OrganId, string DivisionCode, int Findings, int OpenFindings, int OverdueFindings);

/// <summary>An inspection campaign. A lower-level bureau sees it when one of its units was drawn (only its own units) or once it is published.</summary>
public sealed record CampaignResponse(
    Guid Id, Guid PlanId, string Title, IReadOnlyList<Duty> Duties, IReadOnlyList<ChecklistItem> Checklist, CampaignStatus Status, string? Seed,
    int? UnitCount, int? InspectorCount, IReadOnlyList<DrawCandidate> Units, IReadOnlyList<DrawCandidate> Inspectors, IReadOnlyList<CampaignUnitResult> Results,
    DateTimeOffset CreatedAt, DateTimeOffset? DrawnAt, DateTimeOffset? PublishedAt, long Version);

/// <summary>A campaign in a list: what it is and where it stands, without its candidates and results (GET the campaign for those).</summary>
/// <param name="UnitCount">Units to draw, once drawn.</param>
/// <param name="InspectorCount">Inspectors to draw, once drawn.</param>
public sealed record CampaignSummaryResponse(
    Guid Id, Guid PlanId, string Title, IReadOnlyList<Duty> Duties, CampaignStatus Status, int? UnitCount, int? InspectorCount,
    DateTimeOffset CreatedAt, DateTimeOffset? DrawnAt, DateTimeOffset? PublishedAt, long Version);

/// <summary>Records a finding of a visit to a drawn unit.</summary>
/// <param name="OrganId">The inspected unit (one of the campaign's drawn units).</param>
/// <param name="ItemCode" example="metering">The checklist item.</param>
/// <param name="Severity">Minor, Major or Serious: picks the rectification deadline.</param>
/// <param name="RuleId" example="E7">The violated rule (a RULES.md id), or null for the item's rule.</param>
/// <param name="EvidenceReference" example="检查记录〔2026〕12号 第3页">The evidence, at most 500 characters.</param>
/// <param name="Description" example="未按用能系统分户计量">What was found, at most 2000 characters.</param>
/// <param name="VisitedOn">The business date of the visit (not after today).</param>
/// <param name="InspectorIds">Which drawn inspectors visited (1 or more, each drawn in this campaign).</param>
public sealed record RecordFindingRequest(
    Guid OrganId, string ItemCode, FindingSeverity Severity, string? RuleId, string EvidenceReference, string Description, DateOnly VisitedOn,
    IReadOnlyList<Guid> InspectorIds);

/// <summary>The inspected unit's rectification report: progress and evidence.</summary>
/// <param name="Progress" example="已完成分户计量改造">What was done, at most 2000 characters.</param>
/// <param name="EvidenceReference" example="整改报告〔2026〕5号">The evidence, at most 500 characters.</param>
public sealed record ReportRectificationRequest(string Progress, string EvidenceReference);

/// <summary>The reviewer's word on a rectification: verified (closes it) or returned with comments.</summary>
/// <param name="Comments" example="整改到位">Comments, at most 2000 characters.</param>
public sealed record ReviewRectificationRequest(string Comments);

/// <summary>The public notice (通报) of an overdue rectification.</summary>
/// <param name="NoticeText" example="关于某县机关事务管理局逾期未整改的通报">The notice's text, at most 4000 characters.</param>
public sealed record NotifyFindingRequest(string NoticeText);

/// <summary>A finding and its rectification.</summary>
/// <param name="DueOn">The last business date a rectification report is on time.</param>
/// <param name="Overdue">Not closed, no report pending review, and today is after <c>DueOn</c>.</param>
/// <param name="RectifiedOnTime">Closed with its accepted report on or before <c>DueOn</c>; null while open.</param>
public sealed record FindingResponse(
    Guid Id, Guid CampaignId, Guid OrganId, string DivisionCode, string ItemCode, FindingSeverity Severity, string RuleId, string EvidenceReference,
    string Description, DateOnly VisitedOn, IReadOnlyList<Guid> InspectorIds, DateOnly OpenedOn, DateOnly DueOn, Guid RuleVersionId, int WorkingDays,
    FindingStatus Status, string? Progress, string? RectificationEvidence, DateOnly? ReportedOn, string? ReviewComments, DateOnly? NotifiedOn,
    string? NoticeText, DateOnly? ClosedOn, bool Overdue, bool? RectifiedOnTime, long Version);

/// <summary>A version of the rectification deadline by severity: N working days after the finding is recorded.</summary>
/// <param name="Severity">Minor, Major or Serious.</param>
/// <param name="Jurisdiction" example="national">national or a 6-digit division code.</param>
/// <param name="EffectiveFrom">The first day of the version (picked by the finding's date).</param>
/// <param name="WorkingDays" example="30">Working days (1–250).</param>
/// <param name="Source">Where the value comes from, at most 500 characters.</param>
/// <param name="Confidence" example="M">H, M or U.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateRectificationDueRuleRequest(
    FindingSeverity Severity, string Jurisdiction, DateOnly EffectiveFrom, int WorkingDays, string Source, string Confidence, Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A version of the rectification deadline rule.</summary>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}).</param>
public sealed record RectificationDueRuleResponse(
    Guid Id, FindingSeverity Severity, string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo, int WorkingDays, string Source, string Confidence, Guid? DocumentId);

/// <summary>One lower-level bureau's place in a year's ranking (排名).</summary>
/// <param name="Rank">1-based: on-time reporting rate (descending), then open findings (ascending), then on-time rectification rate (descending).</param>
/// <param name="BureauId">The bureau.</param>
/// <param name="DivisionCode">Its division code.</param>
/// <param name="SubmissionsDue">Submissions due in the year whose deadline has passed or that were submitted.</param>
/// <param name="SubmissionsOnTime">Of those, submitted (latest submission) on or before the due date.</param>
/// <param name="OnTimeReportingRate">SubmissionsOnTime / SubmissionsDue, 0–1 with 4 decimals; 1 when nothing was due.</param>
/// <param name="Findings">Findings recorded in the year in its jurisdiction (assigned to the most specific bureau).</param>
/// <param name="OpenFindings">Of those, not yet verified.</param>
/// <param name="RectifiedOnTime">Of those, verified with a report on or before the deadline.</param>
/// <param name="RectificationOnTimeRate">RectifiedOnTime / verified, 0–1 with 4 decimals; 1 when none was verified.</param>
public sealed record BureauRankingRow(
    int Rank, Guid BureauId, string DivisionCode, int SubmissionsDue, int SubmissionsOnTime, decimal OnTimeReportingRate, int Findings, int OpenFindings,
    int RectifiedOnTime, decimal RectificationOnTimeRate);
