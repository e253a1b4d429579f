namespace OrganAffairs.Contracts.Reception;

/// <summary>
/// A reception (公务接待) in Draft: the hosting organ, the letter, the dates, the activities, who handles it, the
/// budget and the plan. The plan is checked against the rule tables in force on <c>StartsOn</c>.
/// </summary>
/// <param name="OrganId">The hosting organ.</param>
/// <param name="LetterId">The official letter that funds it (of the same organ, not used by another reception); may be added before submission.</param>
/// <param name="Title" example="某省发改委调研重点项目接待">A short title, at most 200 characters.</param>
/// <param name="Activities">What the guests do (at least one).</param>
/// <param name="StartsOn" example="2026-03-10">First day (yyyy-MM-dd); picks the version of every reception rule.</param>
/// <param name="EndsOn" example="2026-03-11">Last day, not before the first, at most 30 days later.</param>
/// <param name="Place" example="市政府1号会议室">Where, at most 200 characters.</param>
/// <param name="HandlingDepartment" example="办公室">The handling department (承办部门), at most 100 characters.</param>
/// <param name="StaffMemberId">The person responsible (经办人), an active staff member the caller may see.</param>
/// <param name="Budget" example="1200.00">The approved budget in CNY (2 decimals); approval reserves it against the organ's annual cap.</param>
/// <param name="SameCity" example="false">The guests come from the same city (同城接待): refused where the local switch abolishes it.</param>
/// <param name="HostArrangesMeals" example="true">The host arranges meals (otherwise WorkingMeals and AccompanyingDiners are 0).</param>
/// <param name="WorkingMeals" example="1">Working meals the host provides (工作餐), at most the rule's maximum (1 nationally).</param>
/// <param name="AccompanyingDiners" example="3">Accompanying diners (陪餐人数): at most 3 when guests ≤ 10, otherwise at most ⌊guests/3⌋.</param>
/// <param name="MealStandardPerHead" example="100.00">The planned meal cost per person (per meal or per day, as the rule's unit says), at most the standard for the highest guest rank; null when no meals.</param>
/// <param name="Lodging" example="StandardRoom">Lodging arranged by the host: None, StandardRoom, or Suite (provincial-ministerial guests only).</param>
/// <param name="Items">What the plan provides; a banned item on StartsOn is refused (422 reception.banned-item) naming the rule and its source.</param>
public sealed record CreateReceptionRequest(
    Guid OrganId, Guid? LetterId, string Title, IReadOnlyList<ReceptionActivity> Activities, DateOnly StartsOn, DateOnly EndsOn, string Place,
    string HandlingDepartment, Guid StaffMemberId, decimal Budget, bool SameCity, bool HostArrangesMeals, int WorkingMeals, int AccompanyingDiners,
    decimal? MealStandardPerHead, LodgingStandard Lodging, IReadOnlyList<ReceptionItem> Items);

/// <summary>The settable fields of a Draft reception (PUT with If-Match); the organ does not change.</summary>
public sealed record UpdateReceptionRequest(
    Guid? LetterId, string Title, IReadOnlyList<ReceptionActivity> Activities, DateOnly StartsOn, DateOnly EndsOn, string Place,
    string HandlingDepartment, Guid StaffMemberId, decimal Budget, bool SameCity, bool HostArrangesMeals, int WorkingMeals, int AccompanyingDiners,
    decimal? MealStandardPerHead, LodgingStandard Lodging, IReadOnlyList<ReceptionItem> Items);

/// <summary>Rejects or cancels a reception.</summary>
/// <param name="Reason" example="来访取消">Why, at most 500 characters.</param>
public sealed record ReceptionReasonRequest(string Reason);

/// <summary>A reception, its plan, its status and its spending.</summary>
/// <param name="GuestCount">Guests on the letter (0 while no letter is attached).</param>
/// <param name="Actual">Spending recorded so far in CNY (cost lines other than guest fees).</param>
/// <param name="GuestFees">Fees collected from guests in CNY.</param>
/// <param name="Reason">Why it was rejected or cancelled, or null.</param>
/// <param name="TripId">The Vehicles trip request made for its transport (GET /api/v1/vehicles/trips/{id}), or null while none was requested.</param>
/// <param name="MeetingRoomBookingId">The Buildings meeting-room booking made for it (GET /api/v1/buildings/bookings/{id}), or null while none was made.</param>
public sealed record ReceptionResponse(
    Guid Id, Guid OrganId, Guid? LetterId, string Title, IReadOnlyList<ReceptionActivity> Activities, DateOnly StartsOn, DateOnly EndsOn, string Place,
    string HandlingDepartment, Guid StaffMemberId, decimal Budget, bool SameCity, bool HostArrangesMeals, int WorkingMeals, int AccompanyingDiners,
    int GuestCount, decimal? MealStandardPerHead, LodgingStandard Lodging, IReadOnlyList<ReceptionItem> Items, ReceptionStatus Status, string? Reason,
    decimal Actual, decimal GuestFees, Guid? TripId, Guid? MeetingRoomBookingId, long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>Records an actual cost line (实际费用) of an approved or completed reception.</summary>
/// <param name="Category" example="Meals">Meals, Lodging, Transport, Venue, Other, or a fee collected from guests (GuestMealFee, GuestTransportFee); Meeting and Training are refused (R9).</param>
/// <param name="Amount" example="360.00">Amount in CNY (2 decimals), above 0.</param>
/// <param name="PaymentMethod" example="OfficialCard">OfficialCard or BankTransfer; Cash is 422 reception.cash-payment (R6).</param>
/// <param name="ReceiptReference" example="发票 No.04512345">The receipt (invoice) or payment reference, at most 100 characters.</param>
/// <param name="IncurredOn" example="2026-03-10">The business date of the meal or service, within the reception's dates; picks the rule version.</param>
/// <param name="Persons" example="6">For Meals and Lodging: persons served (1–500).</param>
/// <param name="Units" example="1">For Meals: meals (per-meal standard) or days (per-day standard) covered, 1–60; for Lodging: nights.</param>
/// <param name="Items">What the line paid for; a banned item on IncurredOn is refused.</param>
/// <param name="OverStandardExplanation" example="省部级来宾，经分管领导批准">Why a line above its standard is needed (10–500 characters); without it such a line is 422 reception.over-standard.</param>
public sealed record RecordReceptionCostRequest(
    ReceptionCostCategory Category, decimal Amount, ReceptionPaymentMethod PaymentMethod, string ReceiptReference, DateOnly IncurredOn,
    int? Persons, int? Units, IReadOnlyList<ReceptionItem>? Items, string? OverStandardExplanation);

/// <summary>A cost line.</summary>
/// <param name="Standard">The limit the line was checked against in CNY (standard × persons × units), or null when no standard applies.</param>
/// <param name="OverStandard">The line is above its standard and carries an explanation.</param>
/// <param name="RuleVersionId">The meal-standard version applied, or null.</param>
/// <param name="ExplanationApprovedBy">The staff member who approved the over-standard explanation, or null while it is not approved (the line is then an open violation and the reception cannot settle).</param>
/// <param name="ExplanationApprovedAt">When the explanation was approved (UTC), or null.</param>
public sealed record CostLineResponse(
    Guid Id, Guid ReceptionId, ReceptionCostCategory Category, decimal Amount, ReceptionPaymentMethod PaymentMethod, string ReceiptReference,
    DateOnly IncurredOn, int? Persons, int? Units, IReadOnlyList<ReceptionItem> Items, decimal? Standard, bool OverStandard,
    string? OverStandardExplanation, Guid? RuleVersionId, Guid? ExplanationApprovedBy, DateTimeOffset? ExplanationApprovedAt, DateTimeOffset CreatedAt);

/// <summary>Approves the explanation of an over-standard cost line.</summary>
/// <param name="StaffMemberId">The person who approves (an active staff member the caller may see).</param>
public sealed record ApproveExplanationRequest(Guid StaffMemberId);

/// <summary>Sets an organ's annual reception spending cap (接待费总额控制) for a year.</summary>
/// <param name="Cap" example="200000.00">The cap in CNY (2 decimals); not below what is already reserved and spent.</param>
/// <param name="WarnPercent" example="80">The share of the cap (1–100 %) from which the answer warns.</param>
public sealed record SetCapRequest(decimal Cap, int WarnPercent);

/// <summary>An organ's reception cap for a year and its use.</summary>
/// <param name="Reserved">Budgets of approved receptions not yet settled, in CNY.</param>
/// <param name="Spent">Actual spending of settled receptions, in CNY.</param>
/// <param name="Remaining">Cap − reserved − spent.</param>
/// <param name="Warning">Reserved + spent has reached WarnPercent of the cap.</param>
public sealed record CapResponse(Guid OrganId, int Year, decimal Cap, decimal Reserved, decimal Spent, decimal Remaining, int WarnPercent, bool Warning, long Version);

/// <summary>One organ's receptions and their cost in a budget year (approved, held or settled receptions).</summary>
/// <param name="Receptions">Receptions whose first day is in the year.</param>
/// <param name="Guests">Their guests, as named on their letters.</param>
/// <param name="Budget">Their approved budgets in CNY.</param>
/// <param name="Actual">Their recorded spending in CNY.</param>
/// <param name="GuestFees">Fees collected from their guests in CNY.</param>
public sealed record ReceptionCostReportRow(Guid OrganId, int Year, int Receptions, int Guests, decimal Budget, decimal Actual, decimal GuestFees);

/// <summary>
/// Requests a vehicle for a reception's transport (接待用车): a Vehicles trip request (用车申请) for the hosting organ,
/// applied for by the handling department with the reception's title as purpose; the reception records the trip's id,
/// and cancelling the reception cancels the trip while it is pending.
/// </summary>
/// <param name="Passengers" example="4">Passengers, not counting the driver (1–79).</param>
/// <param name="Origin" example="高铁南站">Origin, at most 200 characters.</param>
/// <param name="Destination" example="市政府大楼">Destination, at most 200 characters.</param>
/// <param name="StartsAt" example="2026-12-20T01:00:00Z">Start of the time window (UTC instant); its business date is within the reception's dates.</param>
/// <param name="EndsAt" example="2026-12-20T03:00:00Z">End of the time window (UTC instant), after the start, at most 31 days later.</param>
public sealed record ReceptionTripRequest(int Passengers, string Origin, string Destination, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

/// <summary>
/// Books a meeting room for a reception (接待用会议室): a Buildings booking (预订会议室) for the hosting organ, titled with the
/// reception's title; the reception records the booking's id, and cancelling the reception cancels the booking while it holds
/// its slot.
/// </summary>
/// <param name="RoomId">A bookable, active room.</param>
/// <param name="StartsAt" example="2026-12-20T01:00:00Z">Start (UTC instant on a whole minute); its business date is within the reception's dates.</param>
/// <param name="EndsAt" example="2026-12-20T03:00:00Z">End, after the start, within 24 hours, on a whole minute.</param>
/// <param name="Attendees" example="8">Attendees, 1 to the room's capacity.</param>
/// <param name="AddOns">Services to prepare (tea, catering, AV, setup), at most 10.</param>
public sealed record ReceptionMeetingRoomRequest(
    Guid RoomId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Attendees, IReadOnlyList<OrganAffairs.Contracts.Buildings.BookingAddOn>? AddOns);
