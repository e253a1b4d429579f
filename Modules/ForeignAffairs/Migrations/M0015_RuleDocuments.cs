using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.ForeignAffairs.Migrations;

/// <summary>
/// Issue 21 item 6 (docs/adr/0052): every version of a ForeignAffairs rule (limits, regions, hand-back, deadlines, travel classes,
/// lodging, allowances, incoming standards — one kind-keyed table) may cite the rules register's document that set it. Seeded
/// versions cite none until the register holds the national documents.
/// </summary>
[Migration(15, "Rule versions cite register documents")]
[Tags(ForeignAffairsModule.Name)]
public sealed class M0015_RuleDocuments : ModuleMigration
{
    public override void Up()
    {
        Alter.Table("foreign_affairs_rule").AddColumn("document_id").AsGuid().Nullable();
    }
}
