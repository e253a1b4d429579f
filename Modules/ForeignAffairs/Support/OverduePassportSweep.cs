using OrganAffairs.Contracts.Violations;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.Shared.Outbox;

namespace OrganAffairs.ForeignAffairs.Support;

/// <summary>
/// F10: a travel document not handed back by its due date is a violation of the sending organ from the day after that date
/// until it is handed back (the hand-back closes it). The subject is the member record; the rule version is the hand-back
/// rule in force on the return date. It carries no due date: the hand-back's own date has passed when it opens, and the
/// correction (the hand-back) is due at once.
/// </summary>
internal sealed class OverduePassportSweep(HandBackBook handBack, Violations violations) : IViolationSweep
{
    public const string Kind = "foreign-affairs.overdue-passport";

    public Duty Duty => Duty.ForeignAffairs;

    public async Task SweepAsync(DateOnly today, CancellationToken ct)
    {
        foreach (var overdue in await handBack.OverdueAsync(null, today, ct))
        {
            await violations.OpenOnceAsync(new ViolationFinding(
                Duty.ForeignAffairs, Kind, overdue.Row.Id, overdue.Row.OrganId, "F10", overdue.RuleVersionId, today, null), ct);
        }
    }
}
