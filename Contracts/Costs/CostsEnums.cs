namespace OrganAffairs.Contracts.Costs;

/// <summary>
/// The 三公经费 lines, budgeted separately (T1): Reception 公务接待费 (foreign guests included), VehiclePurchase
/// 公务用车购置费, VehicleOperation 公务用车运行维护费, OutboundVisit 因公出国（境）费.
/// </summary>
public enum CostLine
{
    Reception = 1,
    VehiclePurchase = 2,
    VehicleOperation = 3,
    OutboundVisit = 4,
}

/// <summary>Where an actual came from: the duty module that published it.</summary>
public enum CostSource
{
    Reception = 1,
    Vehicles = 2,
    ForeignAffairs = 3,
}
