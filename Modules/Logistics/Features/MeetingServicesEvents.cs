using MediatR;
using OrganAffairs.Contracts.Buildings;

namespace OrganAffairs.Logistics.Features;

/// <summary>Buildings' booking add-ons, made service orders through <see cref="RecordMeetingServicesCommand"/> (idempotent per booking and kind).</summary>
internal sealed class MeetingServicesRequestedHandler(IMediator mediator) : INotificationHandler<MeetingServicesRequested>
{
    public Task Handle(MeetingServicesRequested notification, CancellationToken ct) => mediator.Send(RecordMeetingServicesCommand.From(notification), ct);
}

/// <summary>A cancelled or rejected booking, whose service orders are cancelled through <see cref="CancelMeetingServicesCommand"/>.</summary>
internal sealed class MeetingServicesCancelledHandler(IMediator mediator) : INotificationHandler<MeetingServicesCancelled>
{
    public Task Handle(MeetingServicesCancelled notification, CancellationToken ct) => mediator.Send(new CancelMeetingServicesCommand(notification.BookingId), ct);
}
