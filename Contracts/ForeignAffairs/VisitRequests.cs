namespace OrganAffairs.Contracts.ForeignAffairs;

/// <summary>A member of the delegation.</summary>
/// <param name="StaffMemberId">The staff member (Organs): visible to the caller and active.</param>
/// <param name="Role" example="Leader">Leader, Member or Interpreter (the interpreter counts towards the size limit).</param>
/// <param name="Post" example="处长">Post and unit as written on the application, at most 100 characters.</param>
/// <param name="LeadershipTeam" example="false">The member sits on their own organ's leadership team (领导班子成员), as the client states it from the
/// member's post: members of one organ's leadership team travelling together are limited (F12, the limits' maxLeadershipMembers).</param>
public sealed record VisitMember(Guid StaffMemberId, MemberRole Role, string? Post, bool LeadershipTeam = false);

/// <summary>A leg of the itinerary (行程): one country or region, from the day of entry to the day of exit.</summary>
/// <param name="Country" example="FR">ISO 3166-1 alpha-2 code of the country or region (HK, MO and TW are regions).</param>
/// <param name="ArrivesOn" example="2027-03-02">Day of entry, within the visit's departure and return days.</param>
/// <param name="LeavesOn" example="2027-03-04">Day of exit, not before the day of entry.</param>
/// <param name="Transit" example="false">A transit stop (经停).</param>
/// <param name="AirsideOnly" example="false">For a transit: the travellers stay airside (do not pass the border), so the stop does not count as a country (F8). Only with transit.</param>
public sealed record ItineraryLeg(string Country, DateOnly ArrivesOn, DateOnly LeavesOn, bool Transit, bool AirsideOnly);

/// <summary>An activity of the schedule (日程).</summary>
/// <param name="On" example="2027-03-02">Its day, within the visit's departure and return days.</param>
/// <param name="Description" example="与巴黎市政府会谈">At most 500 characters.</param>
/// <param name="Official" example="true">An official activity (公务活动); official days must make at least ⅔ of the days abroad (F5).</param>
public sealed record ScheduledActivity(DateOnly On, string Description, bool Official);

/// <summary>The settable fields of an outbound visit (因公临时出国).</summary>
/// <param name="Purpose" example="考察城市公共机构节能管理">Purpose (出访任务), at most 1000 characters.</param>
/// <param name="InvitingParty" example="巴黎市政府">The inviting party (邀请方), at most 200 characters.</param>
/// <param name="InvitationReference" example="Invitation 2027/14">The invitation letter's reference, at most 200 characters.</param>
/// <param name="DelegationType" example="General">General or TeachingResearch.</param>
/// <param name="Justification" example="国际学术会议主旨报告">Needed for TeachingResearch (F7), at most 2000 characters.</param>
/// <param name="DepartsOn" example="2027-03-01">Day of leaving the country (border stamp); it counts as a day abroad.</param>
/// <param name="ReturnsOn" example="2027-03-05">Day of coming back (border stamp); it counts as a day abroad.</param>
/// <param name="Members">The delegation, 1–50 members, each staff member once.</param>
/// <param name="Itinerary">The legs, 1–20, at least one that is not a transit.</param>
/// <param name="Schedule">The activities, 0–200.</param>
/// <param name="FundingSource" example="部门预算公务出国经费">Funding source (经费来源), at most 200 characters.</param>
/// <param name="Budget" example="120000.00">The budget in CNY (2 decimals); a visit is submitted only with a budget above 0.</param>
public sealed record VisitFields(
    string Purpose, string? InvitingParty, string? InvitationReference, DelegationType DelegationType, string? Justification,
    DateOnly DepartsOn, DateOnly ReturnsOn, IReadOnlyList<VisitMember> Members, IReadOnlyList<ItineraryLeg> Itinerary,
    IReadOnlyList<ScheduledActivity> Schedule, string? FundingSource, decimal? Budget);

/// <summary>Creates an outbound visit as a draft.</summary>
/// <param name="OrganId">The organ sending the delegation (组团单位).</param>
/// <param name="Visit">The visit's fields.</param>
public sealed record CreateVisitRequest(Guid OrganId, VisitFields Visit);

/// <summary>Approves a submitted visit (任务批件).</summary>
/// <param name="ApprovalNumber" example="外任〔2027〕15号">The task approval number, at most 100 characters.</param>
/// <param name="ApprovedOn" example="2027-02-10">The approval date; it picks the rule version the visit keeps.</param>
public sealed record ApproveVisitRequest(string ApprovalNumber, DateOnly ApprovedOn);

/// <summary>A reason for rejecting a visit.</summary>
/// <param name="Reason" example="出访国家过多">At most 500 characters.</param>
public sealed record VisitReasonRequest(string Reason);

/// <summary>Records the delegation's return.</summary>
/// <param name="ReturnedOn" example="2027-03-05">Day of coming back (border stamp).</param>
public sealed record ReturnVisitRequest(DateOnly ReturnedOn);

/// <summary>Records the post-trip report (出访报告).</summary>
/// <param name="Summary" example="完成全部公务活动">At most 4000 characters.</param>
public sealed record ReportVisitRequest(string Summary);

/// <summary>How the visit measures against the limits in force (counts under F2, F3, F5).</summary>
/// <param name="DaysAbroad">Days from departure to return, both included.</param>
/// <param name="Countries">Countries or regions counted (transit counts unless airside only).</param>
/// <param name="OfficialDays">Days with at least one official activity.</param>
/// <param name="ExtraDayRegion">A counted leg is in Latin America or Africa (F4).</param>
public sealed record VisitMeasures(int DaysAbroad, int Countries, int OfficialDays, bool ExtraDayRegion);

/// <summary>A rule the visit breaks.</summary>
/// <param name="RuleId" example="F1">The rule (RULES.md).</param>
/// <param name="Code" example="foreign-affairs.delegation-too-large">The breach's code.</param>
/// <param name="Limit" example="6">The limit in force, if the rule has a number.</param>
/// <param name="Actual" example="7">The visit's value, if the rule has a number.</param>
/// <param name="StaffMemberIds">The staff members the breach names (F11's yearly trips, F12's leadership team), otherwise null.</param>
public sealed record VisitRuleBreach(string RuleId, string Code, int? Limit, int? Actual, IReadOnlyList<Guid>? StaffMemberIds = null);

/// <summary>An outbound visit.</summary>
/// <param name="RuleVersionId">The limits version in force on the approval date, kept by the approved visit.</param>
/// <param name="PublicationStartsOn">The first day of the pre-trip publication (公示, F9), or null when not published.</param>
public sealed record VisitResponse(
    Guid Id, Guid OrganId, VisitFields Visit, VisitStatus Status, VisitMeasures Measures, string? ApprovalNumber, DateOnly? ApprovedOn,
    Guid? RuleVersionId, string? Reason, DateOnly? ReturnedOn, string? ReportSummary, long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    DateOnly? PublicationStartsOn);

/// <summary>An organ's annual plan of outbound visits (年度因公出国计划), set by the bureau.</summary>
/// <param name="Trips" example="4">Delegations planned for the year (0–1000).</param>
/// <param name="Persons" example="18">Persons planned for the year (0–10000).</param>
public sealed record SetPlanRequest(int Trips, int Persons);

/// <summary>An organ's annual plan and what approvals have used of it (by the year of departure).</summary>
/// <param name="Trips">Planned delegations; null when the bureau has set no plan (no visit of that year can be approved).</param>
/// <param name="Persons">Planned persons; null when no plan is set.</param>
/// <param name="ApprovedTrips">Approved visits departing that year.</param>
/// <param name="ApprovedPersons">Their members.</param>
public sealed record PlanResponse(Guid OrganId, int Year, int? Trips, int? Persons, int ApprovedTrips, int ApprovedPersons);

/// <summary>Starts the pre-trip publication (公示) of a draft visit (F9).</summary>
/// <param name="StartsOn" example="2026-11-30">The first day of the publication, not after today.</param>
public sealed record PublishVisitRequest(DateOnly StartsOn);
