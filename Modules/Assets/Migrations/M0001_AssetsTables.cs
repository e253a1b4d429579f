using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Assets.Migrations;

[Migration(1, "Assets, their history, reservations, stock-takes and the service-life rule table")]
[Tags("assets")]
public sealed class M0001_AssetsTables : ModuleMigration
{
    public override void Up()
    {
        var asset = Create.Table("assets_asset")
            .WithColumn("id").AsGuid().PrimaryKey("pk_assets_asset")
            .WithColumn("tag").AsString(40).NotNullable()
            .WithColumn("category").AsString(20).NotNullable()
            .WithColumn("model").AsString(100).NotNullable()
            .WithColumn("manufacturer").AsString(100).NotNullable()
            .WithColumn("serial").AsString(100).Nullable()
            .WithColumn("purchased_on").AsDate().NotNullable()
            .WithColumn("purchase_price_fen").AsInt64().NotNullable()
            .WithColumn("warranty_ends_on").AsDate().Nullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("room_id").AsGuid().Nullable()
            .WithColumn("holder_organ_id").AsGuid().Nullable()
            .WithColumn("holder_staff_id").AsGuid().Nullable()
            // Set when a stock-take closes without finding the asset; cleared only by a later scan or an explicit resolution.
            .WithColumn("missing_stocktake_id").AsGuid().Nullable()
            .WithColumn("disposal_method").AsString(20).Nullable()
            .WithColumn("disposed_on").AsDate().Nullable()
            .WithColumn("disposal_reference").AsString(200).Nullable()
            .WithColumn("appraisal_reference").AsString(200).Nullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(asset.WithColumn("created_at")).NotNullable();
        Instant(asset.WithColumn("updated_at")).NotNullable();
        Create.Index("ux_assets_asset_tag").OnTable("assets_asset").OnColumn("tag").Unique();
        Create.Index("ix_assets_asset_holder").OnTable("assets_asset").OnColumn("holder_organ_id");
        Create.Index("ix_assets_asset_room").OnTable("assets_asset").OnColumn("room_id");

        var history = Create.Table("assets_event")
            .WithColumn("id").AsGuid().PrimaryKey("pk_assets_event")
            .WithColumn("asset_id").AsGuid().NotNullable()
            .WithColumn("kind").AsString(30).NotNullable()
            // The organ that held the asset after the event: an ordinary organ reads only its own part of the history.
            .WithColumn("organ_id").AsGuid().Nullable()
            .WithColumn("holder_staff_id").AsGuid().Nullable()
            .WithColumn("room_id").AsGuid().Nullable()
            .WithColumn("reservation_id").AsGuid().Nullable()
            .WithColumn("note").AsString(500).Nullable()
            .WithColumn("principal").AsString(200).NotNullable();
        Instant(history.WithColumn("occurred_at")).NotNullable();
        Create.Index("ix_assets_event_asset").OnTable("assets_event").OnColumn("asset_id").Ascending().OnColumn("occurred_at").Ascending();

        var reservation = Create.Table("assets_reservation")
            .WithColumn("id").AsGuid().PrimaryKey("pk_assets_reservation")
            .WithColumn("asset_id").AsGuid().NotNullable()
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("staff_id").AsGuid().Nullable()
            .WithColumn("purpose").AsString(200).NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("cancel_reason").AsString(500).Nullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(reservation.WithColumn("starts_at")).NotNullable();
        Instant(reservation.WithColumn("ends_at")).NotNullable();
        Instant(reservation.WithColumn("started_at")).Nullable();
        Instant(reservation.WithColumn("created_at")).NotNullable();
        Instant(reservation.WithColumn("updated_at")).NotNullable();
        // The overlap check reads (asset_id, starts_at) in a range bounded by the longest reservation.
        Create.Index("ix_assets_reservation_asset_start").OnTable("assets_reservation").OnColumn("asset_id").Ascending().OnColumn("starts_at").Ascending();
        Create.Index("ix_assets_reservation_status_start").OnTable("assets_reservation").OnColumn("status").Ascending().OnColumn("starts_at").Ascending();
        Create.Index("ix_assets_reservation_organ").OnTable("assets_reservation").OnColumn("organ_id");

        var stocktake = Create.Table("assets_stocktake")
            .WithColumn("id").AsGuid().PrimaryKey("pk_assets_stocktake")
            .WithColumn("name").AsString(200).NotNullable()
            .WithColumn("scope").AsString(20).NotNullable()
            .WithColumn("organ_id").AsGuid().Nullable()
            .WithColumn("building_id").AsGuid().Nullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(stocktake.WithColumn("created_at")).NotNullable();
        Instant(stocktake.WithColumn("closed_at")).Nullable();

        var item = Create.Table("assets_stocktake_item")
            .WithColumn("id").AsGuid().PrimaryKey("pk_assets_stocktake_item")
            .WithColumn("stocktake_id").AsGuid().NotNullable()
            .WithColumn("asset_id").AsGuid().NotNullable()
            .WithColumn("expected").AsBoolean().NotNullable()
            .WithColumn("expected_room_id").AsGuid().Nullable()
            .WithColumn("found_room_id").AsGuid().Nullable()
            .WithColumn("result").AsString(20).NotNullable()
            .WithColumn("note").AsString(500).Nullable();
        Instant(item.WithColumn("scanned_at")).Nullable();
        Create.Index("ux_assets_stocktake_item").OnTable("assets_stocktake_item")
            .OnColumn("stocktake_id").Ascending().OnColumn("asset_id").Ascending().WithOptions().Unique();

        // Versioned, jurisdiction-scoped service life (使用年限) per category.
        Create.Table("assets_service_life")
            .WithColumn("id").AsGuid().PrimaryKey("pk_assets_service_life")
            .WithColumn("category").AsString(20).NotNullable()
            .WithColumn("jurisdiction").AsString(10).NotNullable()
            .WithColumn("effective_from").AsDate().NotNullable()
            .WithColumn("effective_to").AsDate().Nullable()
            .WithColumn("years").AsInt32().NotNullable()
            .WithColumn("source").AsString(500).NotNullable();
        Create.Index("ux_assets_service_life_version").OnTable("assets_service_life")
            .OnColumn("category").Ascending().OnColumn("jurisdiction").Ascending().OnColumn("effective_from").Ascending().WithOptions().Unique();
    }
}
