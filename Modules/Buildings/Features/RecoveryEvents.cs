using MediatR;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Organs;

namespace OrganAffairs.Buildings.Features;

/// <summary>Organs events → recovery cases, through the internal command (validation, transaction, audit apply).</summary>
internal sealed class RecoveryEventsHandler(IMediator mediator)
    : INotificationHandler<StaffTransferred>, INotificationHandler<StaffRetired>, INotificationHandler<ConcurrentPostEnded>
{
    public Task Handle(StaffTransferred e, CancellationToken ct) =>
        mediator.Send(new OpenRecoveryCasesCommand(e.EventId, e.StaffMemberId, RecoveryReason.Transferred, e.FromOrganId, e.EffectiveOn), ct);

    public Task Handle(StaffRetired e, CancellationToken ct) =>
        mediator.Send(new OpenRecoveryCasesCommand(e.EventId, e.StaffMemberId, RecoveryReason.Retired, e.OrganId, e.EffectiveOn), ct);

    public Task Handle(ConcurrentPostEnded e, CancellationToken ct) =>
        mediator.Send(new OpenRecoveryCasesCommand(e.EventId, e.StaffMemberId, RecoveryReason.ConcurrentPostEnded, e.OrganId, e.EndedOn), ct);
}
