using MediatR;

namespace OrganAffairs.Contracts.Buildings;

/// <summary>
/// Another module's meeting-room booking (预订会议室), e.g. the room of a reception or of a registered meeting: exactly what
/// POST /api/v1/buildings/bookings does — the same validation (400 field errors with the same member names), the room's
/// capacity (422), a window overlapping a pending or approved booking (409 <c>buildings.double-booked</c> with its
/// <c>conflicts</c>), Pending for a room that requires approval, add-ons published as MeetingServicesRequested — inside the
/// sender's transaction. Answers the booking; the sender keeps its id.
/// </summary>
public sealed record BookMeetingRoom(CreateBookingRequest Booking) : IRequest<BookingResponse>;

/// <summary>
/// Cancels a booking another module made, if it still holds its slot (Pending or Approved: what
/// POST /api/v1/buildings/bookings/{id}/cancel accepts), with the reason as the booking's note; a booking already rejected or
/// cancelled is left as it is. Answers the booking's status afterwards, or null when the booking does not exist or the
/// caller may not see it.
/// </summary>
/// <param name="BookingId">The booking.</param>
/// <param name="Reason">Why, at most 500 characters.</param>
public sealed record CancelMeetingRoomBooking(Guid BookingId, string Reason) : IRequest<BookingStatus?>;
