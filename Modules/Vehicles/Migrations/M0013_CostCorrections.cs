using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Vehicles.Migrations;

/// <summary>
/// Corrections of vehicle costs (更正): each one its own row with the amount before and after and the signed difference, so a consumer of
/// the cost events posts each correction once as its own source item (docs/adr/0044). vehicles_cost.amount_fen holds the current amount.
/// </summary>
[Migration(13, "Vehicle cost corrections")]
[Tags("vehicles")]
public sealed class M0013_CostCorrections : ModuleMigration
{
    public override void Up()
    {
        var correction = Create.Table("vehicles_cost_correction")
            .WithColumn("id").AsGuid().PrimaryKey("pk_vehicles_cost_correction")
            .WithColumn("cost_id").AsGuid().NotNullable().ForeignKey("fk_vehicles_cost_correction_cost", "vehicles_cost", "id")
            .WithColumn("vehicle_id").AsGuid().NotNullable()
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("previous_fen").AsInt64().NotNullable()
            .WithColumn("amount_fen").AsInt64().NotNullable()
            .WithColumn("difference_fen").AsInt64().NotNullable()
            .WithColumn("occurred_on").AsDate().NotNullable()
            .WithColumn("reason").AsString(500).NotNullable();
        Instant(correction.WithColumn("created_at")).NotNullable();
        Create.Index("ix_vehicles_cost_correction_cost").OnTable("vehicles_cost_correction").OnColumn("cost_id");
    }
}
