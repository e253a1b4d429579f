using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Organs.Migrations;

[Migration(1, "Organs, headcount, ranks, staff and posts")]
[Tags("organs")]
public sealed class M0001_OrgansTables : ModuleMigration
{
    public override void Up()
    {
        var organ = Create.Table("organs_organ")
            .WithColumn("id").AsGuid().PrimaryKey("pk_organs_organ")
            .WithColumn("name").AsString(200).NotNullable()
            .WithColumn("short_name").AsString(50).Nullable()
            .WithColumn("division_code").AsString(6).NotNullable()
            .WithColumn("uscc").AsString(18).NotNullable()
            .WithColumn("uscc_check_overridden").AsBoolean().NotNullable()
            .WithColumn("uscc_override_reason").AsString(500).Nullable()
            .WithColumn("level").AsString(20).NotNullable()
            .WithColumn("organ_type").AsString(40).NotNullable()
            .WithColumn("parent_id").AsGuid().Nullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("dissolved_on").AsDate().Nullable()
            .WithColumn("dissolve_reason").AsString(500).Nullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(organ.WithColumn("created_at")).NotNullable();
        Instant(organ.WithColumn("updated_at")).NotNullable();
        Create.Index("ux_organs_organ_uscc").OnTable("organs_organ").OnColumn("uscc").Unique();
        Create.Index("ix_organs_organ_parent").OnTable("organs_organ").OnColumn("parent_id");
        Create.Index("ix_organs_organ_name").OnTable("organs_organ").OnColumn("name");

        Create.Table("organs_headcount")
            .WithColumn("organ_id").AsGuid().NotNullable().PrimaryKey("pk_organs_headcount").ForeignKey("fk_organs_headcount_organ", "organs_organ", "id")
            .WithColumn("rank_code").AsString(50).NotNullable().PrimaryKey("pk_organs_headcount")
            .WithColumn("approved").AsInt32().NotNullable();

        Create.Table("organs_rank")
            .WithColumn("id").AsGuid().PrimaryKey("pk_organs_rank")
            .WithColumn("jurisdiction").AsString(10).NotNullable()
            .WithColumn("level").AsString(20).NotNullable()
            .WithColumn("code").AsString(50).NotNullable()
            .WithColumn("name_zh").AsString(100).NotNullable()
            .WithColumn("name_en").AsString(100).NotNullable()
            .WithColumn("is_leader").AsBoolean().NotNullable()
            .WithColumn("sort_order").AsInt32().NotNullable()
            .WithColumn("effective_from").AsDate().NotNullable()
            .WithColumn("effective_to").AsDate().Nullable()
            .WithColumn("source").AsString(500).NotNullable();
        Create.Index("ux_organs_rank_version").OnTable("organs_rank")
            .OnColumn("jurisdiction").Ascending().OnColumn("level").Ascending().OnColumn("code").Ascending().OnColumn("effective_from").Ascending()
            .WithOptions().Unique();

        var staff = Create.Table("organs_staff")
            .WithColumn("id").AsGuid().PrimaryKey("pk_organs_staff")
            .WithColumn("name").AsString(100).NotNullable()
            .WithColumn("organ_id").AsGuid().NotNullable().ForeignKey("fk_organs_staff_organ", "organs_organ", "id")
            .WithColumn("rank_code").AsString(50).NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("status_effective_on").AsDate().NotNullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(staff.WithColumn("created_at")).NotNullable();
        Instant(staff.WithColumn("updated_at")).NotNullable();
        Create.Index("ix_organs_staff_organ").OnTable("organs_staff").OnColumn("organ_id");

        Create.Table("organs_post")
            .WithColumn("id").AsGuid().PrimaryKey("pk_organs_post")
            .WithColumn("staff_member_id").AsGuid().NotNullable().ForeignKey("fk_organs_post_staff", "organs_staff", "id")
            .WithColumn("organ_id").AsGuid().NotNullable().ForeignKey("fk_organs_post_organ", "organs_organ", "id")
            .WithColumn("is_primary").AsBoolean().NotNullable()
            .WithColumn("title").AsString(100).Nullable()
            .WithColumn("started_on").AsDate().NotNullable()
            .WithColumn("ended_on").AsDate().Nullable();
        Create.Index("ix_organs_post_staff").OnTable("organs_post").OnColumn("staff_member_id");
    }
}
