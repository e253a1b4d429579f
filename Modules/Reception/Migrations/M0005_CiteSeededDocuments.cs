using FluentMigrator;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Reception.Migrations;

/// <summary>The seeded national rule versions cite the register's documents they take their numbers from (issue 21 item 6, docs/adr/0052).</summary>
[Migration(5, "Seeded national rule versions cite their register documents")]
[Tags("reception")]
public sealed class M0005_CiteSeededDocuments : ModuleMigration
{
    public override void Up()
    {
        CiteSeededDocument("reception_rule", SeededRuleDocuments.DomesticReception.Id, "党政机关国内公务接待管理规定");
        CiteSeededDocument("reception_rule", SeededRuleDocuments.ThriftRegulations.Id, "党政机关厉行节约反对浪费条例");
    }
}
