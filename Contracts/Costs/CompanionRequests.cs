namespace OrganAffairs.Contracts.Costs;

/// <summary>An organ's training costs (培训费) of a year, entered for the disclosure's companion table (If-Match on its version; "0" before the first entry).</summary>
/// <param name="Amount" example="32000.00">Training costs paid in the year, CNY, 0–100 million, at most 2 decimals.</param>
/// <param name="Courses" example="4">Training courses held (培训班次), 0–10,000.</param>
/// <param name="Trainees" example="180">Trainees (培训人次), each course's trainees counted in full, 0–1,000,000.</param>
/// <param name="Note" example="年度业务培训">An optional note, at most 500 characters (audited).</param>
public sealed record TrainingCostRequest(decimal Amount, int Courses, int Trainees, string? Note);

/// <summary>An organ's entered training costs of a year; zeros and version 0 (<paramref name="EnteredAt"/> null) until entered.</summary>
public sealed record TrainingCostResponse(Guid OrganId, int Year, decimal Amount, int Courses, int Trainees, string? Note, long Version, DateTimeOffset? EnteredAt);

/// <summary>
/// The companion table of the 三公经费 disclosure (会议费、培训费): the actuals of <paramref name="Year"/> — the pack's year for the final
/// accounts, the year before for the budget (the year whose actuals the pack states).
/// </summary>
/// <param name="Year">The year the figures are of.</param>
/// <param name="Meetings">Meetings held in the year (Logistics: not cancelled, first day in the year).</param>
/// <param name="MeetingAttendeeDays">Their attendees × days (人天).</param>
/// <param name="MeetingCost">Their settled cost in CNY, each unsettled meeting counted at its budget.</param>
/// <param name="UnsettledMeetings">Meetings among them counted at their budget because no cost is settled yet.</param>
/// <param name="TrainingCourses">Training courses entered in Costs; null when the year's training costs are not entered (unknown, not 0).</param>
/// <param name="Trainees">Trainees entered; null when not entered.</param>
/// <param name="TrainingCost">Training costs entered, CNY; null when not entered.</param>
public sealed record DisclosureCompanion(
    int Year, int Meetings, long MeetingAttendeeDays, decimal MeetingCost, int UnsettledMeetings, int? TrainingCourses, int? Trainees, decimal? TrainingCost);
