using FluentMigrator;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Organs.Migrations;

/// <summary>The seeded national rule versions cite the register's documents they take their numbers from (issue 21 item 6, docs/adr/0052).</summary>
[Migration(7, "Seeded national rule versions cite their register documents")]
[Tags("organs")]
public sealed class M0007_CiteSeededDocuments : ModuleMigration
{
    public override void Up()
    {
        CiteSeededDocument("organs_rank", SeededRuleDocuments.OfficeBuildingStandard.Id, "党政机关办公用房建设标准");
    }
}
