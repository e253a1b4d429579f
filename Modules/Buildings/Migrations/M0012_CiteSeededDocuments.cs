using FluentMigrator;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Buildings.Migrations;

/// <summary>The seeded national rule versions cite the register's documents they take their numbers from (issue 21 item 6, docs/adr/0052).</summary>
[Migration(12, "Seeded national rule versions cite their register documents")]
[Tags("buildings")]
public sealed class M0012_CiteSeededDocuments : ModuleMigration
{
    public override void Up()
    {
        CiteSeededDocument("buildings_office_standard", SeededRuleDocuments.OfficeBuildingStandard.Id, "党政机关办公用房建设标准");
        CiteSeededDocument("buildings_deadline_rule", SeededRuleDocuments.OfficeSpaceManagement.Id, "党政机关办公用房管理办法");
        CiteSeededDocument("buildings_office_count_rule", SeededRuleDocuments.OfficeSpaceManagement.Id, "党政机关办公用房管理办法");
    }
}
