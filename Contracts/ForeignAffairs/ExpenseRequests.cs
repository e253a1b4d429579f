using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Contracts.ForeignAffairs;

/// <summary>
/// 出国费用类别 — InternationalTravel 国际旅费 (one member's ticket), Lodging 住宿费 (one member's nights in one country),
/// MealsAndIncidentals 伙食费和公杂费 (one member's days in one country, lump sums), Other 其他费用.
/// </summary>
public enum ExpenseCategory
{
    InternationalTravel = 1,
    Lodging = 2,
    MealsAndIncidentals = 3,
    Other = 4,
}

/// <summary>舱位等级 — Economy 经济舱, Business 公务舱, First 头等舱 (in this order: a higher value is a higher class).</summary>
public enum SeatClass
{
    Economy = 1,
    Business = 2,
    First = 3,
}

/// <summary>
/// 费用等级 — the grade of a traveller's rank that picks the seat class and the lodging limit: ProvincialMinisterial 省部级,
/// BureauDirector 司局级 (厅局级), Other 其他人员.
/// </summary>
public enum TravelGrade
{
    ProvincialMinisterial = 1,
    BureauDirector = 2,
    Other = 3,
}

/// <summary>Records an expense line of an approved visit (paid before, during or after the trip).</summary>
/// <param name="Category" example="Lodging">What the line pays for.</param>
/// <param name="MemberId">The member of the delegation the line is for: required for travel, lodging and meals and incidentals (the rank picks the limit); optional for Other.</param>
/// <param name="Amount" example="3600.00">The amount in CNY (yuan, at most 2 decimals, more than 0).</param>
/// <param name="PaidOn" example="2026-03-12">The business date of the payment: its year is the budget year.</param>
/// <param name="PaymentReference" example="GWK-2026-000123">The payment's reference (official card slip or transfer), at most 100 characters.</param>
/// <param name="SeatClass" example="Economy">The seat class of an international ticket (required for InternationalTravel).</param>
/// <param name="Country" example="FR">The country or region (ISO 3166-1 alpha-2) of a lodging or meals and incidentals line (required for those).</param>
/// <param name="Units" example="3">Nights of a lodging line or days of a meals and incidentals line (1–60; required for those). Days count the departure and arrival days.</param>
/// <param name="Note" example="巴黎，3晚">A note, at most 500 characters.</param>
public sealed record RecordExpenseRequest(
    ExpenseCategory Category, Guid? MemberId, decimal Amount, DateOnly PaidOn, string PaymentReference, SeatClass? SeatClass, string? Country, int? Units,
    string? Note);

/// <summary>Corrects an expense line: the new amount replaces the line's current one; the difference is recorded as its own line.</summary>
/// <param name="Amount" example="3400.00">The corrected amount of the line in CNY (0 cancels it).</param>
/// <param name="PaidOn" example="2026-03-20">The business date of the correction (a refund or a further payment).</param>
/// <param name="Reason" example="酒店退还多收房费">Why, 2–500 characters.</param>
public sealed record CorrectExpenseRequest(decimal Amount, DateOnly PaidOn, string Reason);

/// <summary>An expense line, or a correction of one (<c>CorrectsId</c> set, <c>Amount</c> the signed difference).</summary>
/// <param name="Limit">The limit the line was checked against (CNY), null when no rule applies (Other, or no limit in force).</param>
/// <param name="RuleVersionId">The rule version of that limit.</param>
/// <param name="CorrectsId">The line this one corrects.</param>
/// <param name="Current">For an original line, its amount with its corrections; null for a correction.</param>
public sealed record ExpenseLineResponse(
    Guid Id, Guid VisitId, ExpenseCategory Category, Guid? MemberId, decimal Amount, DateOnly PaidOn, string PaymentReference, SeatClass? SeatClass,
    string? Country, int? Units, string? Note, decimal? Limit, Guid? RuleVersionId, Guid? CorrectsId, string? Reason, decimal? Current, DateTimeOffset CreatedAt);

/// <summary>The actuals of one category.</summary>
public sealed record ExpenseCategoryTotal(ExpenseCategory Category, decimal Actual);

/// <summary>A visit's expenses against its budget (CNY).</summary>
/// <param name="Budget">The visit's budget, null when it has none.</param>
/// <param name="Actual">Every line and correction summed.</param>
/// <param name="Remaining">Budget minus actual (negative when over), null without a budget.</param>
/// <param name="OverBudget">True when the actuals exceed the budget.</param>
public sealed record VisitExpensesResponse(
    Guid VisitId, decimal? Budget, decimal Actual, decimal? Remaining, bool OverBudget, IReadOnlyList<ExpenseCategoryTotal> ByCategory,
    IReadOnlyList<ExpenseLineResponse> Lines);

/// <summary>Which ranks are of which grade and the seat class of each grade (F11), one version.</summary>
/// <param name="ProvincialMinisterial" example='["ProvincialPrincipal", "ProvincialDeputy"]'>Rank codes (Organs' rank table) of the provincial-ministerial grade.</param>
/// <param name="BureauDirector" example='["BureauPrincipal", "BureauDeputy"]'>Rank codes of the bureau-director grade; every other rank is Other.</param>
/// <param name="ProvincialMinisterialSeat" example="First">The highest seat class of the grade.</param>
/// <param name="BureauDirectorSeat" example="Business">The highest seat class of the grade.</param>
/// <param name="OtherSeat" example="Economy">The highest seat class of every other rank.</param>
public sealed record TravelClassesValue(
    IReadOnlyList<string> ProvincialMinisterial, IReadOnlyList<string> BureauDirector, SeatClass ProvincialMinisterialSeat, SeatClass BureauDirectorSeat,
    SeatClass OtherSeat);

/// <summary>Lodging limits abroad per person and night in one country, by grade (CNY).</summary>
/// <param name="ProvincialMinisterial" example="1500.00">Per night for the provincial-ministerial grade.</param>
/// <param name="BureauDirector" example="1200.00">Per night for the bureau-director grade.</param>
/// <param name="Other" example="900.00">Per night for every other rank.</param>
public sealed record LodgingLimitsValue(decimal ProvincialMinisterial, decimal BureauDirector, decimal Other);

/// <summary>The meals and incidentals lump sums per person and day in one country (CNY).</summary>
/// <param name="MealsPerDay" example="300.00">伙食费 per day.</param>
/// <param name="IncidentalsPerDay" example="150.00">公杂费 per day.</param>
public sealed record AllowancesValue(decimal MealsPerDay, decimal IncidentalsPerDay);

/// <summary>Adds a version of an expense rule of one country.</summary>
/// <param name="Country" example="FR">ISO 3166-1 alpha-2 code of the country or region.</param>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit GB/T 2260 division code.</param>
/// <param name="EffectiveFrom" example="2026-01-01">First day in force; the version it supersedes ends the day before.</param>
/// <param name="Source" example="财行〔2013〕516号 附件">The source document, at most 500 characters.</param>
/// <param name="Confidence" example="M">H, M or U.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateLodgingLimitsRequest(string Country, string Jurisdiction, DateOnly EffectiveFrom, LodgingLimitsValue Limits, string Source, string Confidence, Guid? DocumentId = null) : OrganAffairs.Contracts.Common.ICitesRuleDocument;

/// <summary>Adds a version of the meals and incidentals lump sums of one country.</summary>
/// <param name="Country" example="FR">ISO 3166-1 alpha-2 code of the country or region.</param>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit GB/T 2260 division code.</param>
/// <param name="EffectiveFrom" example="2026-01-01">First day in force; the version it supersedes ends the day before.</param>
/// <param name="Source" example="财行〔2013〕516号 附件">The source document, at most 500 characters.</param>
/// <param name="Confidence" example="M">H, M or U.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateAllowancesRequest(string Country, string Jurisdiction, DateOnly EffectiveFrom, AllowancesValue Allowances, string Source, string Confidence, Guid? DocumentId = null) : OrganAffairs.Contracts.Common.ICitesRuleDocument;

/// <summary>A version of an expense rule: travel classes (key "ranks"), lodging limits or allowances (key the country).</summary>
/// <param name="Kind" example="lodging">travel-classes, lodging or allowances.</param>
/// <param name="Key" example="FR">The country, or "ranks" for the travel classes.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}).</param>
public sealed record ExpenseRuleResponse(
    Guid Id, string Kind, string Key, string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo, TravelClassesValue? TravelClasses,
    LodgingLimitsValue? Lodging, AllowancesValue? Allowances, string Source, string Confidence, Guid? DocumentId);

/// <summary>
/// An outbound visit's expense was paid (因公出国（境）费, one of the 三公经费), published through the outbox in the transaction that
/// recorded it, in the shape of DESIGN's money decision (as <c>ReceptionCostRecorded</c>): the organ, the line, the amount in fen,
/// the business date of the payment (its year is the budget year) and the source id; a correction carries the event it corrects and
/// the signed difference. Counts of delegations and persons never ride on it: ask <see cref="GetOutboundVisitCountsQuery"/>.
/// </summary>
/// <param name="EventId">Unique per event (the expense line's id); handlers dedupe on it.</param>
/// <param name="OccurredAt">When it was recorded (UTC).</param>
/// <param name="OrganId">The sending organ whose budget pays.</param>
/// <param name="Line">The expense line: always <c>OutboundVisit</c> (因公出国（境）费).</param>
/// <param name="AmountFen">The amount in fen (for a correction, the signed difference as well).</param>
/// <param name="PaidOn">The business date of the payment.</param>
/// <param name="SourceId">The expense line's id in the ForeignAffairs module (a correction is a line of its own).</param>
/// <param name="VisitId">The visit the line belongs to.</param>
/// <param name="Category">The line's category.</param>
/// <param name="CorrectsEventId">For a correction, the event of the line it corrects; null otherwise.</param>
/// <param name="DifferenceFen">For a correction, the signed difference in fen; null otherwise.</param>
public sealed record OutboundVisitCostRecorded(
    Guid EventId, DateTimeOffset OccurredAt, Guid OrganId, string Line, long AmountFen, DateOnly PaidOn, Guid SourceId, Guid VisitId,
    ExpenseCategory Category, Guid? CorrectsEventId, long? DifferenceFen) : IIntegrationEvent
{
    /// <summary>The expense line of every outbound visit cost: 因公出国（境）费.</summary>
    public const string OutboundLine = "OutboundVisit";
}

/// <summary>
/// One cost of the module as the backfill query answers it: the fields of its event (<see cref="OutboundVisitCostRecorded"/> or
/// the incoming delegations' cost event); <c>EventId</c> is the source id.
/// </summary>
/// <param name="ParentId">The visit or the incoming delegation.</param>
public sealed record ForeignAffairsCostItem(
    Guid SourceId, Guid ParentId, Guid OrganId, string Line, long AmountFen, DateOnly PaidOn, Guid? CorrectsEventId, long? DifferenceFen);

/// <summary>A page of costs in source-id order; <paramref name="Next"/> is the cursor of the next page, null at the end.</summary>
public sealed record ForeignAffairsCostPage(IReadOnlyList<ForeignAffairsCostItem> Items, Guid? Next);

/// <summary>
/// Cross-module query for backfill and reconciliation (DESIGN, "New consumers of old events"): the outbound visits' expense lines
/// and corrections of <paramref name="Year"/> (every year when null) by payment date's year, keyed by source id, a page of at most
/// <paramref name="PageSize"/> (1–1000) after the source id <paramref name="After"/>. Answers every organ's costs to the system
/// principal; an ordinary principal only its visible organs'.
/// </summary>
public sealed record ListOutboundVisitCostsQuery(int? Year, Guid? After, int PageSize) : MediatR.IRequest<ForeignAffairsCostPage>;

/// <summary>Adds a version of the travel classes by rank.</summary>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit GB/T 2260 division code.</param>
/// <param name="EffectiveFrom" example="2027-01-01">First day in force; the version it supersedes ends the day before.</param>
/// <param name="Source" example="财行〔2013〕516号">The source document, at most 500 characters.</param>
/// <param name="Confidence" example="M">H, M or U.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateTravelClassesRequest(string Jurisdiction, DateOnly EffectiveFrom, TravelClassesValue TravelClasses, string Source, string Confidence, Guid? DocumentId = null) : OrganAffairs.Contracts.Common.ICitesRuleDocument;
