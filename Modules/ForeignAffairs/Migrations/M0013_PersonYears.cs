using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.ForeignAffairs.Migrations;

/// <summary>
/// One row per staff member and year of departure, only a lock (F11): an approval locks its members' rows before it counts their
/// trips of the year, so approvals of different organs with the same person queue. The id is derived from the key
/// (<see cref="Domain.PersonYear"/>), so the rows are locked by id without a read.
/// </summary>
[Migration(13, "Per-person yearly trip locks")]
[Tags(ForeignAffairsModule.Name)]
public sealed class M0013_PersonYears : ModuleMigration
{
    public override void Up()
    {
        Create.Table("foreign_affairs_person_year")
            .WithColumn("id").AsGuid().PrimaryKey("pk_foreign_affairs_person_year")
            .WithColumn("staff_member_id").AsGuid().NotNullable()
            .WithColumn("year").AsInt32().NotNullable();
        Create.Index("ux_foreign_affairs_person_year_key").OnTable("foreign_affairs_person_year")
            .OnColumn("staff_member_id").Ascending().OnColumn("year").Ascending().WithOptions().Unique();
    }
}
