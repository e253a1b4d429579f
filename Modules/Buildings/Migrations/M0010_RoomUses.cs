using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Buildings.Migrations;

/// <summary>
/// B10: renting (出租), lending (出借) and use by another unit (调整给其他单位使用) of an allocated room, each
/// with its approval (党政机关办公用房管理办法 第十八、十九条); kept, never deleted, and listed in the annual publication.
/// </summary>
[Migration(10, "Renting, lending and use by another unit of allocated rooms (B10)")]
[Tags("buildings")]
public sealed class M0010_RoomUses : ModuleMigration
{
    public override void Up()
    {
        var use = Create.Table("buildings_room_use")
            .WithColumn("id").AsGuid().PrimaryKey("pk_buildings_room_use")
            .WithColumn("room_id").AsGuid().NotNullable().ForeignKey("fk_buildings_room_use_room", "buildings_room", "id")
            .WithColumn("allocation_id").AsGuid().NotNullable().ForeignKey("fk_buildings_room_use_allocation", "buildings_allocation", "id")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("kind").AsString(20).NotNullable()
            .WithColumn("user_name").AsString(200).NotNullable()
            .WithColumn("starts_on").AsDate().NotNullable()
            .WithColumn("ends_on").AsDate().Nullable()
            .WithColumn("approval_reference").AsString(100).NotNullable();
        Instant(use.WithColumn("created_at")).NotNullable();
        Create.Index("ix_buildings_room_use_room").OnTable("buildings_room_use").OnColumn("room_id");
        Create.Index("ix_buildings_room_use_organ").OnTable("buildings_room_use").OnColumn("organ_id");
    }
}
