using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Buildings;

namespace OrganAffairs.Contracts.Logistics;

/// <summary>会议类别: the class of a meeting under the meeting-expense rules (一类 … 四类), which sets its caps.</summary>
public enum MeetingClass
{
    One = 1,
    Two = 2,
    Three = 3,
    Four = 4,
}

/// <summary>The status of a registered meeting.</summary>
public enum MeetingStatus
{
    Registered = 1,
    Cancelled = 2,
}

/// <summary>
/// Registers a meeting (会议): its class, attendees, days and budget are checked against the meeting-class rule in force for
/// the organ's division on the meeting's first day (attendees at most the class's cap; budget at most attendees × days × the
/// all-in daily cap per person) before anything is written, then its room is booked in Buildings in the same transaction.
/// </summary>
/// <param name="OrganId">The organising organ (主办单位); an ordinary organ registers only its own meetings.</param>
/// <param name="Title" example="全市机关事务工作会议">Title, at most 200 characters.</param>
/// <param name="Class" example="Three">One, Two, Three or Four.</param>
/// <param name="Attendees" example="80">Attendees (参会人数), 1–10000, at most the class's cap and the room's capacity.</param>
/// <param name="Days" example="1">Days of the meeting (会期), 1–30, for the budget check.</param>
/// <param name="Budget" example="44000.00">The meeting's all-in budget in CNY (2 decimals), at most attendees × days × the class's daily cap per person.</param>
/// <param name="RoomId">The meeting room: a bookable, active room of the bureau's buildings.</param>
/// <param name="StartsAt" example="2026-12-21T01:00:00Z">Start of the room booking (UTC instant on a whole minute); its business date picks the rule version.</param>
/// <param name="EndsAt" example="2026-12-21T09:00:00Z">End of the room booking, after the start, within 24 hours, on a whole minute.</param>
/// <param name="AddOns">Services to prepare (tea, catering, AV, setup), at most 10; passed on with the booking.</param>
public sealed record CreateMeetingRequest(
    Guid OrganId, string Title, MeetingClass Class, int Attendees, int Days, decimal Budget, Guid RoomId, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    IReadOnlyList<BookingAddOn>? AddOns);

/// <summary>A registered meeting and the checks it passed.</summary>
/// <param name="DailyCapPerPerson">The class's all-in daily cap per person in CNY applied at registration.</param>
/// <param name="MaxAttendees">The class's attendee cap applied, or null when the class has none.</param>
/// <param name="BudgetCap">Attendees × days × the daily cap per person, in CNY.</param>
/// <param name="RuleVersionId">The meeting-class rule version applied (GET /api/v1/logistics/rules/meeting-classes).</param>
/// <param name="BookingId">The room's booking in Buildings (GET /api/v1/buildings/bookings/{id}).</param>
/// <param name="Reason">Why it was cancelled, or null.</param>
/// <param name="SettledCost">The settled cost (结算) in CNY, or null while none is recorded (the Costs module then counts the budget).</param>
public sealed record MeetingResponse(
    Guid Id, Guid OrganId, string Title, MeetingClass Class, int Attendees, int Days, decimal Budget, decimal DailyCapPerPerson, int? MaxAttendees,
    decimal BudgetCap, Guid RuleVersionId, Guid RoomId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, Guid BookingId, MeetingStatus Status, string? Reason,
    long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, decimal? SettledCost = null);

/// <summary>Records a meeting's settled cost (会议费结算), If-Match required; a second settlement corrects the first.</summary>
/// <param name="Cost" example="26800.00">The settled all-in cost in CNY (2 decimals), at most the meeting's budget cap (attendees × days × the class's daily cap per person).</param>
public sealed record SettleMeetingRequest(decimal Cost);

/// <summary>Cancels a meeting.</summary>
/// <param name="Reason" example="会议取消">Why, at most 500 characters.</param>
public sealed record MeetingReasonRequest(string Reason);

/// <summary>
/// A new version of a meeting class's caps (会议费开支标准): the all-in daily cap per person (综合定额: lodging, meals, venue,
/// transport, other) and the attendee cap. Edits are new versions; the most specific version in force for the organ's
/// division on the meeting's first day applies.
/// </summary>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit GB/T 2260 division code.</param>
/// <param name="EffectiveFrom" example="2016-07-01">First day in force.</param>
/// <param name="Class" example="Three">The meeting class.</param>
/// <param name="DailyCapPerPerson" example="550.00">All-in daily cap per person in CNY (2 decimals), above 0.</param>
/// <param name="MaxAttendees" example="150">At most this many attendees (1–100000), or null for no cap.</param>
/// <param name="Source" example="财政部 国管局 中直管理局 财行〔2016〕214号">The document the caps come from.</param>
/// <param name="Confidence" example="M">H, M or U.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateMeetingClassRequest(
    string Jurisdiction, DateOnly EffectiveFrom, MeetingClass Class, decimal DailyCapPerPerson, int? MaxAttendees, string Source, string Confidence,
    Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A version of a meeting class's caps.</summary>
public sealed record MeetingClassResponse(
    Guid Id, string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo, MeetingClass Class, decimal DailyCapPerPerson, int? MaxAttendees,
    string Source, string Confidence, Guid? DocumentId);
