using System.Text.Json;
using System.Text.Json.Serialization;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Vehicles;

namespace OrganAffairs.Vehicles.Domain;

/// <summary>The kinds of rule the module keeps in vehicles_rule.</summary>
internal static class RuleKinds
{
    public const string PurchaseStandard = "purchase-standard";
    public const string Plate = "plate";
    public const string LicenceClass = "licence-class";
    public const string PlateKey = "plate";
    public const string Renewal = "renewal";
    public const string RenewalKey = "renewal";
    public const string FixedCarRank = "fixed-car-rank";
    public const string SpecialPlate = "special-plate";
    public const string NewEnergyTarget = "new-energy-target";
    public const string NewEnergyTargetKey = "new-and-renewed";

    /// <summary>The key of a fixed-car rank rule: ranks are per administrative level (e.g. "Provincial/ProvincialDeputy").</summary>
    public static string FixedCarRankKey(AdministrativeLevel level, string rankCode) => $"{level}/{rankCode}";
}

/// <summary>配备标准: caps for the vehicles it covers (null = any category / body type). Money in fen, displacement in ml.</summary>
internal sealed record PurchaseStandardValue(
    VehicleCategory? Category, BodyType? BodyType, bool NewEnergyOnly, long MaxPriceFen, int? MaxDisplacementMl, bool NeedsApproval)
{
    public bool Covers(VehicleCategory category, BodyType body, EnergyType energy) =>
        (Category is null || Category == category) && (BodyType is null || BodyType == body) && (!NewEnergyOnly || Energy.IsNewEnergy(energy));
}

/// <summary>号牌规则: the character sets and lengths of plate numbers.</summary>
internal sealed record PlateRuleValue(
    string Provinces, string Letters, int OrdinaryLength, int NewEnergyLength, string BatteryElectricLetters, string OtherNewEnergyLetters);

/// <summary>特种号牌 (V9): a plate series ending in a suffix (警, 应急), and the organs and categories that carry it.</summary>
internal sealed record SpecialPlateValue(string Suffix, int SerialLength, IReadOnlyList<VehicleCategory> Categories, IReadOnlyList<Guid> OrganIds);

/// <summary>新能源汽车比例目标 (V11): the minimum share of new-energy vehicles among those added and renewed in a year, in basis points (3000 = 30 %).</summary>
internal sealed record NewEnergyTargetValue(int MinShareBasisPoints);

/// <summary>准驾车型: the body types a licence class covers.</summary>
internal sealed record LicenceClassValue(IReadOnlyList<BodyType> BodyTypes);

/// <summary>
/// 更新条件: a vehicle may be renewed from this age or this mileage, whichever comes first — or, where a local rule
/// says so, only once both are reached (V8). Versions stored before the condition existed read as AgeOrMileage.
/// </summary>
internal sealed record RenewalRuleValue(int MinAgeYears, int MinMileageKm, RenewalCondition Condition = RenewalCondition.AgeOrMileage)
{
    public DateOnly EligibleByAgeFrom(DateOnly purchasedOn) => purchasedOn.AddYears(MinAgeYears);

    public bool IsEligible(DateOnly purchasedOn, int odometerKm, DateOnly on)
    {
        var byAge = on >= EligibleByAgeFrom(purchasedOn);
        var byMileage = odometerKm >= MinMileageKm;
        return Condition == RenewalCondition.AgeAndMileage ? byAge && byMileage : byAge || byMileage;
    }
}

/// <summary>固定配备 (V5): whether staff of a rank may have a fixed car.</summary>
internal sealed record FixedCarRankValue(AdministrativeLevel Level, string RankCode, bool FixedCar);

internal static class Energy
{
    public static bool IsNewEnergy(EnergyType type) => type is EnergyType.BatteryElectric or EnergyType.PlugInHybrid or EnergyType.FuelCell;
}

internal static class RuleJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}
