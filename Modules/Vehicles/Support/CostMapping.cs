using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Money;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Support;

internal static class CostMapping
{
    public static CostResponse ToResponse(this CostRow r) => new(
        r.Id, r.VehicleId, r.OrganId, r.Kind, Yuan.FromFen(r.AmountFen), r.OccurredOn, r.Month, r.QuantityMilli is { } q ? q / 1000m : null, r.TripId, r.Note, r.CreatedAt);
}
