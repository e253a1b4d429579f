using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Money;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Support;

internal static class TripMapping
{
    public static TripResponse ToResponse(this TripRow r) => new(
        r.Id, r.OrganId, r.Applicant, r.Purpose, r.Passengers, r.Origin, r.Destination, r.StartsAt, r.EndsAt, r.Status, r.VehicleId, r.DriverId,
        r.EmergencyApprovalReference, r.Reason, r.OdometerOutKm, r.OdometerInKm,
        r.FuelMl is { } ml ? ml / 1000m : null, r.ChargeWh is { } wh ? wh / 1000m : null,
        r.TollsFen is { } t ? Yuan.FromFen(t) : null, r.ParkingFen is { } p ? Yuan.FromFen(p) : null,
        r.Version, r.CreatedAt, r.UpdatedAt);
}
