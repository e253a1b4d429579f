using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>
/// A cancelled or rejected booking cancels its service orders still to deliver (no route: sent by the
/// <c>MeetingServicesCancelled</c> handler); a delivered one stays delivered, and a second delivery of the notification changes
/// nothing. Answers the orders cancelled.
/// </summary>
internal sealed record CancelMeetingServicesCommand(Guid BookingId) : ICommand<int>;

internal sealed class CancelMeetingServicesValidator : AbstractValidator<CancelMeetingServicesCommand>
{
    public CancelMeetingServicesValidator() => RuleFor(c => c.BookingId).NotEmpty();
}

internal sealed class CancelMeetingServicesHandler(ServiceOrderRepository orders, BusinessClock clock) : IRequestHandler<CancelMeetingServicesCommand, int>
{
    public Task<int> Handle(CancelMeetingServicesCommand command, CancellationToken ct) => orders.CancelBookingAsync(command.BookingId, clock.UtcNow, ct);
}
