using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Support;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>Open recovery cases for the offices an Organs event affects. Idempotent on the event id.</summary>
internal sealed record OpenRecoveryCasesCommand(Guid EventId, Guid StaffMemberId, RecoveryReason Reason, Guid OrganId, DateOnly EffectiveOn) : ICommand<int>;

/// <summary>
/// Transferred: the offices in the organ left are due within the OfficeRecovery months of the first
/// day in the new post. Retired: every office, OfficeRecovery months from the first day of retirement.
/// ConcurrentPostEnded: the office in that organ, SecondOfficeRecovery months from the post's last day.
/// Month arithmetic clamps at month end; the rule version is the one in force on the effective date
/// for the organ's division.
/// </summary>
internal sealed class OpenRecoveryCasesHandler(
    IMediator mediator, OfficeRepository offices, RecoveryRepository recovery, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<OpenRecoveryCasesCommand, int>
{
    public async Task<int> Handle(OpenRecoveryCasesCommand command, CancellationToken ct)
    {
        if (await recovery.AnyForEventAsync(command.EventId, ct))
        {
            return 0;
        }
        var held = await offices.ActiveAsync(command.StaffMemberId, null, null, ct);
        var affected = command.Reason switch
        {
            RecoveryReason.Retired => held,
            _ => held.Where(a => a.OrganId == command.OrganId).ToList(),
        };
        if (affected.Count == 0)
        {
            return 0;
        }
        var organ = await mediator.Send(new GetOrganQuery(command.OrganId), ct);
        var code = command.Reason == RecoveryReason.ConcurrentPostEnded ? DeadlineRuleCode.SecondOfficeRecovery : DeadlineRuleCode.OfficeRecovery;
        var rule = await recovery.RuleInForceAsync(code, organ?.DivisionCode, command.EffectiveOn, ct)
                   ?? throw new InvalidOperationException($"No {code} deadline rule is in force on {command.EffectiveOn}.");
        foreach (var office in affected)
        {
            await RecoveryCaseOpening.OpenAsync(recovery, audit, ids, clock, command.EventId, office, command.Reason, command.EffectiveOn, rule, ct);
        }
        return affected.Count;
    }
}
