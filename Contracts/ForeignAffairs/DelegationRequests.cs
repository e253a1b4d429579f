using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Contracts.ForeignAffairs;

/// <summary>
/// 外宾接待费用类别 — Banquet 宴请, Buffet 自助餐, Cocktail 冷餐酒会, TeaParty 茶会 (per head), DailyMeals 日常伙食 (per guest and
/// day), Gift 礼品 (per guest), Lodging 住宿, Transport 交通, Other 其他.
/// </summary>
public enum DelegationCostCategory
{
    Banquet = 1,
    Buffet = 2,
    Cocktail = 3,
    TeaParty = 4,
    DailyMeals = 5,
    Gift = 6,
    Lodging = 7,
    Transport = 8,
    Other = 9,
}

/// <summary>支付方式 — OfficialCard 公务卡 or BankTransfer 银行转账; Cash 现金 is refused (FI1).</summary>
public enum DelegationPaymentMethod
{
    OfficialCard = 1,
    BankTransfer = 2,
    Cash = 3,
}

/// <summary>A foreign guest of an incoming delegation.</summary>
/// <param name="Name" example="Jean Dupont">Name, at most 100 characters.</param>
/// <param name="Post" example="Deputy Mayor">Post, at most 100 characters.</param>
/// <param name="Grade" example="BureauDirector">The guest's rank as an equivalent grade (picks the daily meals standard).</param>
/// <param name="DateOfBirth" example="1971-09-02">Optional date of birth (sensitive personal information: stored encrypted, answered masked); not after
/// today nor before 1900-01-01.</param>
public sealed record DelegationGuest(string Name, string Post, TravelGrade Grade, DateOnly? DateOfBirth = null);

/// <summary>A foreign guest of an incoming delegation as answered.</summary>
/// <param name="Name" example="Jean Dupont">Name.</param>
/// <param name="Post" example="Deputy Mayor">Post.</param>
/// <param name="Grade" example="BureauDirector">The guest's rank as an equivalent grade.</param>
/// <param name="DateOfBirth" example="19**-**-**">The date of birth (yyyy-MM-dd), masked to the first two digits of the year unless the caller holds
/// foreign-affairs.personal-data; null when not recorded.</param>
/// <param name="DateOfBirthMasked">True when <c>dateOfBirth</c> is masked.</param>
public sealed record DelegationGuestRecord(string Name, string Post, TravelGrade Grade, string? DateOfBirth, bool DateOfBirthMasked);

/// <summary>One item of the programme.</summary>
/// <param name="On" example="2026-06-02">The day, between arrival and departure.</param>
/// <param name="Description" example="会见市长，签署合作备忘录">What happens, at most 500 characters.</param>
public sealed record DelegationProgrammeItem(DateOnly On, string Description);

/// <summary>Registers an incoming foreign delegation (外宾来访) hosted by an organ.</summary>
/// <param name="OrganId">The hosting organ (it pays and sees the delegation).</param>
/// <param name="Title" example="法国里昂市代表团">The delegation's name, at most 200 characters.</param>
/// <param name="Country" example="FR">The guests' country or region (ISO 3166-1 alpha-2).</param>
/// <param name="HostGrade" example="BureauDirector">The grade of the host's highest leader at the banquet: picks the banquet standard.</param>
/// <param name="ArrivesOn" example="2026-06-01">First day of the stay.</param>
/// <param name="DepartsOn" example="2026-06-03">Last day of the stay (not before the arrival, at most 60 days).</param>
/// <param name="Guests">The guests (1–200).</param>
/// <param name="Programme">The programme (0–100 items), each day within the stay.</param>
public sealed record CreateDelegationRequest(
    Guid OrganId, string Title, string Country, TravelGrade HostGrade, DateOnly ArrivesOn, DateOnly DepartsOn, IReadOnlyList<DelegationGuest> Guests,
    IReadOnlyList<DelegationProgrammeItem> Programme);

/// <summary>Records a cost of an incoming delegation.</summary>
/// <param name="Category" example="Banquet">What the cost pays for.</param>
/// <param name="Amount" example="2400.00">CNY, more than 0, at most 2 decimals.</param>
/// <param name="PaidOn" example="2026-06-02">The business date of the payment (its year is the budget year).</param>
/// <param name="PaymentMethod" example="OfficialCard">Official card or bank transfer; cash is 422.</param>
/// <param name="PaymentReference" example="GWK-2026-0456">Payment reference, at most 100 characters.</param>
/// <param name="Persons" example="8">Heads served (guests and accompanying; banquets, buffets, cocktails, tea parties), or guests (daily meals, gifts): required for those, 1–500.</param>
/// <param name="Accompanying" example="2">Accompanying hosts at a banquet, buffet, cocktail or tea party (checked against the ratio when one is in force), 0–500.</param>
/// <param name="Days" example="2">Days of a daily meals line (1–60), within the stay.</param>
public sealed record RecordDelegationCostRequest(
    DelegationCostCategory Category, decimal Amount, DateOnly PaidOn, DelegationPaymentMethod PaymentMethod, string PaymentReference, int? Persons, int? Accompanying,
    int? Days);

/// <summary>
/// A cost of an incoming delegation, with the limit it was checked against (null when none is in force), or a correction of one
/// (<c>CorrectsId</c> set, <c>Amount</c> the signed difference).
/// </summary>
/// <param name="CorrectsId">The cost this correction corrects; null for an original cost.</param>
/// <param name="Reason" example="酒店退还多收餐费">Why the cost was corrected; null for an original cost.</param>
/// <param name="Current" example="2400.00">For an original cost, its amount with its corrections (CNY); null for a correction.</param>
public sealed record DelegationCostResponse(
    Guid Id, Guid DelegationId, DelegationCostCategory Category, decimal Amount, DateOnly PaidOn, DelegationPaymentMethod PaymentMethod, string PaymentReference,
    int? Persons, int? Accompanying, int? Days, decimal? Limit, Guid? RuleVersionId, DateTimeOffset CreatedAt, Guid? CorrectsId, string? Reason, decimal? Current);

/// <summary>Corrects a cost of an incoming delegation: the new amount replaces the cost's current one; the difference is recorded as its own line.</summary>
/// <param name="Amount" example="2150.00">The corrected amount of the cost in CNY, 0 (cancelled) to 100 million, at most 2 decimals.</param>
/// <param name="PaidOn" example="2027-04-20">The business date of the correction (a refund or a further payment); it decides the year on the 三公经费.</param>
/// <param name="Reason" example="酒店退还多收餐费">Why, 2–500 characters.</param>
public sealed record CorrectDelegationCostRequest(decimal Amount, DateOnly PaidOn, string Reason);

/// <summary>An incoming delegation with its costs.</summary>
/// <param name="Banquets">Banquets held: banquet lines not corrected to zero (at most the standard's number per stay).</param>
/// <param name="Cost">Every cost and correction summed (CNY).</param>
public sealed record DelegationResponse(
    Guid Id, Guid OrganId, string Title, string Country, TravelGrade HostGrade, DateOnly ArrivesOn, DateOnly DepartsOn, IReadOnlyList<DelegationGuestRecord> Guests,
    IReadOnlyList<DelegationProgrammeItem> Programme, int Banquets, decimal Cost, IReadOnlyList<DelegationCostResponse> Costs, DateTimeOffset CreatedAt);

/// <summary>
/// The standards of receiving foreign guests (FI1), one version (CNY). A null value sets no limit (DOMAIN.md gives none for gifts and
/// the accompanying ratio, and none for the daily meals of guests below the two highest grades).
/// </summary>
/// <param name="MaxBanquets" example="2">Banquets per stay.</param>
/// <param name="BanquetPerHeadProvincialMinisterial" example="400">Per head when the host is of the provincial-ministerial grade.</param>
/// <param name="BanquetPerHeadOther" example="300">Per head for any other host.</param>
/// <param name="BuffetPerHead" example="150">Per head.</param>
/// <param name="CocktailPerHead" example="100">Per head.</param>
/// <param name="TeaPartyPerHead" example="60">Per head.</param>
/// <param name="DailyMealsProvincialMinisterial" example="600">Per guest and day when the highest guest is of the provincial-ministerial grade.</param>
/// <param name="DailyMealsBureauDirector" example="550">Per guest and day when the highest guest is of the bureau-director grade.</param>
/// <param name="DailyMealsOther">Per guest and day otherwise (none seeded).</param>
/// <param name="GiftPerGuest">Per guest (none seeded).</param>
/// <param name="AccompanyingPerGuests">Accompanying hosts allowed per guest at a meal, as at most this many per 10 guests (none seeded).</param>
public sealed record DelegationStandardsValue(
    int MaxBanquets, decimal BanquetPerHeadProvincialMinisterial, decimal BanquetPerHeadOther, decimal BuffetPerHead, decimal CocktailPerHead, decimal TeaPartyPerHead,
    decimal? DailyMealsProvincialMinisterial, decimal? DailyMealsBureauDirector, decimal? DailyMealsOther, decimal? GiftPerGuest, int? AccompanyingPerGuests);

/// <summary>Adds a version of the standards of receiving foreign guests.</summary>
/// <param name="Jurisdiction" example="320000">"national" or a 6-digit GB/T 2260 division code.</param>
/// <param name="EffectiveFrom" example="2027-01-01">First day in force; the version it supersedes ends the day before.</param>
/// <param name="Source" example="苏财行〔2014〕1号">The source document, at most 500 characters.</param>
/// <param name="Confidence" example="M">H, M or U.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateDelegationStandardsRequest(string Jurisdiction, DateOnly EffectiveFrom, DelegationStandardsValue Standards, string Source, string Confidence, Guid? DocumentId = null) : OrganAffairs.Contracts.Common.ICitesRuleDocument;

/// <summary>A version of the standards of receiving foreign guests.</summary>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}).</param>
public sealed record DelegationStandardsResponse(
    Guid Id, string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo, DelegationStandardsValue Standards, string Source, string Confidence, Guid? DocumentId);

/// <summary>
/// A cost of receiving foreign guests was paid: it counts on the <b>Reception</b> line of the 三公经费 (公务接待费 includes foreign
/// guests), published through the outbox in the shape of <c>ReceptionCostRecorded</c> (organ, line, fen, business date, source id,
/// corrections as signed differences). Counts of delegations and guests never ride on it.
/// </summary>
/// <param name="EventId">Unique per event (the cost's id).</param>
/// <param name="OccurredAt">When it was recorded (UTC).</param>
/// <param name="OrganId">The hosting organ whose budget pays.</param>
/// <param name="Line">Always <c>Reception</c>.</param>
/// <param name="AmountFen">The amount in fen.</param>
/// <param name="PaidOn">The business date of the payment.</param>
/// <param name="SourceId">The cost's id in the ForeignAffairs module.</param>
/// <param name="DelegationId">The incoming delegation.</param>
/// <param name="Category">The cost's category.</param>
/// <param name="CorrectsEventId">For a correction, the event of the cost it corrects (that cost's id); null otherwise.</param>
/// <param name="DifferenceFen">For a correction, the signed difference in fen; null otherwise.</param>
public sealed record IncomingDelegationCostRecorded(
    Guid EventId, DateTimeOffset OccurredAt, Guid OrganId, string Line, long AmountFen, DateOnly PaidOn, Guid SourceId, Guid DelegationId,
    DelegationCostCategory Category, Guid? CorrectsEventId, long? DifferenceFen) : IIntegrationEvent
{
    /// <summary>The expense line of every incoming delegation cost: 公务接待费.</summary>
    public const string ReceptionLine = "Reception";
}

/// <summary>
/// Cross-module query for backfill and reconciliation: the incoming delegations' costs of <paramref name="Year"/> (every year when
/// null), keyed by source id, a page of at most <paramref name="PageSize"/> (1–1000) after <paramref name="After"/>; every organ's
/// to the system principal, an ordinary principal only its visible organs'.
/// </summary>
public sealed record ListIncomingDelegationCostsQuery(int? Year, Guid? After, int PageSize) : MediatR.IRequest<ForeignAffairsCostPage>;
