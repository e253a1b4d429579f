using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Organs.Migrations;

/// <summary>
/// The rank and organ of each staff member over time, so a report for a past date (the yearly filing of
/// leaders' offices, B9) uses the rank in force then. Existing members get one row from their first post's
/// start with their current rank and organ (earlier changes were not recorded).
/// </summary>
[Migration(6, "Staff rank history")]
[Tags("organs")]
public sealed class M0006_StaffRankHistory : ModuleMigration
{
    public override void Up()
    {
        Create.Table("organs_staff_rank")
            .WithColumn("id").AsGuid().PrimaryKey("pk_organs_staff_rank")
            .WithColumn("staff_member_id").AsGuid().NotNullable().ForeignKey("fk_organs_staff_rank_staff", "organs_staff", "id")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("rank_code").AsString(50).NotNullable()
            .WithColumn("effective_from").AsDate().NotNullable()
            .WithColumn("effective_to").AsDate().Nullable();
        Create.Index("ix_organs_staff_rank_staff").OnTable("organs_staff_rank").OnColumn("staff_member_id");
        Execute.Sql(
            """
            INSERT INTO organs_staff_rank (id, staff_member_id, organ_id, rank_code, effective_from, effective_to)
            SELECT s.id, s.id, s.organ_id, s.rank_code, (SELECT MIN(p.started_on) FROM organs_post p WHERE p.staff_member_id = s.id), NULL
            FROM organs_staff s
            WHERE s.status = 'Active'
            """);
    }
}
