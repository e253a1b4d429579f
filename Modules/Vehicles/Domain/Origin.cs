using OrganAffairs.Contracts.Vehicles;

namespace OrganAffairs.Vehicles.Domain;

/// <summary>
/// V11 (中办发〔2017〕71号): official vehicles are made in China (国产汽车, joint ventures included), new-energy first.
/// The origin replaces the deprecated domesticBrand flag, which stays accepted (docs/adr/0027).
/// </summary>
internal static class Origin
{
    public const string RuleId = "V11";

    /// <summary>The origin a registration records: the one sent, else DomesticBrand for domesticBrand true, else unknown (null).</summary>
    public static VehicleOrigin? Resolve(VehicleOrigin? origin, bool? domesticBrand) =>
        origin ?? (domesticBrand == true ? VehicleOrigin.DomesticBrand : null);

    /// <summary>Both sent: they agree when domesticBrand is true exactly for DomesticBrand.</summary>
    public static bool Agree(VehicleOrigin? origin, bool? domesticBrand) =>
        origin is not { } o || domesticBrand is not { } d || d == (o == VehicleOrigin.DomesticBrand);

    /// <summary>What V11 asks to look at on a vehicle: imported, origin unknown, not new-energy. Not refusals.</summary>
    public static IReadOnlyList<VehicleFlag> Flags(VehicleOrigin? origin, EnergyType energy)
    {
        var flags = new List<VehicleFlag>(2);
        if (origin == VehicleOrigin.Imported)
        {
            flags.Add(new(RuleId, "vehicles.imported", "进口车辆：公务用车应配备国产汽车（中办发〔2017〕71号）。 An imported vehicle: official vehicles are to be made in China."));
        }
        else if (origin is null)
        {
            flags.Add(new(RuleId, "vehicles.origin-unknown", "产地未登记（仅有 domesticBrand=false）：可能是进口车辆。 Origin not recorded (only domesticBrand false): the vehicle may be imported."));
        }
        if (!Energy.IsNewEnergy(energy))
        {
            flags.Add(new(RuleId, "vehicles.not-new-energy", "非新能源汽车：公务用车优先配备新能源汽车。 Not a new-energy vehicle: official vehicles are new-energy first."));
        }
        return flags;
    }
}
