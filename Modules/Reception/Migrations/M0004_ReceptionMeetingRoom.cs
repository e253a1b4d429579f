using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Reception.Migrations;

/// <summary>The Buildings meeting-room booking made for a reception (its id in Buildings; null while none was made).</summary>
[Migration(4, "Meeting-room booking of a reception")]
[Tags("reception")]
public sealed class M0004_ReceptionMeetingRoom : ModuleMigration
{
    public override void Up() =>
        Alter.Table("reception_reception").AddColumn("meeting_room_booking_id").AsGuid().Nullable();
}
