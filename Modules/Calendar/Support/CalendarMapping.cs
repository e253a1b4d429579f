using OrganAffairs.Calendar.Data;
using OrganAffairs.Contracts.Calendar;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Calendar.Support;

/// <summary>Rows to responses, and working spans between their column, API and pure forms.</summary>
internal static class CalendarMapping
{
    public static CalendarDayResponse ToResponse(this DayRow row) =>
        new(row.Id, row.Jurisdiction, row.Day, row.Kind, row.Name, row.Source, row.Status, row.RetiredAt, row.Version, row.CreatedAt, row.UpdatedAt);

    /// <summary>A year never declared is answered as version 0, not complete, with whatever days it has.</summary>
    public static CalendarYearResponse ToResponse(YearRow? row, string jurisdiction, int year, IEnumerable<DayRow> days) =>
        new(jurisdiction, year, row?.Complete ?? false, row?.Source, row?.DeclaredAt, row?.Version ?? 0, days.Select(d => d.ToResponse()).ToList());

    public static WorkingHoursResponse ToResponse(this WorkingHoursRow row) =>
        new(row.Id, row.Jurisdiction, row.EffectiveFrom, row.EffectiveTo, ToPeriods(WorkingSpan.ParseList(row.Spans)), row.Source, row.DocumentId);

    public static WorkingHoursVersion ToVersion(this WorkingHoursRow row) =>
        new(row.Jurisdiction, row.EffectiveFrom, row.EffectiveTo, WorkingSpan.ParseList(row.Spans));

    public static IReadOnlyList<WorkingPeriod> ToPeriods(IEnumerable<WorkingSpan> spans) =>
        spans.Select(s => new WorkingPeriod(WorkingSpan.Clock(s.Start), WorkingSpan.Clock(s.End))).ToList();

    /// <summary>The API's periods as spans; only after validation (every time parses).</summary>
    public static IReadOnlyList<WorkingSpan> ToSpans(IEnumerable<WorkingPeriod> periods) =>
        periods.Select(p => new WorkingSpan(WorkingSpan.ParseClock(p.Start)!.Value, WorkingSpan.ParseClock(p.End)!.Value)).ToList();

    public static CalendarDateResponse ToResponse(this CalendarDate date, string jurisdiction) =>
        new(date.Date, jurisdiction, date.IsWorkingDay, date.Reason, date.Name, date.DeclaredBy, date.WorkingHours is null ? null : ToPeriods(date.WorkingHours));
}
