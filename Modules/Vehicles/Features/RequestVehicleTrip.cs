using MediatR;
using OrganAffairs.Contracts.Vehicles;

namespace OrganAffairs.Vehicles.Features;

/// <summary>
/// Another module's trip request (<see cref="RequestVehicleTrip"/>): sent on as <see cref="CreateTripCommand"/>, the
/// command behind Vehicles_CreateTrip, so validation, the organ check and the audit are the HTTP route's; it joins the
/// sender's transaction.
/// </summary>
internal sealed class RequestVehicleTripHandler(IMediator mediator) : IRequestHandler<RequestVehicleTrip, TripResponse>
{
    public Task<TripResponse> Handle(RequestVehicleTrip request, CancellationToken ct) => mediator.Send(new CreateTripCommand(request.Trip), ct);
}
