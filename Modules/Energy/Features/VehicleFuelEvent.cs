using MediatR;
using OrganAffairs.Contracts.Vehicles;

namespace OrganAffairs.Energy.Features;

/// <summary>The Vehicles module's fuel and charge events, counted through <see cref="RecordVehicleFuelCommand"/>.</summary>
internal sealed class VehicleFuelEventHandler(IMediator mediator) : INotificationHandler<FuelOrChargeRecorded>
{
    public Task Handle(FuelOrChargeRecorded notification, CancellationToken ct) => mediator.Send(new RecordVehicleFuelCommand(notification), ct);
}
