namespace OrganAffairs.Contracts.Organs;

/// <summary>A rank (职级) of one administrative level, one version of the rank rule table.</summary>
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
    string Source);

/// <summary>
/// A new version of a rank for a jurisdiction. The version it supersedes (same jurisdiction,
/// level and code) ends the day before <c>EffectiveFrom</c>.
/// </summary>
/// <param name="Jurisdiction">"national" or a 6-digit GB/T 2260 code.</param>
/// <param name="Source">The document the rank comes from, e.g. 发改投资〔2014〕2674号.</param>
public sealed record CreateRankVersionRequest(
    string Jurisdiction,
    AdministrativeLevel Level,
    string Code,
    string NameZh,
    string NameEn,
    bool IsLeader,
    int SortOrder,
    DateOnly EffectiveFrom,
    string Source);
