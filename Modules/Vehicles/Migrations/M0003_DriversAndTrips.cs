using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Vehicles.Migrations;

[Migration(3, "Drivers, trips and sealed periods")]
[Tags("vehicles")]
public sealed class M0003_DriversAndTrips : ModuleMigration
{
    public override void Up()
    {
        var driver = Create.Table("vehicles_driver")
            .WithColumn("id").AsGuid().PrimaryKey("pk_vehicles_driver")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("name").AsString(100).NotNullable()
            .WithColumn("licence_class").AsString(10).NotNullable()
            .WithColumn("licence_expires_on").AsDate().NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(driver.WithColumn("created_at")).NotNullable();
        Instant(driver.WithColumn("updated_at")).NotNullable();
        Create.Index("ix_vehicles_driver_organ").OnTable("vehicles_driver").OnColumn("organ_id");

        // Fuel in millilitres, charge in watt-hours, money in fen: exact integers on every provider.
        var trip = Create.Table("vehicles_trip")
            .WithColumn("id").AsGuid().PrimaryKey("pk_vehicles_trip")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("applicant").AsString(100).NotNullable()
            .WithColumn("purpose").AsString(500).NotNullable()
            .WithColumn("passengers").AsInt32().NotNullable()
            .WithColumn("origin").AsString(200).NotNullable()
            .WithColumn("destination").AsString(200).NotNullable();
        Instant(trip.WithColumn("starts_at")).NotNullable();
        Instant(trip.WithColumn("ends_at")).NotNullable();
        trip.WithColumn("status").AsString(20).NotNullable()
            .WithColumn("vehicle_id").AsGuid().Nullable()
            .WithColumn("driver_id").AsGuid().Nullable()
            .WithColumn("emergency_approval_reference").AsString(200).Nullable()
            .WithColumn("reason").AsString(500).Nullable()
            .WithColumn("odometer_out_km").AsInt32().Nullable()
            .WithColumn("odometer_in_km").AsInt32().Nullable()
            .WithColumn("fuel_ml").AsInt64().Nullable()
            .WithColumn("charge_wh").AsInt64().Nullable()
            .WithColumn("tolls_fen").AsInt64().Nullable()
            .WithColumn("parking_fen").AsInt64().Nullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(trip.WithColumn("created_at")).NotNullable();
        Instant(trip.WithColumn("updated_at")).NotNullable();
        Create.Index("ix_vehicles_trip_vehicle").OnTable("vehicles_trip").OnColumn("vehicle_id").Ascending().OnColumn("starts_at").Ascending();
        Create.Index("ix_vehicles_trip_driver").OnTable("vehicles_trip").OnColumn("driver_id").Ascending().OnColumn("starts_at").Ascending();
        Create.Index("ix_vehicles_trip_organ").OnTable("vehicles_trip").OnColumn("organ_id");

        Create.Table("vehicles_sealed_period")
            .WithColumn("id").AsGuid().PrimaryKey("pk_vehicles_sealed_period")
            .WithColumn("name").AsString(100).NotNullable()
            .WithColumn("starts_on").AsDate().NotNullable()
            .WithColumn("ends_on").AsDate().NotNullable();
    }
}
