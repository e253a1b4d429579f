namespace OrganAffairs.Contracts.Organs;

/// <summary>核定编制 — approved headcount for one rank.</summary>
/// <param name="RankCode" example="BureauDeputy">A rank code of the organ's administrative level (see GET /api/v1/organs/ranks).</param>
/// <param name="Approved" example="3">Approved number of posts (0–100000).</param>
public sealed record HeadcountItem(string RankCode, int Approved);

/// <summary>The fields a client sets when it registers an organ.</summary>
/// <param name="Name" example="南京市机关事务管理局">Full name in Chinese (机关名称), at most 200 characters.</param>
/// <param name="ShortName" example="市机关事务局">Short name (简称), at most 50 characters.</param>
/// <param name="DivisionCode" example="320100">GB/T 2260 administrative division code, 6 digits: the organ's jurisdiction.</param>
/// <param name="UnifiedSocialCreditCode" example="11320100MB1234567A">统一社会信用代码, 18 characters, GB 32100-2015.</param>
/// <param name="UsccCheckOverrideReason">Only for early pilot codes whose check character fails: why the code is accepted anyway (audited).</param>
/// <param name="Level" example="Municipal">Administrative level.</param>
/// <param name="Type" example="GovernmentDepartment">Organ type.</param>
/// <param name="ParentId">The superior organ, if any.</param>
/// <param name="Headcount">Approved headcount (编制) per rank.</param>
/// <param name="IsBureau" example="false">This organ is the organ-affairs bureau (机关事务管理局) of its division code: its principals see and act on the records of every organ in that jurisdiction. At most one active bureau per division code (409 organs.bureau-exists). Default false.</param>
public sealed record CreateOrganRequest(
    string Name,
    string? ShortName,
    string DivisionCode,
    string UnifiedSocialCreditCode,
    string? UsccCheckOverrideReason,
    AdministrativeLevel Level,
    OrganType Type,
    Guid? ParentId,
    IReadOnlyList<HeadcountItem>? Headcount,
    bool IsBureau = false);

/// <summary>The settable fields of an organ (PUT with If-Match). The credit code, status and ids are not settable here.</summary>
/// <param name="Name" example="南京市机关事务管理局">Full name in Chinese, at most 200 characters.</param>
/// <param name="ShortName" example="市机关事务局">Short name, at most 50 characters.</param>
/// <param name="DivisionCode" example="320102">GB/T 2260 division code, 6 digits.</param>
/// <param name="Level" example="Municipal">Administrative level.</param>
/// <param name="Type" example="GovernmentDepartment">Organ type.</param>
/// <param name="ParentId">The superior organ, or null for none.</param>
/// <param name="Headcount">Approved headcount per rank; replaces the whole list.</param>
/// <param name="IsBureau" example="false">Flags or unflags the organ as the organ-affairs bureau of its division code; omitted or null keeps the flag. Changing it is the top bureau's work (403 otherwise); a second active bureau of one division code is 409 organs.bureau-exists.</param>
public sealed record UpdateOrganRequest(
    string Name,
    string? ShortName,
    string DivisionCode,
    AdministrativeLevel Level,
    OrganType Type,
    Guid? ParentId,
    IReadOnlyList<HeadcountItem>? Headcount,
    bool? IsBureau = null);

/// <summary>
/// Dissolve (撤销) an organ: it stays in the directory with status Dissolved. While the organ still holds
/// staff, vehicles, drivers, allocations, assets or API keys, dissolving is refused (409
/// organs.organ-has-holdings, listing them) unless the request names a successor (划转: everything passes
/// to it) or asks the bureau to recover them (收回: staff leave the organs served, vehicles and drivers go
/// to the bureau, allocations are released, assets checked in). The organ's API keys are revoked either way.
/// </summary>
/// <param name="DissolvedOn" example="2026-12-31">Business date of dissolution (yyyy-MM-dd).</param>
/// <param name="Reason" example="市编委〔2026〕12号">Why, e.g. the approving document number; at most 500 characters.</param>
/// <param name="SuccessorOrganId">The organ that takes over the holdings (划转); an active organ other than this one.</param>
/// <param name="RecoverHoldings" example="false">True to have the bureau recover the holdings (收回); not together with a successor.</param>
public sealed record DissolveOrganRequest(DateOnly DissolvedOn, string Reason, Guid? SuccessorOrganId = null, bool RecoverHoldings = false);

/// <summary>An organ as the directory holds it.</summary>
/// <param name="IsBureau">The organ is the organ-affairs bureau of its division code: its principals see the records of every organ in that jurisdiction.</param>
public sealed record OrganResponse(
    Guid Id,
    string Name,
    string? ShortName,
    string DivisionCode,
    string UnifiedSocialCreditCode,
    bool UsccCheckOverridden,
    AdministrativeLevel Level,
    OrganType Type,
    Guid? ParentId,
    OrganStatus Status,
    DateOnly? DissolvedOn,
    bool IsBureau,
    IReadOnlyList<HeadcountItem> Headcount,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
