using OrganAffairs.Contracts.Violations;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Shared.Outbox;

namespace OrganAffairs.Energy.Support;

/// <summary>
/// E6: once the annual report of the last year is past its due date (31 March as seeded), every
/// institution that has not submitted it is in breach until it does (the submission closes the
/// violation). The subject is the institution: a late report for an earlier year stays the same open
/// violation until that institution submits.
/// </summary>
internal sealed class LateReportSweep(ComplianceRepository compliance, EnergyRuleBook book, Violations violations) : IViolationSweep
{
    public const string Kind = "energy.late-annual-report";

    public Duty Duty => Duty.Energy;

    public async Task SweepAsync(DateOnly today, CancellationToken ct)
    {
        await book.LoadAsync(ct);
        var year = today.Year - 1;
        foreach (var late in await compliance.WithoutSubmittedReportAsync(year, ct))
        {
            var division = await book.DivisionOfAsync(late.OrganId, ct);
            if (book.Settings(division, new DateOnly(year + 1, 1, 1)) is { } settings && ReportDeadline.IsLate(today, settings.DueOn(year)))
            {
                await violations.OpenOnceAsync(new ViolationFinding(Duty.Energy, Kind, late.InstitutionId, late.OrganId, "E6", null, today, null), ct);
            }
        }
    }
}
