using MediatR;
using OrganAffairs.Contracts.Buildings;

namespace OrganAffairs.Logistics.Features;

/// <summary>A cancelled or rejected booking, whose service orders are cancelled through <see cref="CancelMeetingServicesCommand"/>.</summary>
internal sealed class MeetingServicesCancelledHandler(IMediator mediator) : INotificationHandler<MeetingServicesCancelled>
{
    public Task Handle(MeetingServicesCancelled notification, CancellationToken ct) => mediator.Send(new CancelMeetingServicesCommand(notification.BookingId), ct);
}
