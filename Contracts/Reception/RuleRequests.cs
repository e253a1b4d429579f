using OrganAffairs.Contracts.Common;
namespace OrganAffairs.Contracts.Reception;

/// <summary>
/// A new version of the dining rule (R2, R3): working meals and accompanying diners. Both are national ceilings: a
/// local version may only tighten them (fewer meals, fewer diners, more guests per diner).
/// </summary>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit GB/T 2260 division code.</param>
/// <param name="EffectiveFrom" example="2026-01-01">First day in force; a reception is judged by the version in force on its first day.</param>
/// <param name="MaxWorkingMeals" example="1">Working meals the host may provide per reception (0–10).</param>
/// <param name="SmallGroupUpTo" example="10">Guests up to this number (inclusive) form a small group (1–100).</param>
/// <param name="MaxDinersSmallGroup" example="3">Accompanying diners allowed for a small group (0–20).</param>
/// <param name="GuestsPerDiner" example="3">Above a small group, one accompanying diner per this many guests, rounded down (1–20).</param>
/// <param name="Source" example="党政机关国内公务接待管理规定（2013）第九条">The document the numbers come from.</param>
/// <param name="Confidence" example="High">How sure the values are.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateDiningRuleRequest(
    string Jurisdiction, DateOnly EffectiveFrom, int MaxWorkingMeals, int SmallGroupUpTo, int MaxDinersSmallGroup, int GuestsPerDiner,
    string Source, RuleConfidence Confidence, Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A version of the dining rule.</summary>
public sealed record DiningRuleResponse(
    Guid Id, string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo, int MaxWorkingMeals, int SmallGroupUpTo, int MaxDinersSmallGroup,
    int GuestsPerDiner, string Source, RuleConfidence Confidence, Guid? DocumentId);

/// <summary>A new version of a meal standard (R7): the most a meal may cost per person for guests of a rank.</summary>
/// <param name="Jurisdiction" example="350000">"national" or a 6-digit division code.</param>
/// <param name="Rank" example="Other">The guest rank it covers (the highest rank among a reception's guests picks it).</param>
/// <param name="Amount" example="150.00">The limit per person in CNY (2 decimals), inclusive.</param>
/// <param name="Unit" example="PerDay">Per person per meal or per person per day.</param>
/// <param name="EffectiveFrom" example="2026-01-01">First day in force.</param>
/// <param name="Source" example="福建省党政机关国内公务接待管理办法">The document the amount comes from.</param>
/// <param name="Confidence" example="Medium">How sure the value is.</param>
/// <param name="DocumentId">Id of the document in the rules register (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateMealStandardRequest(
    string Jurisdiction, GuestRank Rank, decimal Amount, MealStandardUnit Unit, DateOnly EffectiveFrom, string Source, RuleConfidence Confidence,
    Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A version of a meal standard.</summary>
public sealed record MealStandardResponse(
    Guid Id, string Jurisdiction, GuestRank Rank, decimal Amount, MealStandardUnit Unit, DateOnly EffectiveFrom, DateOnly? EffectiveTo,
    string Source, RuleConfidence Confidence, Guid? DocumentId);

/// <summary>A new version of the banned items (R4, R4b): what no plan or cost line may contain from its start.</summary>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit division code; a local version replaces the national list where it applies and must keep every item banned above it.</param>
/// <param name="Items">The banned items.</param>
/// <param name="EffectiveFrom" example="2025-05-02">First day in force.</param>
/// <param name="Source" example="党政机关厉行节约反对浪费条例（2025年修订）">The document.</param>
/// <param name="Confidence" example="High">How sure the list is.</param>
/// <param name="DocumentId">Id of the document in the rules register (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateBannedItemsRequest(
    string Jurisdiction, IReadOnlyList<ReceptionItem> Items, DateOnly EffectiveFrom, string Source, RuleConfidence Confidence, Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A version of the banned items.</summary>
public sealed record BannedItemsResponse(
    Guid Id, string Jurisdiction, IReadOnlyList<ReceptionItem> Items, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Source,
    RuleConfidence Confidence, Guid? DocumentId);

/// <summary>A new version of the same-city switch (R10): whether a reception of guests from the same city is allowed.</summary>
/// <param name="Jurisdiction" example="320100">"national" or a 6-digit division code.</param>
/// <param name="Allowed" example="false">Same-city reception allowed.</param>
/// <param name="EffectiveFrom" example="2025-07-01">First day in force.</param>
/// <param name="Source" example="某市关于取消同城公务接待的通知">The document.</param>
/// <param name="Confidence" example="High">How sure the value is.</param>
/// <param name="DocumentId">Id of the document in the rules register (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateSameCityRuleRequest(
    string Jurisdiction, bool Allowed, DateOnly EffectiveFrom, string Source, RuleConfidence Confidence, Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A version of the same-city switch.</summary>
public sealed record SameCityRuleResponse(
    Guid Id, string Jurisdiction, bool Allowed, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Source, RuleConfidence Confidence, Guid? DocumentId);
