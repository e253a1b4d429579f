using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Domain;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Outbox;

namespace OrganAffairs.Buildings.Support;

/// <summary>
/// The Buildings breaches published through the Shared violation ledger (docs/adr/0029): an office kept
/// over the standard (B1) and an allocation kept above the organ's approved area (B8), both opened with the
/// exception that let them through and closed when the space is vacated; and a recovery case past its due
/// date (found by <see cref="BuildingsViolationSweep"/>), closed when the case closes.
/// </summary>
internal sealed class BuildingsViolations(Violations violations)
{
    public const string OverStandardOffice = "buildings.over-standard-office";
    public const string OverApprovedArea = "buildings.over-approved-area";
    public const string OverdueRecovery = "buildings.overdue-recovery";
    public const string LatePublication = "buildings.late-publication";
    public const string LateFiling = "buildings.late-filing";

    private static string LateKind(AnnualObligation kind) => kind == AnnualObligation.Filing ? LateFiling : LatePublication;

    /// <summary>The rule a recovery case enforces: B7 (transferred or retired), B6 (second office), B1 and B8 (over the standard, over the approved area).</summary>
    public static string RuleOf(RecoveryReason reason) => reason switch
    {
        RecoveryReason.ConcurrentPostEnded => "B6",
        RecoveryReason.OverStandard => "B1",
        RecoveryReason.OverApprovedArea => "B8",
        _ => "B7",
    };

    public Task OverStandardOfficeAsync(AssignmentRow office, Guid standardVersionId, RecoveryCaseRow recovery, CancellationToken ct) =>
        violations.OpenOnceAsync(new ViolationFinding(Duty.Buildings, OverStandardOffice, office.Id, office.OrganId, "B1", standardVersionId, office.StartedOn, recovery.DueOn), ct);

    public Task OverApprovedAreaAsync(AllocationRow allocation, Guid approvedAreaVersionId, RecoveryCaseRow recovery, CancellationToken ct) =>
        violations.OpenOnceAsync(new ViolationFinding(
            Duty.Buildings, OverApprovedArea, allocation.Id, allocation.OrganId, "B8", approvedAreaVersionId, allocation.EffectiveFrom, recovery.DueOn), ct);

    /// <summary>An open case whose due date has passed: overdue from the day after.</summary>
    public Task OverdueAsync(RecoveryCaseRow recovery, CancellationToken ct) =>
        violations.OpenOnceAsync(new ViolationFinding(
            Duty.Buildings, OverdueRecovery, recovery.Id, recovery.OrganId, RuleOf(recovery.Reason), recovery.RuleId, recovery.DueOn.AddDays(1), null), ct);

    /// <summary>A yearly publication or filing not submitted by its due date (B9): overdue from the day after.</summary>
    public Task LateAsync(AnnualSubmissionResponse obligation, CancellationToken ct) =>
        violations.OpenOnceAsync(new ViolationFinding(
            Duty.Buildings, LateKind(obligation.Kind), AnnualDue.ObligationId(obligation.OrganId, obligation.Year, obligation.Kind), obligation.OrganId, "B9",
            obligation.DueRuleId, obligation.DueOn.AddDays(1), null), ct);

    /// <summary>The obligation was met: a late-submission violation open for it is corrected.</summary>
    public Task SubmittedAsync(Guid organId, int year, AnnualObligation kind, DateOnly on, string reference, CancellationToken ct) =>
        violations.CloseOpenAsync(Duty.Buildings, LateKind(kind), AnnualDue.ObligationId(organId, year, kind), on, ViolationCloseReason.Corrected, reference, ct);

    /// <summary>The case's space was vacated: its overdue violation and the breach it recovers (if any) are corrected.</summary>
    public async Task CaseClosedAsync(RecoveryCaseRow recovery, DateOnly closedOn, CancellationToken ct)
    {
        await violations.CloseOpenAsync(Duty.Buildings, OverdueRecovery, recovery.Id, closedOn, ViolationCloseReason.Corrected, "收回事项已办结", ct);
        var (kind, subject) = recovery.Reason switch
        {
            RecoveryReason.OverStandard => (OverStandardOffice, recovery.AssignmentId),
            RecoveryReason.OverApprovedArea => (OverApprovedArea, (Guid?)recovery.AllocationId),
            _ => (null, null),
        };
        if (kind is not null && subject is { } id)
        {
            await violations.CloseOpenAsync(Duty.Buildings, kind, id, closedOn, ViolationCloseReason.Corrected, "超标用房已腾退", ct);
        }
    }
}

/// <summary>
/// Daily: every open recovery case past its due date is an overdue-recovery violation (opened once; closed with the case),
/// and each of last year's publications and filings not submitted by its due date a late one (closed by the submission).
/// </summary>
internal sealed class BuildingsViolationSweep(RecoveryRepository recovery, AnnualObligations obligations, BuildingsViolations violations) : IViolationSweep
{
    public Duty Duty => Duty.Buildings;

    public async Task SweepAsync(DateOnly today, CancellationToken ct)
    {
        foreach (var overdue in await recovery.OverdueAsync(today, ct))
        {
            await violations.OverdueAsync(overdue, ct);
        }
        foreach (var late in (await obligations.OfYearAsync(today.Year - 1, null, today, ct)).Where(o => o.Status == SubmissionStatus.Late))
        {
            await violations.LateAsync(late, ct);
        }
    }
}
