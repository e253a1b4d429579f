using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Reception.Migrations;

/// <summary>The Vehicles trip request made for a reception's transport (its id in Vehicles; null while none was requested).</summary>
[Migration(3, "Trip request of a reception")]
[Tags("reception")]
public sealed class M0003_ReceptionTrip : ModuleMigration
{
    public override void Up() =>
        Alter.Table("reception_reception").AddColumn("trip_id").AsGuid().Nullable();
}
