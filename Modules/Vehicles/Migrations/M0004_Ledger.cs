using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Vehicles.Migrations;

[Migration(4, "Costs per vehicle (单车核算)")]
[Tags("vehicles")]
public sealed class M0004_Ledger : ModuleMigration
{
    public override void Up()
    {
        // Money in fen; quantity in thousandths (ml of fuel, Wh of charge); the month is computed in .NET in the business zone.
        var cost = Create.Table("vehicles_cost")
            .WithColumn("id").AsGuid().PrimaryKey("pk_vehicles_cost")
            .WithColumn("vehicle_id").AsGuid().NotNullable()
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("kind").AsString(20).NotNullable()
            .WithColumn("amount_fen").AsInt64().NotNullable()
            .WithColumn("occurred_on").AsDate().NotNullable()
            .WithColumn("month").AsString(7).NotNullable()
            .WithColumn("quantity_milli").AsInt64().Nullable()
            .WithColumn("trip_id").AsGuid().Nullable()
            .WithColumn("note").AsString(500).Nullable();
        Instant(cost.WithColumn("created_at")).NotNullable();
        Create.Index("ix_vehicles_cost_vehicle_month").OnTable("vehicles_cost").OnColumn("vehicle_id").Ascending().OnColumn("month").Ascending();
        Create.Index("ix_vehicles_cost_organ_month").OnTable("vehicles_cost").OnColumn("organ_id").Ascending().OnColumn("month").Ascending();
        Alter.Table("vehicles_trip").AddColumn("month").AsString(7).Nullable();
    }
}
