using MediatR;
using OrganAffairs.Contracts.Buildings;

namespace OrganAffairs.Buildings.Features;

/// <summary>
/// Another module's booking (<see cref="BookMeetingRoom"/>): sent on as <see cref="CreateBookingCommand"/>, the command behind
/// Buildings_CreateBooking, so validation, the room lock, capacity, overlap, status and add-ons are the HTTP route's; it joins
/// the sender's transaction.
/// </summary>
internal sealed class BookMeetingRoomHandler(IMediator mediator) : IRequestHandler<BookMeetingRoom, BookingResponse>
{
    public Task<BookingResponse> Handle(BookMeetingRoom request, CancellationToken ct) => mediator.Send(new CreateBookingCommand(request.Booking), ct);
}
