using MediatR;
using OrganAffairs.Contracts.Violations;

namespace OrganAffairs.Guidance.Features;

/// <summary>Every module's violation events → the dashboard's read model, through the internal command (transaction, retry).</summary>
internal sealed class ViolationEventsHandler(IMediator mediator) : INotificationHandler<ViolationOpened>, INotificationHandler<ViolationClosed>
{
    public Task Handle(ViolationOpened e, CancellationToken ct) =>
        mediator.Send(new RecordViolationCommand(e.Violation, e.OpenedOn, e.DueOn, null), ct);

    public Task Handle(ViolationClosed e, CancellationToken ct) =>
        mediator.Send(new RecordViolationCommand(e.Violation, e.OpenedOn, null, new ViolationClosing(e.ClosedOn, e.Reason, e.Note)), ct);
}
