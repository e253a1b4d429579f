using FluentMigrator;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Migrations;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Migrations;

/// <summary>
/// 中办发〔2017〕71号 allows 250,000 CNY and 3.0 L, where the work needs it, for "其他小型客车、中型客车": other
/// small passenger cars and medium passenger cars, so MPVs and small off-road passenger cars as well as small and
/// medium buses. The seed of migration 2 covered only the buses: this adds the MPV and off-road standards for
/// EmergencySupport and Other (same value shape, same start, national) and corrects the wording of the two bus
/// rows' source; no value of any version changes (docs/adr/0027).
/// </summary>
[Migration(7, "Purchase standards: other small and medium passenger cars up to 250,000 CNY / 3.0 L (中办发〔2017〕71号)")]
[Tags("vehicles")]
public sealed class M0007_SmallAndMediumPassengerCars : ModuleMigration
{
    /// <summary>The source of every 250,000 / 3.0 L standard.</summary>
    public const string Source = "党政机关公务用车管理办法（中办发〔2017〕71号）：确因工作需要，其他小型客车、中型客车不超过 25 万元、排气量 3.0 升（含）以下，需经批准";

    private static readonly (string Code, VehicleCategory Category, BodyType Body, int Serial)[] Added =
    [
        ("EmergencySupportMpv", VehicleCategory.EmergencySupport, BodyType.Mpv, 201),
        ("EmergencySupportOffRoad", VehicleCategory.EmergencySupport, BodyType.OffRoad, 202),
        ("OtherMpv", VehicleCategory.Other, BodyType.Mpv, 203),
        ("OtherOffRoad", VehicleCategory.Other, BodyType.OffRoad, 204),
    ];

    /// <summary>The seeded EmergencySupportSmallMediumBus and OtherSmallMediumBus rows (migration 2, serials 4 and 6).</summary>
    private static readonly Guid[] SeededBusRows = [new("00000000-0000-0000-0001-000000000004"), new("00000000-0000-0000-0001-000000000006")];

    public override void Up()
    {
        foreach (var (code, category, body, serial) in Added)
        {
            Insert.IntoTable("vehicles_rule").Row(new
            {
                id = new Guid($"00000000-0000-0000-0001-{serial:000000000000}"),
                kind = RuleKinds.PurchaseStandard,
                rule_key = code,
                jurisdiction = "national",
                effective_from = "2017-12-05",
                value = RuleJson.Write(new PurchaseStandardValue(category, body, false, 25_000_000, 3000, true)),
                source = Source,
            });
        }
        foreach (var id in SeededBusRows)
        {
            Update.Table("vehicles_rule").Set(new { source = Source }).Where(new { id });
        }
    }
}
