using FluentMigrator;
using OrganAffairs.Shared.Migrations;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Migrations;

/// <summary>
/// V11: the 14th Five-Year Plan asks that at least 30 % of the vehicles public institutions add or renew be new-energy
/// (confidence M). Seeded nationally for the plan period, 2021-01-01 to 2025-12-31; no later national target has been
/// found, so later years have none until the bureau adds one (docs/adr/0032).
/// </summary>
[Migration(11, "New-energy target: 30 % of vehicles added and renewed, 2021–2025 (M)")]
[Tags("vehicles")]
public sealed class M0011_NewEnergyTarget : ModuleMigration
{
    public const string Source = "“十四五”公共机构节约能源资源工作规划：公共机构新增及更新车辆中新能源汽车比例原则上不低于 30%（M：文号与口径待核）";

    public override void Up() =>
        Insert.IntoTable("vehicles_rule").Row(new
        {
            id = new Guid("00000000-0000-0000-0001-000000000501"),
            kind = RuleKinds.NewEnergyTarget,
            rule_key = RuleKinds.NewEnergyTargetKey,
            jurisdiction = "national",
            effective_from = "2021-01-01",
            effective_to = "2025-12-31",
            value = RuleJson.Write(new NewEnergyTargetValue(3000)),
            source = Source,
        });
}
