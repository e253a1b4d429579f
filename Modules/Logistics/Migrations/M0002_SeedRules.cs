using FluentMigrator;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Logistics.Migrations;

/// <summary>
/// Seeds only what has a source (L3): Sichuan's emergency repairs on site within 30 minutes, round the clock, and its lift
/// maintenance reference price (川机管发〔2015〕53号, 510000). No national work-order standard exists, so every other tier,
/// and the national catalogue, are local values the bureau enters. The reopen window starts at 7 days nationally, marked
/// unconfirmed: a value of this system for the bureau to confirm or replace.
/// </summary>
[Migration(2, "Seed logistics rules (Sichuan 2015, reopen window)")]
[Tags("logistics")]
public sealed class M0002_SeedRules : ModuleMigration
{
    private const string Sichuan2015 = "四川省机关事务管理局 川机管发〔2015〕53号";

    public override void Up()
    {
        Row("00000000-0000-0000-0008-000000000001", RuleKinds.SlaPolicy, RuleKinds.SlaKey(ServiceCategory.Repair, WorkOrderPriority.Emergency), "510000",
            RuleJson.Write(new SlaPolicyValue(30, null, SlaBasis.CalendarTime)), Sichuan2015 + "：紧急维修 30 分钟内到达现场", "H");
        Row("00000000-0000-0000-0008-000000000002", RuleKinds.CatalogueItem, "property.lift-maintenance", "510000",
            RuleJson.Write(new CatalogueItemValue(ServiceCategory.Repair, "电梯维护保养", "8 层及以下每台每月 850 元，每增加 1 层加 30 元", "台·月", 85_000)),
            Sichuan2015 + "：电梯维保参考价", "H");
        Row("00000000-0000-0000-0008-000000000003", RuleKinds.ReopenWindow, RuleKinds.Single, "national",
            RuleJson.Write(new ReopenWindowValue(7)), "本系统初始值（无国家规定），待本级机关事务管理局确认或修改", "U");
    }

    private void Row(string id, string kind, string key, string jurisdiction, string value, string source, string confidence) =>
        Insert.IntoTable("logistics_rule").Row(new
        {
            id = Guid.Parse(id), kind, rule_key = key, jurisdiction, effective_from = "2015-01-01", value, source, confidence,
        });
}
