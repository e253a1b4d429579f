using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Buildings.Migrations;

/// <summary>
/// B8: an allocation that takes an organ above its approved office area is kept only under a recorded
/// exception, and opens a recovery case of the allocation itself (no office, no staff member). The
/// recovery case table is rebuilt so that assignment and staff member may be empty and every case names
/// its allocation (an office's case: the allocation of its room); SQLite cannot relax a NOT NULL column,
/// so the same portable rebuild runs on every provider (new table, copy, drop, rename; constraint names
/// carry a "2" because PostgreSQL and SQL Server keep them schema-wide while the old table still exists).
/// </summary>
[Migration(8, "Over-approved-area exceptions on allocations; recovery cases of allocations")]
[Tags("buildings")]
public sealed class M0008_OverApprovedAreaExceptions : ModuleMigration
{
    private const string Columns = "id, event_id, assignment_id, allocation_id, staff_member_id, organ_id, room_id, reason, effective_on, due_on, rule_id, status, closed_on, created_at, updated_at";

    public override void Up()
    {
        Alter.Table("buildings_allocation").AddColumn("over_approved_area").AsBoolean().NotNullable().WithDefaultValue(false);
        Alter.Table("buildings_allocation").AddColumn("exception_approval_reference").AsString(100).Nullable();

        var recovery = Create.Table("buildings_recovery_case_next")
            .WithColumn("id").AsGuid().PrimaryKey("pk_buildings_recovery_case2")
            .WithColumn("event_id").AsGuid().NotNullable()
            .WithColumn("assignment_id").AsGuid().Nullable().ForeignKey("fk_buildings_recovery_case2_assignment", "buildings_assignment", "id")
            .WithColumn("allocation_id").AsGuid().NotNullable().ForeignKey("fk_buildings_recovery_case2_allocation", "buildings_allocation", "id")
            .WithColumn("staff_member_id").AsGuid().Nullable()
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("room_id").AsGuid().NotNullable()
            .WithColumn("reason").AsString(30).NotNullable()
            .WithColumn("effective_on").AsDate().NotNullable()
            .WithColumn("due_on").AsDate().NotNullable()
            .WithColumn("rule_id").AsGuid().NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("closed_on").AsDate().Nullable();
        Instant(recovery.WithColumn("created_at")).NotNullable();
        Instant(recovery.WithColumn("updated_at")).NotNullable();
        Execute.Sql(
            $"""
            INSERT INTO buildings_recovery_case_next ({Columns})
            SELECT r.id, r.event_id, r.assignment_id, a.allocation_id, r.staff_member_id, r.organ_id, r.room_id, r.reason, r.effective_on, r.due_on, r.rule_id,
                   r.status, r.closed_on, r.created_at, r.updated_at
            FROM buildings_recovery_case r JOIN buildings_assignment a ON a.id = r.assignment_id
            """);
        Delete.Table("buildings_recovery_case");
        Rename.Table("buildings_recovery_case_next").To("buildings_recovery_case");
        // One case per event and office (an allocation's own case: one per event and allocation).
        Create.Index("ux_buildings_recovery_case_event").OnTable("buildings_recovery_case")
            .OnColumn("event_id").Ascending().OnColumn("allocation_id").Ascending().OnColumn("assignment_id").Ascending().WithOptions().Unique();
        Create.Index("ix_buildings_recovery_case_assignment").OnTable("buildings_recovery_case").OnColumn("assignment_id");
        Create.Index("ix_buildings_recovery_case_allocation").OnTable("buildings_recovery_case").OnColumn("allocation_id");
        Create.Index("ix_buildings_recovery_case_organ").OnTable("buildings_recovery_case").OnColumn("organ_id");
    }
}
