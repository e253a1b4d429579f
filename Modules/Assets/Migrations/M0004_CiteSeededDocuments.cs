using FluentMigrator;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Assets.Migrations;

/// <summary>The seeded national rule versions cite the register's documents they take their numbers from (issue 21 item 6, docs/adr/0052).</summary>
[Migration(4, "Seeded national rule versions cite their register documents")]
[Tags("assets")]
public sealed class M0004_CiteSeededDocuments : ModuleMigration
{
    public override void Up()
    {
        CiteSeededDocument("assets_service_life", SeededRuleDocuments.FixedAssetsGuide.Id, "未核实（UNCONFIRMED）：参照《政府会计准则第3号");
    }
}
