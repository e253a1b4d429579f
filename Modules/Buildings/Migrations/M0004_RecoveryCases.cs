using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Buildings.Migrations;

/// <summary>
/// Deadline rules (versioned, jurisdiction-scoped) seeded nationally from 党政机关办公用房管理办法 (2017):
/// offices of transferred or retired staff are recovered within 1 month; a second office within 2
/// months of leaving the concurrent post. And the recovery cases opened from Organs events.
/// </summary>
[Migration(4, "Recovery deadline rules (党政机关办公用房管理办法 2017) and recovery cases")]
[Tags("buildings")]
public sealed class M0004_RecoveryCases : ModuleMigration
{
    private const string Source = "党政机关办公用房管理办法（2017年）";

    public override void Up()
    {
        Create.Table("buildings_deadline_rule")
            .WithColumn("id").AsGuid().PrimaryKey("pk_buildings_deadline_rule")
            .WithColumn("jurisdiction").AsString(10).NotNullable()
            .WithColumn("code").AsString(50).NotNullable()
            .WithColumn("months").AsInt32().NotNullable()
            .WithColumn("effective_from").AsDate().NotNullable()
            .WithColumn("effective_to").AsDate().Nullable()
            .WithColumn("source").AsString(500).NotNullable();
        Create.Index("ux_buildings_deadline_rule_version").OnTable("buildings_deadline_rule")
            .OnColumn("jurisdiction").Ascending().OnColumn("code").Ascending().OnColumn("effective_from").Ascending().WithOptions().Unique();
        Insert.IntoTable("buildings_deadline_rule").Row(new
        {
            id = new Guid("00000000-0000-0000-0004-000000000001"), jurisdiction = "national", code = "OfficeRecovery", months = 1,
            effective_from = "2017-01-01", source = Source + "：调离或退休人员办公用房 1 个月内腾退",
        });
        Insert.IntoTable("buildings_deadline_rule").Row(new
        {
            id = new Guid("00000000-0000-0000-0004-000000000002"), jurisdiction = "national", code = "SecondOfficeRecovery", months = 2,
            effective_from = "2017-01-01", source = Source + "：兼职另行配置的办公用房在离任后 2 个月内腾退",
        });

        var recovery = Create.Table("buildings_recovery_case")
            .WithColumn("id").AsGuid().PrimaryKey("pk_buildings_recovery_case")
            .WithColumn("event_id").AsGuid().NotNullable()
            .WithColumn("assignment_id").AsGuid().NotNullable().ForeignKey("fk_buildings_recovery_case_assignment", "buildings_assignment", "id")
            .WithColumn("staff_member_id").AsGuid().NotNullable()
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
        // One case per event and office: a redelivered event finds its cases and does nothing.
        Create.Index("ux_buildings_recovery_case_event").OnTable("buildings_recovery_case")
            .OnColumn("event_id").Ascending().OnColumn("assignment_id").Ascending().WithOptions().Unique();
        Create.Index("ix_buildings_recovery_case_assignment").OnTable("buildings_recovery_case").OnColumn("assignment_id");
        Create.Index("ix_buildings_recovery_case_organ").OnTable("buildings_recovery_case").OnColumn("organ_id");
    }
}
