using FluentMigrator;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Migrations;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Migrations;

/// <summary>
/// Seeds the national rules: purchase standards from 党政机关公务用车管理办法（中办发〔2017〕71号）, in force
/// from 2017-12-05; the plate rule (GA 36-2018, new-energy plates); and licence classes (公安部令第162号).
/// </summary>
[Migration(2, "Seed national vehicle rules (中办发〔2017〕71号, GA 36-2018, 公安部令第162号)")]
[Tags("vehicles")]
public sealed class M0002_SeedRules : ModuleMigration
{
    private const string StandardSource = "党政机关公务用车管理办法（中办发〔2017〕71号）";
    private const string PlateSource = "中华人民共和国机动车号牌（GA 36-2018）；字母 I、O 不使用（M）";
    private const string LicenceSource = "机动车驾驶证申领和使用规定（公安部令第162号）准驾车型；特种车辆按 C1 的默认值待核定";

    private static readonly (string Code, VehicleCategory? Category, BodyType? Body, bool NewEnergy, long Fen, int? Ml, bool Approval)[] Standards =
    [
        ("ConfidentialCourier", VehicleCategory.ConfidentialCourier, null, false, 12_000_000, 1600, false),
        ("EmergencySupport", VehicleCategory.EmergencySupport, null, false, 18_000_000, 1800, false),
        ("Other", VehicleCategory.Other, null, false, 18_000_000, 1800, false),
        ("EmergencySupportSmallMediumBus", VehicleCategory.EmergencySupport, BodyType.SmallMediumBus, false, 25_000_000, 3000, true),
        ("EmergencySupportLargeBus", VehicleCategory.EmergencySupport, BodyType.LargeBus, false, 45_000_000, null, true),
        ("OtherSmallMediumBus", VehicleCategory.Other, BodyType.SmallMediumBus, false, 25_000_000, 3000, true),
        ("OtherLargeBus", VehicleCategory.Other, BodyType.LargeBus, false, 45_000_000, null, true),
        ("LawEnforcement", VehicleCategory.LawEnforcement, null, false, 12_000_000, 1600, false),
        ("LawEnforcementWorkNeed", VehicleCategory.LawEnforcement, null, false, 18_000_000, 1800, true),
        ("NewEnergySedan", null, BodyType.Sedan, true, 18_000_000, null, false),
    ];

    private static readonly (string Code, BodyType[] Bodies)[] LicenceClasses =
    [
        ("C1", [BodyType.Sedan, BodyType.OffRoad, BodyType.Mpv, BodyType.Special]),
        ("B1", [BodyType.Sedan, BodyType.OffRoad, BodyType.Mpv, BodyType.Special, BodyType.SmallMediumBus]),
        ("A1", [BodyType.Sedan, BodyType.OffRoad, BodyType.Mpv, BodyType.Special, BodyType.SmallMediumBus, BodyType.LargeBus]),
    ];

    public override void Up()
    {
        var n = 0;
        Guid NextId() => new($"00000000-0000-0000-0001-{++n:000000000000}");
        foreach (var s in Standards)
        {
            Row(NextId(), RuleKinds.PurchaseStandard, s.Code, "2017-12-05",
                RuleJson.Write(new PurchaseStandardValue(s.Category, s.Body, s.NewEnergy, s.Fen, s.Ml, s.Approval)), StandardSource);
        }
        Row(NextId(), RuleKinds.Plate, RuleKinds.PlateKey, "2018-01-01",
            RuleJson.Write(new PlateRuleValue("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼", "ABCDEFGHJKLMNPQRSTUVWXYZ", 7, 8, "D", "F")), PlateSource);
        foreach (var (code, bodies) in LicenceClasses)
        {
            Row(NextId(), RuleKinds.LicenceClass, code, "2022-04-01", RuleJson.Write(new LicenceClassValue(bodies)), LicenceSource);
        }
    }

    private void Row(Guid id, string kind, string key, string from, string value, string source) =>
        Insert.IntoTable("vehicles_rule").Row(new
        {
            id,
            kind,
            rule_key = key,
            jurisdiction = "national",
            effective_from = from, // a literal every provider casts to DATE
            value,
            source,
        });
}
