using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Money;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Support;

internal static class VehicleMapping
{
    public static VehicleResponse ToResponse(this VehicleRow r) => new(
        r.Id, r.OrganId, r.Plate, r.Vin, r.Brand, r.Model, r.DomesticBrand, r.Origin, r.EnergyType, r.BodyType, r.Category, r.Seats,
        r.DisplacementMl is { } ml ? Displacement.ToLitres(ml) : null, Yuan.FromFen(r.PurchasePriceFen), r.PurchasedOn, r.OdometerKm, r.Status,
        r.AssignedLeaderId, r.ApprovalReference, r.PurchaseStandardCode, Origin.Flags(r.Origin, r.EnergyType), r.DisposalMethod, r.DisposedOn,
        r.DisposalProceedsFen is { } fen ? Yuan.FromFen(fen) : null, r.AcquisitionMethod, r.Version, r.CreatedAt, r.UpdatedAt);
}
