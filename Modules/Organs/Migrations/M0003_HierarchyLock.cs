using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Organs.Migrations;

/// <summary>
/// One row that every change to the organ hierarchy updates first, so such changes run one at a
/// time: two concurrent re-parentings cannot together close a cycle, and a child cannot be added
/// to an organ while it is being dissolved.
/// </summary>
[Migration(3, "Hierarchy lock row")]
[Tags("organs")]
public sealed class M0003_HierarchyLock : ModuleMigration
{
    public override void Up()
    {
        Create.Table("organs_hierarchy_lock")
            .WithColumn("id").AsInt32().PrimaryKey("pk_organs_hierarchy_lock")
            .WithColumn("version").AsInt64().NotNullable();
        Insert.IntoTable("organs_hierarchy_lock").Row(new { id = 1, version = 0 });
    }
}
