using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;

namespace OrganAffairs.Buildings.Features;

/// <summary>
/// Another module cancels the booking it made (<see cref="CancelMeetingRoomBooking"/>): a booking that holds its slot is
/// cancelled through <see cref="ChangeBookingStatusCommand"/>, the command behind Buildings_CancelBooking; one already
/// rejected or cancelled is left as it is.
/// </summary>
internal sealed class CancelMeetingRoomBookingHandler(BookingRepository bookings, IMediator mediator) : IRequestHandler<CancelMeetingRoomBooking, BookingStatus?>
{
    public async Task<BookingStatus?> Handle(CancelMeetingRoomBooking request, CancellationToken ct)
    {
        if (await bookings.GetVisibleAsync(request.BookingId, ct) is not { } booking)
        {
            return null;
        }
        if (booking.Status is not (BookingStatus.Pending or BookingStatus.Approved))
        {
            return booking.Status;
        }
        return (await mediator.Send(new ChangeBookingStatusCommand(booking.Id, BookingAction.Cancel, new BookingActionRequest(request.Reason)), ct)).Status;
    }
}
