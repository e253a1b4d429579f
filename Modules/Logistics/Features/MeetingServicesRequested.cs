using MediatR;
using OrganAffairs.Contracts.Buildings;

namespace OrganAffairs.Logistics.Features;

/// <summary>Buildings' booking add-ons, made service orders through <see cref="RecordMeetingServicesCommand"/> (idempotent per booking and kind).</summary>
internal sealed class MeetingServicesRequestedHandler(IMediator mediator) : INotificationHandler<MeetingServicesRequested>
{
    public Task Handle(MeetingServicesRequested notification, CancellationToken ct) => mediator.Send(RecordMeetingServicesCommand.From(notification), ct);
}
