using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Logistics.Migrations;

/// <summary>A work order may name an asset (Assets) as its subject; the room stays where the work is done.</summary>
[Migration(8, "Assets as work-order subjects")]
[Tags("logistics")]
public sealed class M0008_WorkOrderAssets : ModuleMigration
{
    public override void Up()
    {
        Alter.Table("logistics_work_order").AddColumn("asset_id").AsGuid().Nullable();
        Create.Index("ix_logistics_work_order_asset").OnTable("logistics_work_order").OnColumn("asset_id");
    }
}
