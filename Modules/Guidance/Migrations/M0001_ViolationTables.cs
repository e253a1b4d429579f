using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Guidance.Migrations;

[Migration(1, "The violations dashboard: a read model of every module's violations and the record of the one-time backfill")]
[Tags("guidance")]
public sealed class M0001_ViolationTables : ModuleMigration
{
    public override void Up()
    {
        // Keyed by the source's violation id: an event delivered twice, or an event and the backfill, write one row.
        var violation = Create.Table("guidance_violation")
            .WithColumn("violation_id").AsGuid().PrimaryKey("pk_guidance_violation")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("division_code").AsString(6).NotNullable()
            .WithColumn("duty").AsString(30).NotNullable()
            .WithColumn("kind").AsString(100).NotNullable()
            .WithColumn("subject_id").AsGuid().NotNullable()
            .WithColumn("rule_id").AsString(20).NotNullable()
            .WithColumn("rule_version_id").AsGuid().Nullable()
            .WithColumn("opened_on").AsDate().NotNullable()
            .WithColumn("due_on").AsDate().Nullable()
            .WithColumn("closed_on").AsDate().Nullable()
            .WithColumn("close_reason").AsString(30).Nullable()
            .WithColumn("note").AsString(500).Nullable();
        Instant(violation.WithColumn("recorded_at")).NotNullable();
        // The dashboard reads open violations per organ (the scope filters by organ), grouped by duty and kind.
        Create.Index("ix_guidance_violation_open").OnTable("guidance_violation")
            .OnColumn("closed_on").Ascending().OnColumn("organ_id").Ascending().OnColumn("duty").Ascending().OnColumn("kind").Ascending().OnColumn("opened_on").Ascending();
        Create.Index("ix_guidance_violation_organ").OnTable("guidance_violation")
            .OnColumn("organ_id").Ascending().OnColumn("opened_on").Ascending();

        // One row per source module once its open violations were loaded (the backfill runs once per source).
        var backfill = Create.Table("guidance_violation_backfill")
            .WithColumn("source").AsString(50).PrimaryKey("pk_guidance_violation_backfill")
            .WithColumn("loaded").AsInt32().NotNullable();
        Instant(backfill.WithColumn("completed_at")).NotNullable();
    }
}
