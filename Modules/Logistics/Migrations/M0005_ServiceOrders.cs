using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Logistics.Migrations;

[Migration(5, "Conference service orders from booking add-ons, and the backfill marks")]
[Tags("logistics")]
public sealed class M0005_ServiceOrders : ModuleMigration
{
    public override void Up()
    {
        // One order per booking and add-on kind: the unique key makes a redelivered notification, and the backfill, a no-op.
        var order = Create.Table("logistics_service_order")
            .WithColumn("id").AsGuid().PrimaryKey("pk_logistics_service_order")
            .WithColumn("booking_id").AsGuid().NotNullable()
            .WithColumn("kind").AsString(20).NotNullable()
            .WithColumn("room_id").AsGuid().NotNullable()
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("quantity").AsInt32().NotNullable()
            .WithColumn("requested_quantity").AsInt32().NotNullable()
            .WithColumn("attendees").AsInt32().NotNullable()
            .WithColumn("note").AsString(1000).Nullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("delivery_note").AsString(500).Nullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(order.WithColumn("due_at")).NotNullable();
        Instant(order.WithColumn("ends_at")).NotNullable();
        Instant(order.WithColumn("delivered_at")).Nullable();
        Instant(order.WithColumn("cancelled_at")).Nullable();
        Instant(order.WithColumn("created_at")).NotNullable();
        Instant(order.WithColumn("updated_at")).NotNullable();
        Create.Index("ux_logistics_service_order_addon").OnTable("logistics_service_order")
            .OnColumn("booking_id").Ascending().OnColumn("kind").Ascending().WithOptions().Unique();
        Create.Index("ix_logistics_service_order_organ").OnTable("logistics_service_order").OnColumn("organ_id");
        Create.Index("ix_logistics_service_order_due").OnTable("logistics_service_order").OnColumn("due_at");

        // A source backfilled once (keyed by its name), so a restart does not page through it again.
        var backfill = Create.Table("logistics_backfill")
            .WithColumn("source").AsString(60).PrimaryKey("pk_logistics_backfill");
        Instant(backfill.WithColumn("done_at")).NotNullable();
    }
}
