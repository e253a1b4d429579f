using OrganAffairs.Contracts.Common;
namespace OrganAffairs.Contracts.Calendar;

/// <summary>What a declared day of the State Council's (or a local) holiday arrangement is.</summary>
public enum CalendarDayKind
{
    /// <summary>放假: no work, even on a weekday.</summary>
    Holiday = 1,

    /// <summary>调休上班: a Saturday or Sunday that is a working day.</summary>
    MakeUpWorkday = 2,
}

/// <summary>Whether a declared day is in force or was retired (kept, never deleted).</summary>
public enum CalendarDayStatus
{
    Active = 1,
    Retired = 2,
}

/// <summary>Why a date is, or is not, a working day.</summary>
public enum CalendarDateReason
{
    /// <summary>Monday to Friday with nothing declared: a working day.</summary>
    Weekday = 1,

    /// <summary>Saturday or Sunday with nothing declared: not a working day.</summary>
    Weekend = 2,

    /// <summary>A declared holiday: not a working day.</summary>
    Holiday = 3,

    /// <summary>A declared make-up working day (调休上班): a working day.</summary>
    MakeUpWorkday = 4,
}

/// <summary>Declare one day of a jurisdiction's holiday arrangement for its year.</summary>
/// <param name="Jurisdiction" example="national">"national" (the State Council's arrangement) or a 6-digit GB/T 2260 code for a local day.</param>
/// <param name="Date" example="2030-10-01">The business date, in the years 2000–2099.</param>
/// <param name="Kind" example="Holiday">Holiday (放假, any day of the week) or MakeUpWorkday (调休上班, a Saturday or Sunday only).</param>
/// <param name="Name" example="国庆节">What the day is, at most 100 characters.</param>
/// <param name="Source" example="国办发明电〔2029〕1号">The notice that declares it (国务院办公厅关于20XX年部分节假日安排的通知, or the local one), at most 500 characters.</param>
public sealed record CreateCalendarDayRequest(string Jurisdiction, DateOnly Date, CalendarDayKind Kind, string Name, string Source);

/// <summary>Change a declared day's settable fields (its jurisdiction and date are fixed: retire it and declare another to move it).</summary>
/// <param name="Kind" example="Holiday">Holiday or MakeUpWorkday (a Saturday or Sunday only).</param>
/// <param name="Name" example="国庆节">At most 100 characters.</param>
/// <param name="Source" example="国办发明电〔2029〕1号">The declaring notice, at most 500 characters.</param>
public sealed record UpdateCalendarDayRequest(CalendarDayKind Kind, string Name, string Source);

/// <summary>One declared day of a jurisdiction.</summary>
/// <param name="Id">The day's id.</param>
/// <param name="Jurisdiction">"national" or a 6-digit GB/T 2260 code.</param>
/// <param name="Date">The business date.</param>
/// <param name="Kind">Holiday or MakeUpWorkday.</param>
/// <param name="Name">What the day is.</param>
/// <param name="Source">The declaring notice.</param>
/// <param name="Status">Active, or Retired (kept for the record, no longer used).</param>
/// <param name="RetiredAt">When it was retired (UTC), or null.</param>
/// <param name="Version">The row version; the ETag.</param>
/// <param name="CreatedAt">When it was declared (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
public sealed record CalendarDayResponse(
    Guid Id,
    string Jurisdiction,
    DateOnly Date,
    CalendarDayKind Kind,
    string Name,
    string Source,
    CalendarDayStatus Status,
    DateTimeOffset? RetiredAt,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>
/// One jurisdiction's year of the calendar as entered: whether an admin declared it complete, and its
/// own declared days. A year never touched answers with version 0 and no days.
/// </summary>
/// <param name="Jurisdiction">"national" or a 6-digit GB/T 2260 code.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Complete">Whether the year's arrangement is declared entered; only a complete year is used.</param>
/// <param name="Source">The notice the declaration rests on, or null.</param>
/// <param name="DeclaredAt">When it was last declared complete (UTC), or null while it is not.</param>
/// <param name="Version">The year's version, the ETag for PUT; it also moves when one of its days changes.</param>
/// <param name="Days">The jurisdiction's own declared days of the year, by date (retired ones only with includeRetired).</param>
public sealed record CalendarYearResponse(
    string Jurisdiction,
    int Year,
    bool Complete,
    string? Source,
    DateTimeOffset? DeclaredAt,
    long Version,
    IReadOnlyList<CalendarDayResponse> Days);

/// <summary>Declare a jurisdiction's year complete (its arrangement is entered) or take the declaration back.</summary>
/// <param name="Complete" example="true">true: the year's days are entered and may be used; false: not (yet).</param>
/// <param name="Source" example="国办发明电〔2029〕1号">The notice the declaration rests on; required when complete, at most 500 characters.</param>
public sealed record UpdateCalendarYearRequest(bool Complete, string? Source = null);

/// <summary>A declared day in effect for a jurisdiction: the most specific declaration of that date wins.</summary>
/// <param name="Date">The business date.</param>
/// <param name="Kind">Holiday or MakeUpWorkday.</param>
/// <param name="Name">What the day is.</param>
/// <param name="DeclaredBy">The jurisdiction whose declaration is in effect ("national" or a code in the chain).</param>
public sealed record EffectiveCalendarDay(DateOnly Date, CalendarDayKind Kind, string Name, string DeclaredBy);

/// <summary>The days of a year in effect for a jurisdiction (its own, its prefecture's, its province's and the national arrangement).</summary>
/// <param name="Jurisdiction">The jurisdiction asked about.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="WorkingDays">How many working days the year has there.</param>
/// <param name="Days">Every declared day in effect, by date.</param>
public sealed record EffectiveCalendarYearResponse(string Jurisdiction, int Year, int WorkingDays, IReadOnlyList<EffectiveCalendarDay> Days);

/// <summary>A span of working time within a day, as local clock times of the business time zone.</summary>
/// <param name="Start" example="08:30">Start, "HH:mm", inclusive.</param>
/// <param name="End" example="12:00">End, "HH:mm", exclusive; after Start.</param>
public sealed record WorkingPeriod(string Start, string End);

/// <summary>A new version of a jurisdiction's working hours; the version it supersedes ends the day before EffectiveFrom.</summary>
/// <param name="Jurisdiction" example="320100">"national" or a 6-digit GB/T 2260 code.</param>
/// <param name="EffectiveFrom" example="2030-01-01">First day the hours are in force.</param>
/// <param name="Periods">1–4 periods in order, not overlapping; the gaps between them (the lunch break) are not working time.</param>
/// <param name="Source" example="宁政办发〔2029〕3号">The document that sets the hours, at most 500 characters.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateWorkingHoursRequest(string Jurisdiction, DateOnly EffectiveFrom, IReadOnlyList<WorkingPeriod> Periods, string Source, Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>One version of a jurisdiction's working hours.</summary>
/// <param name="Id">The version's id.</param>
/// <param name="Jurisdiction">"national" or a 6-digit GB/T 2260 code.</param>
/// <param name="EffectiveFrom">First day in force.</param>
/// <param name="EffectiveTo">Last day in force, or null while open.</param>
/// <param name="Periods">The working periods of every working day.</param>
/// <param name="Source">The document that sets the hours.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record WorkingHoursResponse(
    Guid Id, string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo, IReadOnlyList<WorkingPeriod> Periods, string Source, Guid? DocumentId);

/// <summary>What a date is in a jurisdiction's calendar.</summary>
/// <param name="Date">The business date.</param>
/// <param name="Jurisdiction">The jurisdiction asked about.</param>
/// <param name="WorkingDay">Whether it is a working day.</param>
/// <param name="Reason">Weekday, Weekend, Holiday or MakeUpWorkday.</param>
/// <param name="Name">The declared day's name, or null for an ordinary weekday or weekend.</param>
/// <param name="DeclaredBy">The jurisdiction whose declaration applies, or null.</param>
/// <param name="WorkingHours">The working periods of a working day (empty on other days); null when no working-hours version is in force.</param>
public sealed record CalendarDateResponse(
    DateOnly Date,
    string Jurisdiction,
    bool WorkingDay,
    CalendarDateReason Reason,
    string? Name,
    string? DeclaredBy,
    IReadOnlyList<WorkingPeriod>? WorkingHours);

/// <summary>The date N working days after (or, for negative N, before) a date.</summary>
/// <param name="From">The starting date (not counted).</param>
/// <param name="Days">N.</param>
/// <param name="Jurisdiction">The jurisdiction whose calendar was used.</param>
/// <param name="Result">The N-th working day after From (before it when N is negative); From itself when N is 0.</param>
public sealed record AddWorkingDaysResponse(DateOnly From, int Days, string Jurisdiction, DateOnly Result);

/// <summary>Working time between two instants.</summary>
/// <param name="From">Start (UTC), inclusive.</param>
/// <param name="To">End (UTC), exclusive.</param>
/// <param name="Jurisdiction">The jurisdiction whose calendar and hours were used.</param>
/// <param name="WorkingMinutes">Whole minutes of working time in [from, to) (rounded down): working days only, lunch break excluded.</param>
public sealed record WorkingMinutesResponse(DateTimeOffset From, DateTimeOffset To, string Jurisdiction, long WorkingMinutes);
