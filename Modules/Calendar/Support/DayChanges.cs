using OrganAffairs.Calendar.Data;
using OrganAffairs.Contracts.Calendar;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Calendar.Support;

/// <summary>
/// The steps every change of a declared day shares (update, retire): the day as the client read it
/// (404 unknown, 412 stale, 409 retired), the change, the save against the version read, its year's
/// version moved, and the audit of old → new.
/// </summary>
internal sealed class DayChanges(CalendarRepository calendar, AuditTrail audit, BusinessClock clock)
{
    public async Task<CalendarDayResponse> ApplyAsync(Guid id, IfMatch ifMatch, Action<DayRow, DateTimeOffset> change, CancellationToken ct)
    {
        var row = await calendar.GetDayAsync(id, ct) ?? throw new ProblemException(CalendarErrors.DayNotFound);
        var expectedVersion = ifMatch.Against(row.Version);
        if (row.Status == CalendarDayStatus.Retired)
        {
            throw new ProblemException(CalendarErrors.DayRetired);
        }
        var before = row.ToResponse();
        var now = clock.UtcNow;
        change(row, now);
        row.Version = expectedVersion + 1;
        row.UpdatedAt = now;
        if (!await calendar.UpdateDayAsync(row, expectedVersion, ct))
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        await calendar.TouchYearAsync(row.Jurisdiction, row.Year, now, ct);
        var after = row.ToResponse();
        audit.Record("CalendarDay", row.Id, null, AuditTrail.Diff(before, after));
        return after;
    }
}
