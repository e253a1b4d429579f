using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Logistics.Migrations;

[Migration(3, "Preventive maintenance plans and their occurrences")]
[Tags("logistics")]
public sealed class M0003_MaintenancePlans : ModuleMigration
{
    public override void Up()
    {
        var plan = Create.Table("logistics_maintenance_plan")
            .WithColumn("id").AsGuid().PrimaryKey("pk_logistics_maintenance_plan")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("requester_staff_member_id").AsGuid().NotNullable()
            .WithColumn("room_id").AsGuid().NotNullable()
            .WithColumn("service_item").AsString(60).NotNullable()
            .WithColumn("priority").AsInt32().NotNullable()
            .WithColumn("title").AsString(200).NotNullable()
            .WithColumn("schedule").AsString(100).NotNullable()
            .WithColumn("checklist").AsString(12000).NotNullable();
        Instant(plan.WithColumn("created_at")).NotNullable();
        Create.Index("ix_logistics_maintenance_plan_organ").OnTable("logistics_maintenance_plan").OnColumn("organ_id");

        // One row per plan and occurrence: the unique key makes generation exactly once, whichever Host runs it.
        var occurrence = Create.Table("logistics_plan_occurrence")
            .WithColumn("id").AsGuid().PrimaryKey("pk_logistics_plan_occurrence")
            .WithColumn("plan_id").AsGuid().NotNullable()
            .WithColumn("work_order_id").AsGuid().NotNullable();
        Instant(occurrence.WithColumn("due_at")).NotNullable();
        Create.Index("ux_logistics_plan_occurrence_due").OnTable("logistics_plan_occurrence")
            .OnColumn("plan_id").Ascending().OnColumn("due_at").Ascending().WithOptions().Unique();
    }
}
