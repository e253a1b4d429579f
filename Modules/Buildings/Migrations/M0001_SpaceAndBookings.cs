using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Buildings.Migrations;

/// <summary>Buildings, floors, rooms, meeting-room bookings and their add-ons. Areas are integer hundredths of m².</summary>
[Migration(1, "Space registry and meeting-room bookings")]
[Tags("buildings")]
public sealed class M0001_SpaceAndBookings : ModuleMigration
{
    public override void Up()
    {
        var building = Create.Table("buildings_building")
            .WithColumn("id").AsGuid().PrimaryKey("pk_buildings_building")
            .WithColumn("code").AsString(30).NotNullable()
            .WithColumn("name").AsString(200).NotNullable()
            .WithColumn("address").AsString(300).NotNullable()
            .WithColumn("ownership").AsString(20).NotNullable()
            .WithColumn("title_registered").AsBoolean().NotNullable()
            .WithColumn("gross_area_centi").AsInt64().NotNullable()
            .WithColumn("year_built").AsInt32().NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("retired_on").AsDate().Nullable()
            .WithColumn("retire_reason").AsString(500).Nullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(building.WithColumn("created_at")).NotNullable();
        Instant(building.WithColumn("updated_at")).NotNullable();
        Create.Index("ux_buildings_building_code").OnTable("buildings_building").OnColumn("code").Unique();

        Create.Table("buildings_floor")
            .WithColumn("id").AsGuid().PrimaryKey("pk_buildings_floor")
            .WithColumn("building_id").AsGuid().NotNullable().ForeignKey("fk_buildings_floor_building", "buildings_building", "id")
            .WithColumn("label").AsString(20).NotNullable()
            .WithColumn("level").AsInt32().NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("retired_on").AsDate().Nullable();
        Create.Index("ux_buildings_floor_label").OnTable("buildings_floor")
            .OnColumn("building_id").Ascending().OnColumn("label").Ascending().WithOptions().Unique();

        var room = Create.Table("buildings_room")
            .WithColumn("id").AsGuid().PrimaryKey("pk_buildings_room")
            .WithColumn("building_id").AsGuid().NotNullable().ForeignKey("fk_buildings_room_building", "buildings_building", "id")
            .WithColumn("floor_id").AsGuid().NotNullable().ForeignKey("fk_buildings_room_floor", "buildings_floor", "id")
            .WithColumn("number").AsString(30).NotNullable()
            .WithColumn("room_type").AsString(20).NotNullable()
            .WithColumn("usable_area_centi").AsInt64().NotNullable()
            .WithColumn("capacity").AsInt32().NotNullable()
            .WithColumn("bookable").AsBoolean().NotNullable()
            .WithColumn("requires_approval").AsBoolean().NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("retired_on").AsDate().Nullable()
            .WithColumn("retire_reason").AsString(500).Nullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(room.WithColumn("created_at")).NotNullable();
        Instant(room.WithColumn("updated_at")).NotNullable();
        Create.Index("ux_buildings_room_number").OnTable("buildings_room")
            .OnColumn("building_id").Ascending().OnColumn("number").Ascending().WithOptions().Unique();

        var booking = Create.Table("buildings_booking")
            .WithColumn("id").AsGuid().PrimaryKey("pk_buildings_booking")
            .WithColumn("room_id").AsGuid().NotNullable().ForeignKey("fk_buildings_booking_room", "buildings_room", "id")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("series_id").AsGuid().Nullable()
            .WithColumn("title").AsString(200).NotNullable()
            .WithColumn("attendees").AsInt32().NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("decision_note").AsString(500).Nullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(booking.WithColumn("starts_at")).NotNullable();
        Instant(booking.WithColumn("ends_at")).NotNullable();
        Instant(booking.WithColumn("created_at")).NotNullable();
        Instant(booking.WithColumn("updated_at")).NotNullable();
        Create.Index("ix_buildings_booking_room_start").OnTable("buildings_booking")
            .OnColumn("room_id").Ascending().OnColumn("starts_at").Ascending();
        Create.Index("ix_buildings_booking_organ").OnTable("buildings_booking").OnColumn("organ_id");

        Create.Table("buildings_booking_addon")
            .WithColumn("id").AsGuid().PrimaryKey("pk_buildings_booking_addon")
            .WithColumn("booking_id").AsGuid().NotNullable().ForeignKey("fk_buildings_booking_addon_booking", "buildings_booking", "id")
            .WithColumn("kind").AsString(20).NotNullable()
            .WithColumn("quantity").AsInt32().NotNullable()
            .WithColumn("note").AsString(500).Nullable();
        Create.Index("ix_buildings_booking_addon_booking").OnTable("buildings_booking_addon").OnColumn("booking_id");
    }
}
