using OrganAffairs.Contracts.Energy;
using OrganAffairs.Contracts.Vehicles;

namespace OrganAffairs.Energy.Domain;

/// <summary>Which fuel a vehicle's refuelling counts as: petrol for gasoline and hybrids, diesel; none for electric and fuel-cell vehicles.</summary>
internal static class VehicleFuels
{
    public static EnergyKind? KindOf(EnergyType type) => type switch
    {
        EnergyType.Gasoline or EnergyType.Hybrid or EnergyType.PlugInHybrid => EnergyKind.Gasoline,
        EnergyType.Diesel => EnergyKind.Diesel,
        _ => null,
    };
}
