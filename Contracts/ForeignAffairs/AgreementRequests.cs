namespace OrganAffairs.Contracts.ForeignAffairs;

/// <summary>协议类型 — LetterOfIntent 意向书, SisterCity 友好城市, FriendlyExchangeCity 友好交流城市.</summary>
public enum AgreementType
{
    LetterOfIntent = 1,
    SisterCity = 2,
    FriendlyExchangeCity = 3,
}

/// <summary>
/// 审批进程 — Proposed 提议, Exchanges 交流往来, CityApplication 市政府申请, ProvincialReview 省级审核, NationalApproval 全国对外友协批准,
/// Signed 签署, Terminated 终止. A letter of intent goes Proposed → Signed; a friendly exchange city stops after the provincial review; a
/// sister city needs the national approval (友好城市工作管理规定, 2002).
/// </summary>
public enum AgreementState
{
    Proposed = 1,
    Exchanges = 2,
    CityApplication = 3,
    ProvincialReview = 4,
    NationalApproval = 5,
    Signed = 6,
    Terminated = 7,
}

/// <summary>Registers a partnership or agreement with a foreign city as Proposed.</summary>
/// <param name="OrganId">The organ that keeps the agreement (the city's foreign affairs office).</param>
/// <param name="PartnerCity" example="Lyon">The partner city, at most 200 characters.</param>
/// <param name="PartnerCountry" example="FR">The partner's country or region (ISO 3166-1 alpha-2).</param>
/// <param name="Type" example="SisterCity">The kind of relationship.</param>
/// <param name="Subject" example="经贸、文化、教育交流合作">What it covers, at most 500 characters.</param>
/// <param name="RenewalReminderDays" example="90">Days before the expiry when the renewal is due for attention (1–730; 90 when null).</param>
/// <param name="ProposedOn" example="2026-03-01">The day it was proposed (not after today; today when null).</param>
public sealed record CreateAgreementRequest(
    Guid OrganId, string PartnerCity, string PartnerCountry, AgreementType Type, string? Subject, int? RenewalReminderDays, DateOnly? ProposedOn);

/// <summary>Moves an agreement one step along its approval chain, or terminates it (If-Match required).</summary>
/// <param name="State" example="Signed">The next state of the type's chain, or Terminated.</param>
/// <param name="On" example="2026-09-15">The day of the step (signing date for Signed), not after today.</param>
/// <param name="ExpiresOn" example="2031-09-14">For Signed: the last day of the term, after the signing; null for no term.</param>
/// <param name="Note" example="全国对外友协批复〔2026〕12号">The step's reference or note, at most 500 characters.</param>
public sealed record AdvanceAgreementRequest(AgreementState State, DateOnly On, DateOnly? ExpiresOn, string? Note);

/// <summary>One step of an agreement's approval chain.</summary>
public sealed record AgreementStep(AgreementState State, DateOnly On, string? Note);

/// <summary>An agreement with its dates: the renewal reminder before the expiry and the next 10-year anniversary of the signing.</summary>
/// <param name="RenewalReminderOn">The expiry minus the reminder days; null without an expiry.</param>
/// <param name="NextAnniversaryOn">The next anniversary at a 10-year interval from the signing on or after today; null before signing.</param>
/// <param name="NextAnniversaryYears">Its number of years (10, 20, …).</param>
public sealed record AgreementResponse(
    Guid Id, Guid OrganId, string PartnerCity, string PartnerCountry, AgreementType Type, string? Subject, AgreementState State, IReadOnlyList<AgreementStep> Steps,
    DateOnly? SignedOn, DateOnly? ExpiresOn, int RenewalReminderDays, DateOnly? RenewalReminderOn, DateOnly? NextAnniversaryOn, int? NextAnniversaryYears,
    long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
