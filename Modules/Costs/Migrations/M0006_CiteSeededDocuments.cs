using FluentMigrator;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Costs.Migrations;

/// <summary>The seeded national rule versions cite the register's documents they take their numbers from (issue 21 item 6, docs/adr/0052).</summary>
[Migration(6, "Seeded national rule versions cite their register documents")]
[Tags("costs")]
public sealed class M0006_CiteSeededDocuments : ModuleMigration
{
    public override void Up()
    {
        CiteSeededDocument("costs_rule", SeededRuleDocuments.BudgetLaw.Id, "中华人民共和国预算法");
    }
}
