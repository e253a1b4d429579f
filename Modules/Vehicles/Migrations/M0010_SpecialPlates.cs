using FluentMigrator;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Migrations;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Migrations;

/// <summary>
/// V9: police (警) and emergency-management (应急) plates are rule data. Seeded nationally with their shape and the
/// categories that carry them, and no organ: the bureau names the organs (public security, emergency management
/// and fire rescue) in a new version before such plates are accepted (docs/adr/0032).
/// </summary>
[Migration(10, "Special plate series: police 警 and emergency management 应急")]
[Tags("vehicles")]
public sealed class M0010_SpecialPlates : ModuleMigration
{
    public const string PoliceSource = "中华人民共和国机动车号牌（GA 36-2018）警用汽车号牌：省份简称 + 发牌机关代号 + 4 位序号 + 警（M：配备单位待本地核定）";
    public const string EmergencySource = "应急管理部门应急救援车辆号牌：省份简称 + 发牌机关代号 + 4 位序号 + 应急（M：格式与启用日期待核，配备单位待本地核定）";

    public override void Up()
    {
        Row(new Guid("00000000-0000-0000-0001-000000000401"), "Police", "2018-01-01",
            new SpecialPlateValue("警", 4, [VehicleCategory.LawEnforcement, VehicleCategory.SpecialTechnical], []), PoliceSource);
        Row(new Guid("00000000-0000-0000-0001-000000000402"), "EmergencyManagement", "2019-01-01",
            new SpecialPlateValue("应急", 4, [VehicleCategory.EmergencySupport, VehicleCategory.SpecialTechnical], []), EmergencySource);
    }

    private void Row(Guid id, string code, string from, SpecialPlateValue value, string source) =>
        Insert.IntoTable("vehicles_rule").Row(new
        {
            id,
            kind = RuleKinds.SpecialPlate,
            rule_key = code,
            jurisdiction = "national",
            effective_from = from,
            value = RuleJson.Write(value),
            source,
        });
}
