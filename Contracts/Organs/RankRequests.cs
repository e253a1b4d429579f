using OrganAffairs.Contracts.Common;
namespace OrganAffairs.Contracts.Organs;

/// <summary>A rank (职级) of one administrative level, one version of the rank rule table.</summary>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record RankResponse(
    Guid Id,
    string Jurisdiction,
    AdministrativeLevel Level,
    string Code,
    string NameZh,
    string NameEn,
    bool IsLeader,
    int SortOrder,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    string Source,
    Guid? DocumentId);

/// <summary>
/// A new version of a rank for a jurisdiction. The version it supersedes (same jurisdiction,
/// level and code) ends the day before <c>EffectiveFrom</c>.
/// </summary>
/// <param name="Jurisdiction" example="320000">"national" or a 6-digit GB/T 2260 code.</param>
/// <param name="Level" example="County">Administrative level the rank belongs to.</param>
/// <param name="Code" example="SectionDeputy">Stable rank code (letters and digits).</param>
/// <param name="NameZh" example="副科级">Chinese name.</param>
/// <param name="NameEn" example="Section deputy">English name.</param>
/// <param name="IsLeader" example="false">Whether holders are leaders (one office per leader).</param>
/// <param name="SortOrder" example="22">Order within the level, senior first.</param>
/// <param name="EffectiveFrom" example="2027-01-01">First day the version is in force.</param>
/// <param name="Source" example="苏机管〔2026〕7号">The document the rank comes from, e.g. 发改投资〔2014〕2674号.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateRankVersionRequest(
    string Jurisdiction,
    AdministrativeLevel Level,
    string Code,
    string NameZh,
    string NameEn,
    bool IsLeader,
    int SortOrder,
    DateOnly EffectiveFrom,
    string Source,
    Guid? DocumentId = null) : ICitesRuleDocument;
