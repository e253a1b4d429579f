using MediatR;

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
public sealed record RuleDocumentResponse(
    Guid Id, string Title, string? DocumentNumber, string Issuer, RuleDocumentType Type, string Jurisdiction, RuleDocumentStatus Status, bool Trial,
    DateOnly? IssuedOn, DateOnly? PublishedOn, DateOnly? EffectiveOn, DateOnly? ExpiresOn, string? RegistrationNumber, string? SourceUrl,
    Guid? SupersedesId, Guid? SupersededById, DateTimeOffset CreatedAt);

/// <summary>Cross-module query: whether the rules register holds a document with this id (a rule-table version may cite it).</summary>
public sealed record RuleDocumentExists(Guid DocumentId) : IRequest<bool>;
