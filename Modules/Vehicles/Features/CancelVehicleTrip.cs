using MediatR;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Vehicles.Data;

namespace OrganAffairs.Vehicles.Features;

/// <summary>
/// Another module cancels the trip it requested (<see cref="CancelVehicleTrip"/>): a pending trip is cancelled through
/// <see cref="DecideTripCommand"/>, the command behind Vehicles_CancelTrip; one that has started, ended or was already
/// rejected or cancelled is left as it is.
/// </summary>
internal sealed class CancelVehicleTripHandler(TripRepository trips, IMediator mediator) : IRequestHandler<CancelVehicleTrip, TripStatus?>
{
    public async Task<TripStatus?> Handle(CancelVehicleTrip request, CancellationToken ct)
    {
        if (await trips.GetVisibleAsync(request.TripId, ct) is not { } trip)
        {
            return null;
        }
        if (trip.Status is not (TripStatus.Requested or TripStatus.Approved or TripStatus.Dispatched))
        {
            return trip.Status;
        }
        return (await mediator.Send(new DecideTripCommand(trip.Id, TripDecision.Cancel, request.Reason), ct)).Status;
    }
}
