using MediatR;
using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Contracts.Guidance;

/// <summary>
/// 制度类型 — Regulation 规章 (consulted ≥ 30 days, in force ≥ 30 days after publication, filed within 30 days),
/// NormativeDocument 行政规范性文件 (registered, numbered and published in one way; valid 5 years, 2 for a trial version),
/// InternalRule 内部制度, NationalStandard 国家标准, LocalStandard 地方标准, Notice 通知.
/// </summary>
public enum RuleDocumentType
{
    Regulation = 1,
    NormativeDocument = 2,
    InternalRule = 3,
    NationalStandard = 4,
    LocalStandard = 5,
    Notice = 6,
}

/// <summary>
/// 状态 — Draft → Consultation → Published → InForce → Expired / Repealed / Superseded. A document registered after the
/// fact is entered in the status it has, with the dates that status needs.
/// </summary>
public enum RuleDocumentStatus
{
    Draft = 1,
    Consultation = 2,
    Published = 3,
    InForce = 4,
    Expired = 5,
    Repealed = 6,
    Superseded = 7,
}

/// <summary>Registers a document in the rules and systems register (制度).</summary>
/// <param name="Title" example="党政机关办公用房管理办法">The title, at most 200 characters.</param>
/// <param name="DocumentNumber" example="中办发〔2017〕71号">The document number (文号), at most 100 characters; required from Published on.</param>
/// <param name="Issuer" example="中共中央办公厅 国务院办公厅">Who issued it, at most 200 characters.</param>
/// <param name="Type">The kind of document.</param>
/// <param name="Jurisdiction" example="national">Where it applies: <c>national</c> or a 6-digit division code.</param>
/// <param name="Status">Its status now.</param>
/// <param name="Trial">A trial version (试行): a normative document is then valid 2 years instead of 5.</param>
/// <param name="IssuedOn">The date it was signed, or null.</param>
/// <param name="PublishedOn">The date it was published; required from Published on.</param>
/// <param name="EffectiveOn">The date it takes effect; required from InForce on, not before publication.</param>
/// <param name="ExpiresOn">The last day it is valid, or null; after the effective date.</param>
/// <param name="RegistrationNumber" example="苏府规〔2026〕1号">The registration number of a normative document (登记号), or null.</param>
/// <param name="SourceUrl" example="https://www.gov.cn/zhengce/2017-12/04/content_5244466.htm">Where the text is published (http or https), or null.</param>
/// <param name="SupersedesId">The register document this one replaces, or null.</param>
public sealed record CreateRuleDocumentRequest(
    string Title,
    string? DocumentNumber,
    string Issuer,
    RuleDocumentType Type,
    string Jurisdiction,
    RuleDocumentStatus Status,
    bool Trial,
    DateOnly? IssuedOn,
    DateOnly? PublishedOn,
    DateOnly? EffectiveOn,
    DateOnly? ExpiresOn,
    string? RegistrationNumber,
    string? SourceUrl,
    Guid? SupersedesId);

/// <summary>A document of the rules and systems register.</summary>
/// <param name="Id">Its id: rule-table versions cite it as <c>documentId</c>.</param>
/// <param name="Title">The title.</param>
/// <param name="DocumentNumber">The document number (文号), or null.</param>
/// <param name="Issuer">Who issued it.</param>
/// <param name="Type">The kind of document.</param>
/// <param name="Jurisdiction"><c>national</c> or a 6-digit division code.</param>
/// <param name="Status">Its status.</param>
/// <param name="Trial">A trial version (试行).</param>
/// <param name="IssuedOn">Signed on, or null.</param>
/// <param name="PublishedOn">Published on, or null.</param>
/// <param name="EffectiveOn">Effective from, or null.</param>
/// <param name="ExpiresOn">The last day it is valid, or null.</param>
/// <param name="RegistrationNumber">The registration number, or null.</param>
/// <param name="SourceUrl">Where the text is published, or null.</param>
/// <param name="SupersedesId">The document it replaces, or null.</param>
/// <param name="SupersededById">The document that replaced it, or null.</param>
/// <param name="CreatedAt">When it was registered (UTC).</param>
/// <param name="ConsultationStartsOn">First day of the public consultation (征求意见), or null.</param>
/// <param name="ConsultationEndsOn">Last day of the public consultation, or null.</param>
/// <param name="DelayExemptReason">Why it took effect sooner than the timer rule's delay after publication, or null.</param>
/// <param name="FilingDueOn">The last day to file it (备案), from the timer rule at publication, or null.</param>
/// <param name="FiledOn">When it was filed, or null.</param>
/// <param name="FiledWith">Where it was filed, or null.</param>
/// <param name="EvaluationDueOn">The day its evaluation (评估) falls due before expiry, from the timer rule, or null.</param>
/// <param name="EvaluatedOn">When it was evaluated, or null.</param>
/// <param name="EvaluationOutcome">The evaluation's outcome, or null.</param>
/// <param name="RepealedOn">When it was repealed (废止), or null.</param>
/// <param name="RepealReason">Why, or null.</param>
/// <param name="SupersededOn">The day its successor takes effect, or null.</param>
/// <param name="Version">The version for If-Match (also the ETag of GET).</param>
public sealed record RuleDocumentResponse(
    Guid Id, string Title, string? DocumentNumber, string Issuer, RuleDocumentType Type, string Jurisdiction, RuleDocumentStatus Status, bool Trial,
    DateOnly? IssuedOn, DateOnly? PublishedOn, DateOnly? EffectiveOn, DateOnly? ExpiresOn, string? RegistrationNumber, string? SourceUrl,
    Guid? SupersedesId, Guid? SupersededById, DateTimeOffset CreatedAt,
    DateOnly? ConsultationStartsOn, DateOnly? ConsultationEndsOn, string? DelayExemptReason, DateOnly? FilingDueOn, DateOnly? FiledOn, string? FiledWith,
    DateOnly? EvaluationDueOn, DateOnly? EvaluatedOn, DocumentEvaluationOutcome? EvaluationOutcome, DateOnly? RepealedOn, string? RepealReason,
    DateOnly? SupersededOn, long Version);

/// <summary>评估结论 — the outcome of a document's evaluation before expiry: keep it (Continue), revise it, or let it lapse or repeal it.</summary>
public enum DocumentEvaluationOutcome
{
    Continue = 1,
    Revise = 2,
    Lapse = 3,
}

/// <summary>Opens the public consultation (征求意见) of a Draft.</summary>
/// <param name="StartsOn" example="2026-12-07">The first day of the consultation.</param>
/// <param name="EndsOn" example="2027-01-06">The last day; the window counts both ends and is at least the timer rule's minimum.</param>
public sealed record OpenDocumentConsultationRequest(DateOnly StartsOn, DateOnly EndsOn);

/// <summary>Publishes a Draft or a document whose consultation has ended (公布).</summary>
/// <param name="DocumentNumber" example="某管发〔2027〕1号">The document number (文号), at most 100 characters.</param>
/// <param name="PublishedOn" example="2027-01-10">The publication date: after the consultation's last day.</param>
/// <param name="EffectiveOn" example="2027-02-10">The effective date: at least the timer rule's delay after publication, unless exempt with a reason.</param>
/// <param name="ExpiresOn" example="2032-02-09">The last valid day, or null: then the timer rule's validity from the effective date (5 years, 2 for a trial version) when it has one.</param>
/// <param name="RegistrationNumber" example="某府规〔2027〕1号">The registration number (登记号), or null.</param>
/// <param name="DelayExemptReason" example="公布后不立即施行将有碍规章施行">Why it takes effect sooner than the rule's delay (e.g. 公布后不立即施行将有碍规章施行), or null; at most 500 characters.</param>
public sealed record PublishRuleDocumentRequest(
    string DocumentNumber, DateOnly PublishedOn, DateOnly EffectiveOn, DateOnly? ExpiresOn, string? RegistrationNumber, string? DelayExemptReason);

/// <summary>Records that a published document was filed (备案).</summary>
/// <param name="FiledOn" example="2027-01-20">When it was filed: not before publication.</param>
/// <param name="FiledWith" example="市人民政府">Where, at most 200 characters.</param>
public sealed record RecordDocumentFilingRequest(DateOnly FiledOn, string FiledWith);

/// <summary>Records the evaluation of a document before its expiry (评估).</summary>
/// <param name="EvaluatedOn">When it was evaluated: not before publication.</param>
/// <param name="Outcome">Continue, Revise or Lapse.</param>
public sealed record RecordDocumentEvaluationRequest(DateOnly EvaluatedOn, DocumentEvaluationOutcome Outcome);

/// <summary>Repeals a published document (废止).</summary>
/// <param name="RepealedOn">From when: not before publication.</param>
/// <param name="Reason" example="已被新规定替代">Why, at most 500 characters.</param>
public sealed record RepealRuleDocumentRequest(DateOnly RepealedOn, string Reason);

/// <summary>
/// A version of a document type's timers (制度时限规则): the public consultation's minimum in calendar or working days, the
/// minimum delay from publication to effect, the filing deadline after publication, the validity in years (trial versions
/// apart) and the evaluation reminder before expiry. A null member is no timer of that kind.
/// </summary>
/// <param name="Type">The document type the timers apply to.</param>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit division code.</param>
/// <param name="EffectiveFrom" example="2018-01-01">First day in force.</param>
/// <param name="ConsultationDays" example="30">Minimum consultation in calendar days, both ends counted, or null.</param>
/// <param name="ConsultationWorkingDays">Minimum consultation in working days of the business calendar, or null.</param>
/// <param name="MinDaysToEffect" example="30">The effective date is at least this many days after publication, or null.</param>
/// <param name="FilingDays" example="30">Filed within this many days after publication, or null.</param>
/// <param name="ValidityYears">Valid at most this many years from the effective date, or null.</param>
/// <param name="TrialValidityYears">The same for a trial version (试行), or null.</param>
/// <param name="EvaluationMonthsBeforeExpiry">The evaluation falls due this many months before expiry, or null.</param>
/// <param name="Source" example="规章制定程序条例（2017年修订）">The document the timers come from.</param>
/// <param name="Confidence" example="H">H, M or U.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateDocumentTimerRuleRequest(
    RuleDocumentType Type, string Jurisdiction, DateOnly EffectiveFrom, int? ConsultationDays, int? ConsultationWorkingDays, int? MinDaysToEffect,
    int? FilingDays, int? ValidityYears, int? TrialValidityYears, int? EvaluationMonthsBeforeExpiry, string Source, string Confidence, Guid? DocumentId = null)
    : ICitesRuleDocument;

/// <summary>A version of a document type's timers.</summary>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}).</param>
public sealed record DocumentTimerRuleResponse(
    Guid Id, RuleDocumentType Type, string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo, int? ConsultationDays, int? ConsultationWorkingDays,
    int? MinDaysToEffect, int? FilingDays, int? ValidityYears, int? TrialValidityYears, int? EvaluationMonthsBeforeExpiry, string Source, string Confidence,
    Guid? DocumentId);

/// <summary>What a reminder of the register is about.</summary>
public enum DocumentReminderKind
{
    ConsultationEnds = 1,
    FilingDue = 2,
    EvaluationDue = 3,
    Expires = 4,
    AcknowledgementDue = 5,
}

/// <summary>One thing of the register that falls due (or is overdue) by the horizon.</summary>
/// <param name="BureauId">For an acknowledgement: the bureau that owes it; otherwise null.</param>
/// <param name="Overdue">The due day has passed and it is not done.</param>
public sealed record DocumentReminder(
    Guid DocumentId, string Title, string? DocumentNumber, DocumentReminderKind Kind, DateOnly DueOn, bool Overdue, Guid? BureauId);

/// <summary>The register's reminders from today up to the horizon, overdue ones included, by due date.</summary>
public sealed record DocumentRemindersResponse(DateOnly Today, DateOnly Horizon, IReadOnlyList<DocumentReminder> Items);

/// <summary>Distributes a published document to lower-level bureaus (下发), each to acknowledge receipt by a date.</summary>
/// <param name="BureauIds">1–500 distinct organ-affairs bureaus.</param>
/// <param name="AcknowledgeBy" example="2027-01-31">The last day to acknowledge: not before today.</param>
public sealed record DistributeRuleDocumentRequest(IReadOnlyList<Guid> BureauIds, DateOnly AcknowledgeBy);

/// <summary>A document's distribution to one bureau.</summary>
/// <param name="AcknowledgedBy">The receiving bureau's staff member who acknowledged, or null.</param>
/// <param name="Overdue">Not acknowledged and the acknowledgement day has passed.</param>
public sealed record DocumentDistributionResponse(
    Guid DocumentId, Guid BureauId, DateOnly AcknowledgeBy, DateTimeOffset DistributedAt, DateTimeOffset? AcknowledgedAt, Guid? AcknowledgedBy, bool Overdue);

/// <summary>Cross-module query: whether the rules register holds a document with this id (a rule-table version may cite it).</summary>
public sealed record RuleDocumentExists(Guid DocumentId) : IRequest<bool>;

/// <summary>Acknowledges receipt of a distributed document (签收) for the receiving bureau.</summary>
/// <param name="StaffMemberId">The receiving bureau's active staff member who acknowledges.</param>
public sealed record AcknowledgeRuleDocumentRequest(Guid StaffMemberId);
