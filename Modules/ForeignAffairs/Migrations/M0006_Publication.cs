using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.ForeignAffairs.Migrations;

/// <summary>The first day of a visit's pre-trip publication (公示, F9).</summary>
[Migration(6, "The pre-trip publication of a visit")]
[Tags(ForeignAffairsModule.Name)]
public sealed class M0006_Publication : ModuleMigration
{
    public override void Up() =>
        Alter.Table("foreign_affairs_visit").AddColumn("publication_starts_on").AsDate().Nullable();
}
