namespace OrganAffairs.Contracts.ForeignAffairs;

/// <summary>One organ's outbound visits of a year against its annual plan (a row of the visits report).</summary>
/// <param name="OrganId">The sending organ.</param>
/// <param name="Year" example="2027">The year of departure.</param>
/// <param name="PlannedTrips" example="10">Delegations in the organ's plan; null without a plan.</param>
/// <param name="PlannedPersons" example="40">Persons in the plan; null without a plan.</param>
/// <param name="ApprovedTrips" example="3">Delegations approved against the plan (still counted after departure).</param>
/// <param name="ApprovedPersons" example="11">Persons approved against the plan.</param>
/// <param name="DepartedVisits" example="2">Delegations departing in the year that have departed (Travelling, Returned, Reported, Closed).</param>
/// <param name="Travellers" example="8">Their members counted per delegation (人次).</param>
/// <param name="DistinctTravellers" example="7">Distinct staff members among them (人数).</param>
/// <param name="TripsLeft" example="7">Planned minus approved delegations; null without a plan.</param>
/// <param name="PersonsLeft" example="29">Planned minus approved persons; null without a plan.</param>
public sealed record VisitsReportRow(
    Guid OrganId, int Year, int? PlannedTrips, int? PlannedPersons, int ApprovedTrips, int ApprovedPersons, int DepartedVisits, int Travellers,
    int DistinctTravellers, int? TripsLeft, int? PersonsLeft);

/// <summary>What is overdue in a row of the overdue report.</summary>
public enum OverdueItemKind
{
    /// <summary>A passport or permit not handed back by its due date (F10).</summary>
    Document,

    /// <summary>A post-trip report not recorded by its due date (F6).</summary>
    Report,
}

/// <summary>A travel document or a post-trip report overdue on the report's day.</summary>
/// <param name="Kind" example="Document">Document (F10) or Report (F6).</param>
/// <param name="VisitId">The visit.</param>
/// <param name="OrganId">The sending organ.</param>
/// <param name="MemberId">For a document: the member record.</param>
/// <param name="StaffMemberId">For a document: the staff member.</param>
/// <param name="PersonName">For a document: the person's name as recorded.</param>
/// <param name="DocumentKind">For a document: its kind when recorded.</param>
/// <param name="DocumentNumber" example="E1****678">For a document: always masked, null when not recorded.</param>
/// <param name="ReturnedOn" example="2027-03-05">The delegation's return.</param>
/// <param name="DueOn" example="2027-03-12">The due date under the rule in force on the return date.</param>
/// <param name="DaysOverdue" example="3">Days after the due date.</param>
/// <param name="LocksNewVisits" example="false">For a document: overdue beyond the lock, so the organ cannot submit new visits.</param>
public sealed record OverdueReportRow(
    OverdueItemKind Kind, Guid VisitId, Guid OrganId, Guid? MemberId, Guid? StaffMemberId, string? PersonName, TravelDocumentKind? DocumentKind,
    string? DocumentNumber, DateOnly ReturnedOn, DateOnly DueOn, int DaysOverdue, bool LocksNewVisits);

/// <summary>An incoming delegation of the year with its guests and costs.</summary>
/// <param name="DelegationId">The delegation.</param>
/// <param name="OrganId">The host organ.</param>
/// <param name="Title" example="巴黎市政府代表团">The delegation's title.</param>
/// <param name="Country" example="FR">ISO 3166-1 alpha-2 code.</param>
/// <param name="ArrivesOn" example="2027-05-10">Arrival.</param>
/// <param name="DepartsOn" example="2027-05-12">Departure.</param>
/// <param name="Guests" example="5">Number of guests.</param>
/// <param name="Costs" example="3">Cost lines recorded (corrections not counted; their differences are in <c>costYuan</c>).</param>
/// <param name="CostYuan" example="4200.00">Their total in yuan.</param>
public sealed record IncomingReportRow(
    Guid DelegationId, Guid OrganId, string Title, string Country, DateOnly ArrivesOn, DateOnly DepartsOn, int Guests, int Costs, decimal CostYuan);

/// <summary>An agreement in the agreements report, with its renewal reminder and next anniversary as of the report's day.</summary>
/// <param name="AgreementId">The agreement.</param>
/// <param name="OrganId">The keeping organ.</param>
/// <param name="PartnerCity" example="Nantes">The partner city.</param>
/// <param name="PartnerCountry" example="FR">ISO 3166-1 alpha-2 code.</param>
/// <param name="Type" example="SisterCity">LetterOfIntent, SisterCity or FriendlyExchangeCity.</param>
/// <param name="State" example="Signed">The approval-chain state.</param>
/// <param name="SignedOn" example="2017-06-01">Signing date, when signed.</param>
/// <param name="ExpiresOn" example="2027-06-01">Expiry, when one was given.</param>
/// <param name="Expiring" example="true">Signed and expiring between the report's day and withinDays later, both included.</param>
/// <param name="RenewalReminderOn" example="2027-03-03">The expiry minus the reminder days.</param>
/// <param name="NextAnniversaryOn" example="2027-06-01">The next 10-year anniversary of a signed agreement on or after the report's day.</param>
public sealed record AgreementReportRow(
    Guid AgreementId, Guid OrganId, string PartnerCity, string PartnerCountry, AgreementType Type, AgreementState State, DateOnly? SignedOn,
    DateOnly? ExpiresOn, bool Expiring, DateOnly? RenewalReminderOn, DateOnly? NextAnniversaryOn);
