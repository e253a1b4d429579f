using FluentMigrator;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Vehicles.Migrations;

/// <summary>The seeded national rule versions cite the register's documents they take their numbers from (issue 21 item 6, docs/adr/0052).</summary>
[Migration(14, "Seeded national rule versions cite their register documents")]
[Tags("vehicles")]
public sealed class M0014_CiteSeededDocuments : ModuleMigration
{
    public override void Up()
    {
        CiteSeededDocument("vehicles_rule", SeededRuleDocuments.OfficialVehicles.Id, "党政机关公务用车管理办法");
        CiteSeededDocument("vehicles_rule", SeededRuleDocuments.OfficialVehicles.Id, "U（未核实）：中办发〔2017〕71号");
        CiteSeededDocument("vehicles_rule", SeededRuleDocuments.VehiclePlates.Id, "中华人民共和国机动车号牌（GA 36-2018）");
        CiteSeededDocument("vehicles_rule", SeededRuleDocuments.DrivingLicences.Id, "机动车驾驶证申领和使用规定");
        CiteSeededDocument("vehicles_rule", SeededRuleDocuments.EnergyPlan14.Id, "“十四五”公共机构节约能源资源工作规划");
    }
}
