using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.ForeignAffairs.Migrations;

/// <summary>
/// Members' dates of birth (issue 19 item 8), encrypted like the document numbers (Data Protection payloads, hence text). Guests' dates of
/// birth ride encrypted in the delegation's guest JSON and need no column.
/// </summary>
[Migration(17, "Members' dates of birth, encrypted")]
[Tags(ForeignAffairsModule.Name)]
public sealed class M0017_DatesOfBirth : ModuleMigration
{
    public override void Up()
    {
        Alter.Table("foreign_affairs_member")
            .AddColumn("date_of_birth").AsString(1000).Nullable();
    }
}
