using FluentMigrator;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Logistics.Migrations;

/// <summary>The seeded national rule versions cite the register's documents they take their numbers from (issue 21 item 6, docs/adr/0052).</summary>
[Migration(12, "Seeded national rule versions cite their register documents")]
[Tags("logistics")]
public sealed class M0012_CiteSeededDocuments : ModuleMigration
{
    public override void Up()
    {
        CiteSeededDocument("logistics_rule", SeededRuleDocuments.PurchaseOfServices.Id, "政府购买服务管理办法");
        CiteSeededDocument("logistics_rule", SeededRuleDocuments.MeetingExpenses.Id, "财政部 国管局 中直管理局 财行〔2016〕214号");
    }
}
