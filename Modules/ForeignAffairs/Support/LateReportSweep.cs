using OrganAffairs.Contracts.Violations;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Outbox;

namespace OrganAffairs.ForeignAffairs.Support;

/// <summary>
/// F6: a returned visit whose post-trip report is past the due date of the deadlines in force on its return date (for the
/// sending organ's jurisdiction) is a violation from the day after that date until the report is recorded (which closes it).
/// The subject is the visit. Nothing is opened where no deadline version is in force (no national value exists).
/// </summary>
internal sealed class LateReportSweep(VisitRepository visits, DeadlineBook deadlines, OrganDirectory directory, Violations violations) : IViolationSweep
{
    public const string Kind = "foreign-affairs.late-report";

    public Duty Duty => Duty.ForeignAffairs;

    public async Task SweepAsync(DateOnly today, CancellationToken ct)
    {
        foreach (var visit in await visits.UnreportedAsync(ct))
        {
            var division = await directory.DivisionCodeAsync(visit.OrganId, ct);
            if (await deadlines.ReportDueAsync(division, visit.ReturnedOn, ct) is var (due, versionId) && VisitDeadlines.IsLate(due, today))
            {
                await violations.OpenOnceAsync(new ViolationFinding(Duty.ForeignAffairs, Kind, visit.Id, visit.OrganId, "F6", versionId, today, null), ct);
            }
        }
    }
}
