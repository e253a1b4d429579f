using OrganAffairs.Shared.Rules;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Support;

/// <summary>The kinds of rule kept in vehicles_rule and their directions (docs/adr/0021).</summary>
internal static class VehiclesRuleTables
{
    /// <summary>
    /// Purchase standards (配备标准): the price and displacement caps are national ceilings (中办发〔2017〕71号); a
    /// local version may only lower them, and a vehicle is judged by the strictest cap along its jurisdiction.
    /// </summary>
    public static readonly RuleTableDefinition<RuleRow> PurchaseStandards = RuleTableDefinition<RuleRow>.Ceiling(
        "vehicles_rule/" + RuleKinds.PurchaseStandard, "VehicleRule", VehiclesErrors.RuleVersionExists,
        ("maxPrice", r => RuleJson.Read<PurchaseStandardValue>(r.Value).MaxPriceFen),
        ("maxEngineDisplacementLitres", r => RuleJson.Read<PurchaseStandardValue>(r.Value).MaxDisplacementMl));

    /// <summary>Plate rules (号牌规则): character sets, no direction.</summary>
    public static readonly RuleTableDefinition<RuleRow> Plates = RuleTableDefinition<RuleRow>.Plain(
        "vehicles_rule/" + RuleKinds.Plate, "VehicleRule", VehiclesErrors.RuleVersionExists);

    /// <summary>Licence classes (准驾车型): no direction.</summary>
    public static readonly RuleTableDefinition<RuleRow> LicenceClasses = RuleTableDefinition<RuleRow>.Plain(
        "vehicles_rule/" + RuleKinds.LicenceClass, "VehicleRule", VehiclesErrors.RuleVersionExists);

    /// <summary>Renewal conditions (更新条件): no direction.</summary>
    public static readonly RuleTableDefinition<RuleRow> Renewals = RuleTableDefinition<RuleRow>.Plain(
        "vehicles_rule/" + RuleKinds.Renewal, "VehicleRule", VehiclesErrors.RuleVersionExists);

    /// <summary>
    /// Fixed-car ranks (V5, 中办发〔2017〕71号): a national ceiling on who may have a fixed car — a local version
    /// may withdraw a rank's fixed car (1 → 0), never grant one; the effective answer is the strictest along the chain.
    /// </summary>
    public static readonly RuleTableDefinition<RuleRow> FixedCarRanks = RuleTableDefinition<RuleRow>.Ceiling(
        "vehicles_rule/" + RuleKinds.FixedCarRank, "VehicleRule", VehiclesErrors.RuleVersionExists,
        ("fixedCar", r => RuleJson.Read<FixedCarRankValue>(r.Value).FixedCar ? 1 : 0));

    /// <summary>Special plate series (V9: police 警, emergency management 应急): no direction.</summary>
    public static readonly RuleTableDefinition<RuleRow> SpecialPlates = RuleTableDefinition<RuleRow>.Plain(
        "vehicles_rule/" + RuleKinds.SpecialPlate, "VehicleRule", VehiclesErrors.RuleVersionExists);

    /// <summary>The new-energy share target of vehicles added and renewed (V11): a floor, kept without direction (no ceiling to enforce).</summary>
    public static readonly RuleTableDefinition<RuleRow> NewEnergyTargets = RuleTableDefinition<RuleRow>.Plain(
        "vehicles_rule/" + RuleKinds.NewEnergyTarget, "VehicleRule", VehiclesErrors.RuleVersionExists);
}
