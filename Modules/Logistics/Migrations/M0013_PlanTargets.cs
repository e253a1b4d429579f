using FluentMigrator;
using FluentMigrator.Builders.Alter.Table;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Logistics.Migrations;

/// <summary>
/// Preventive plans per building, floor, room or asset (issue 20 item 4): the target's kind and id, the building it lies in
/// (for the list's filter), the asset; the schedule's start, retirement and a version for If-Match. Plans made before keep
/// their room as the target.
/// </summary>
[Migration(13, "Maintenance plan targets, edits and retirement")]
[Tags("logistics")]
public sealed class M0013_PlanTargets : ModuleMigration
{
    public override void Up()
    {
        Alter.Table("logistics_maintenance_plan")
            .AddColumn("target_kind").AsString(10).NotNullable().WithDefaultValue("Room")
            .AddColumn("target_id").AsGuid().Nullable()
            .AddColumn("building_id").AsGuid().Nullable()
            .AddColumn("asset_id").AsGuid().Nullable()
            .AddColumn("retired_reason").AsString(500).Nullable()
            .AddColumn("version").AsInt64().NotNullable().WithDefaultValue(1);
        AlterInstant(Alter.Table("logistics_maintenance_plan").AddColumn("schedule_from")).Nullable();
        AlterInstant(Alter.Table("logistics_maintenance_plan").AddColumn("retired_at")).Nullable();
        AlterInstant(Alter.Table("logistics_maintenance_plan").AddColumn("updated_at")).Nullable();
        Execute.Sql("UPDATE logistics_maintenance_plan SET target_id = room_id");
        Create.Index("ix_logistics_maintenance_plan_target").OnTable("logistics_maintenance_plan").OnColumn("target_id");
        Create.Index("ix_logistics_maintenance_plan_building").OnTable("logistics_maintenance_plan").OnColumn("building_id");
    }

    private IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax AlterInstant(IAlterTableColumnAsTypeSyntax column) =>
        IsSqlite ? column.AsCustom("TEXT") : column.AsDateTimeOffset();
}
