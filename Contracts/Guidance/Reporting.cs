using System.Text.Json;
using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Contracts.Guidance;

/// <summary>The period a report type is collected for: Year 年报, Quarter 季报, Month 月报.</summary>
public enum ReportPeriodKind
{
    Year = 1,
    Quarter = 2,
    Month = 3,
}

/// <summary>
/// 报送状态 — Draft (opened, not yet sent) → Submitted → Returned (with comments) → Resubmitted → Accepted; a returned
/// submission may be returned again.
/// </summary>
public enum ReportSubmissionStatus
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
    Resubmitted = 4,
    Accepted = 5,
}

/// <summary>Defines a report type that lower-level bureaus fill in.</summary>
/// <param name="Code" example="energy-regional-summary">A stable code, lower-case letters, digits and hyphens, at most 60; the due-date rule is keyed by it.</param>
/// <param name="Name" example="区域公共机构能源资源消费汇总表">The name, at most 200 characters.</param>
/// <param name="Period">Year, Quarter or Month.</param>
/// <param name="FormSchema">The form's fields as a JSON Schema (an object schema; numeric properties are summed in the period summary). Only local references (<c>#/...</c>).</param>
/// <param name="Description">What it is for, or null.</param>
public sealed record CreateReportTypeRequest(string Code, string Name, ReportPeriodKind Period, JsonElement FormSchema, string? Description);

/// <summary>A report type.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Code">The stable code the due-date rule is keyed by.</param>
/// <param name="Name">The name.</param>
/// <param name="Period">Year, Quarter or Month.</param>
/// <param name="FormSchema">The form's JSON Schema.</param>
/// <param name="Description">What it is for, or null.</param>
/// <param name="CreatedAt">When it was defined.</param>
public sealed record ReportTypeResponse(Guid Id, string Code, string Name, ReportPeriodKind Period, JsonElement FormSchema, string? Description, DateTimeOffset CreatedAt);

/// <summary>A version of a report type's due-date rule: due N working days after the period's last day.</summary>
/// <param name="ReportTypeCode" example="energy-regional-summary">The report type's code.</param>
/// <param name="Jurisdiction" example="320100">Where it applies: <c>national</c> or a 6-digit division code.</param>
/// <param name="EffectiveFrom">The first day of the version (picked by the period's last day).</param>
/// <param name="WorkingDays" example="20">Working days after the period's last day (1–250), on the business calendar.</param>
/// <param name="Source" example="苏机管〔2026〕3号">Where the value comes from, at most 500 characters.</param>
/// <param name="Confidence" example="M">H, M or U.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateReportDueRuleRequest(
    string ReportTypeCode, string Jurisdiction, DateOnly EffectiveFrom, int WorkingDays, string Source, string Confidence, Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A version of a report type's due-date rule.</summary>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}).</param>
public sealed record ReportDueRuleResponse(
    Guid Id, string ReportTypeCode, string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo, int WorkingDays, string Source, string Confidence, Guid? DocumentId);

/// <summary>Opens a reporting cycle for one period of a report type, for a set of lower-level bureaus.</summary>
/// <param name="ReportTypeId">The report type.</param>
/// <param name="Year" example="2026">The period's year.</param>
/// <param name="Quarter">1–4 for a quarterly type, else null.</param>
/// <param name="Month">1–12 for a monthly type, else null.</param>
/// <param name="BureauIds">The organ-affairs bureaus that report (1–500, distinct, each an active bureau).</param>
public sealed record OpenReportCycleRequest(Guid ReportTypeId, int Year, int? Quarter, int? Month, IReadOnlyList<Guid> BureauIds);

/// <summary>A reporting cycle: one period of one report type, with its due date and the submissions the caller may see.</summary>
/// <param name="Id">Its id.</param>
/// <param name="ReportTypeId">The report type.</param>
/// <param name="ReportTypeCode">The report type's code.</param>
/// <param name="Period">Year, Quarter or Month.</param>
/// <param name="PeriodLabel" example="2026-Q1">2026, 2026-Q1 or 2026-03.</param>
/// <param name="PeriodStart">The period's first day.</param>
/// <param name="PeriodEnd">The period's last day.</param>
/// <param name="DueOn">The last business date a submission is on time.</param>
/// <param name="RuleVersionId">The due-date rule version applied.</param>
/// <param name="WorkingDays">Its working days after the period's end.</param>
/// <param name="OpenedAt">When the cycle was opened.</param>
/// <param name="Submissions">The submissions the caller may see.</param>
public sealed record ReportCycleResponse(
    Guid Id, Guid ReportTypeId, string ReportTypeCode, ReportPeriodKind Period, string PeriodLabel, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly DueOn,
    Guid RuleVersionId, int WorkingDays, DateTimeOffset OpenedAt, IReadOnlyList<ReportSubmissionResponse> Submissions);

/// <summary>One bureau's submission in a cycle.</summary>
/// <param name="Id">Its id.</param>
/// <param name="CycleId">The cycle.</param>
/// <param name="BureauId">The reporting bureau (an organ).</param>
/// <param name="DivisionCode">The bureau's division code when the cycle was opened.</param>
/// <param name="Status">Draft, Submitted, Returned, Resubmitted or Accepted.</param>
/// <param name="Data">The form's data, or null before the first save.</param>
/// <param name="Comments">The reviewer's comments of the last return, or null.</param>
/// <param name="DueOn">The cycle's due date.</param>
/// <param name="FirstSubmittedOn">The business date of the first submission, or null.</param>
/// <param name="SubmittedOn">The business date of the latest submission (a resubmission counts), or null.</param>
/// <param name="AcceptedOn">The business date it was accepted, or null.</param>
/// <param name="Late">The latest submission came after the due date.</param>
/// <param name="Overdue">Not submitted (Draft or Returned) and the business date today is after the due date.</param>
/// <param name="Version">The row version (ETag).</param>
public sealed record ReportSubmissionResponse(
    Guid Id, Guid CycleId, Guid BureauId, string DivisionCode, ReportSubmissionStatus Status, JsonElement? Data, string? Comments, DateOnly DueOn,
    DateOnly? FirstSubmittedOn, DateOnly? SubmittedOn, DateOnly? AcceptedOn, bool Late, bool Overdue, long Version);

/// <summary>Saves a draft or returned submission's form data (not checked against the schema until it is submitted).</summary>
/// <param name="Data">The form data, a JSON object.</param>
public sealed record SaveReportSubmissionRequest(JsonElement Data);

/// <summary>Returns a submission to its bureau for correction.</summary>
/// <param name="Comments" example="第3项数据与上年差异较大，请核实。">What to correct, 1–2000 characters.</param>
public sealed record ReturnReportSubmissionRequest(string Comments);

/// <summary>A numeric field's total over the accepted submissions.</summary>
public sealed record ReportSummaryField(string Field, decimal Total);

/// <summary>One accepted submission's numeric fields.</summary>
public sealed record ReportSummaryRow(Guid BureauId, string DivisionCode, IReadOnlyDictionary<string, decimal> Values);

/// <summary>
/// 区域综合表: the accepted submissions of a cycle that the caller may see, with each numeric field of the form summed.
/// </summary>
/// <param name="CycleId">The cycle.</param>
/// <param name="PeriodLabel">Its period.</param>
/// <param name="Expected">How many submissions the caller may see in the cycle.</param>
/// <param name="Accepted">How many of them are accepted (and summed).</param>
/// <param name="Totals">Per numeric field of the schema, in the schema's order, the sum.</param>
/// <param name="Rows">The accepted submissions, by division code.</param>
public sealed record ReportSummaryResponse(Guid CycleId, string PeriodLabel, int Expected, int Accepted, IReadOnlyList<ReportSummaryField> Totals, IReadOnlyList<ReportSummaryRow> Rows);
