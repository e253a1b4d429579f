using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Contracts.Costs;

/// <summary>
/// A new version of the disclosure deadline (T3): the calendar days after an approval within which a pack is published. The
/// Budget Law's 20 days are a national ceiling: a local version may only shorten them.
/// </summary>
/// <param name="Jurisdiction" example="320100">"national" or a 6-digit GB/T 2260 division code.</param>
/// <param name="Kind" example="Budget">The approval it follows: the budget's or the final accounts'.</param>
/// <param name="Days" example="15">Calendar days after the approval date (1–60); the pack is due on approval + days and overdue from the day after.</param>
/// <param name="EffectiveFrom" example="2027-01-01">First day in force; a pack is judged by the version in force on its approval date.</param>
/// <param name="Source" example="某市部门预决算公开实施办法">The document the number comes from.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateDisclosureDueRuleRequest(
    string Jurisdiction, DisclosureKind Kind, int Days, DateOnly EffectiveFrom, string Source, Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A version of the disclosure deadline.</summary>
public sealed record DisclosureDueRuleResponse(
    Guid Id, string Jurisdiction, DisclosureKind Kind, int Days, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Source, Guid? DocumentId);

/// <summary>
/// A new version of the change threshold (T4): a line whose change from the previous year's actuals passes it needs a written
/// reason before its pack is published. A local format: the most specific version applies.
/// </summary>
/// <param name="Jurisdiction" example="320100">"national" or a 6-digit division code.</param>
/// <param name="ThresholdPercent" example="10">The change, in percent of the previous year's actuals, beyond which a reason is needed (0–100, 2 decimals; compared exactly).</param>
/// <param name="EffectiveFrom" example="2027-01-01">First day in force; a pack is judged by the version in force on its approval date.</param>
/// <param name="Source" example="某市三公经费公开格式说明">The document the threshold comes from.</param>
/// <param name="DocumentId">Id of the document in the rules register (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateChangeReasonRuleRequest(
    string Jurisdiction, decimal ThresholdPercent, DateOnly EffectiveFrom, string Source, Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A version of the change threshold.</summary>
public sealed record ChangeReasonRuleResponse(
    Guid Id, string Jurisdiction, decimal ThresholdPercent, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Source, Guid? DocumentId);
