using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Vehicles.Migrations;

[Migration(1, "Vehicles, quotas and the rule table")]
[Tags("vehicles")]
public sealed class M0001_VehiclesTables : ModuleMigration
{
    public override void Up()
    {
        var vehicle = Create.Table("vehicles_vehicle")
            .WithColumn("id").AsGuid().PrimaryKey("pk_vehicles_vehicle")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("plate").AsString(10).NotNullable()
            .WithColumn("vin").AsString(17).NotNullable()
            .WithColumn("brand").AsString(50).NotNullable()
            .WithColumn("model").AsString(100).NotNullable()
            .WithColumn("domestic_brand").AsBoolean().NotNullable()
            .WithColumn("energy_type").AsString(20).NotNullable()
            .WithColumn("body_type").AsString(20).NotNullable()
            .WithColumn("category").AsString(30).NotNullable()
            .WithColumn("seats").AsInt32().NotNullable()
            .WithColumn("displacement_ml").AsInt32().Nullable()
            .WithColumn("purchase_price_fen").AsInt64().NotNullable()
            .WithColumn("purchased_on").AsDate().NotNullable()
            .WithColumn("odometer_km").AsInt32().NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("assigned_leader_id").AsGuid().Nullable()
            .WithColumn("approval_reference").AsString(200).Nullable()
            .WithColumn("purchase_standard_code").AsString(60).Nullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(vehicle.WithColumn("created_at")).NotNullable();
        Instant(vehicle.WithColumn("updated_at")).NotNullable();
        Create.Index("ux_vehicles_vehicle_plate").OnTable("vehicles_vehicle").OnColumn("plate").Unique();
        Create.Index("ux_vehicles_vehicle_vin").OnTable("vehicles_vehicle").OnColumn("vin").Unique();
        Create.Index("ix_vehicles_vehicle_organ").OnTable("vehicles_vehicle").OnColumn("organ_id");

        // One row per organ and category; registering a vehicle locks it, so the count under quota is exact.
        Create.Table("vehicles_quota")
            .WithColumn("id").AsGuid().PrimaryKey("pk_vehicles_quota")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("category").AsString(30).NotNullable()
            .WithColumn("approved").AsInt32().NotNullable();
        Create.Index("ux_vehicles_quota_organ_category").OnTable("vehicles_quota")
            .OnColumn("organ_id").Ascending().OnColumn("category").Ascending().WithOptions().Unique();

        // Versioned, jurisdiction-scoped rules of every kind; the value is the kind's typed record as JSON.
        Create.Table("vehicles_rule")
            .WithColumn("id").AsGuid().PrimaryKey("pk_vehicles_rule")
            .WithColumn("kind").AsString(40).NotNullable()
            .WithColumn("rule_key").AsString(60).NotNullable()
            .WithColumn("jurisdiction").AsString(10).NotNullable()
            .WithColumn("effective_from").AsDate().NotNullable()
            .WithColumn("effective_to").AsDate().Nullable()
            .WithColumn("value").AsString(4000).NotNullable()
            .WithColumn("source").AsString(500).NotNullable();
        Create.Index("ux_vehicles_rule_version").OnTable("vehicles_rule")
            .OnColumn("kind").Ascending().OnColumn("rule_key").Ascending().OnColumn("jurisdiction").Ascending().OnColumn("effective_from").Ascending()
            .WithOptions().Unique();
    }
}
