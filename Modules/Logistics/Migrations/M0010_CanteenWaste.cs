using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Logistics.Migrations;

/// <summary>Canteen food waste per canteen and day (反食品浪费法): grams wasted and meals served.</summary>
[Migration(10, "Canteen waste per canteen and day")]
[Tags("logistics")]
public sealed class M0010_CanteenWaste : ModuleMigration
{
    public override void Up()
    {
        var waste = Create.Table("logistics_canteen_waste")
            .WithColumn("id").AsGuid().PrimaryKey("pk_logistics_canteen_waste")
            .WithColumn("canteen").AsString(60).NotNullable()
            .WithColumn("day").AsDate().NotNullable()
            .WithColumn("waste_grams").AsInt64().NotNullable()
            .WithColumn("meals_served").AsInt32().NotNullable()
            .WithColumn("note").AsString(500).Nullable();
        Instant(waste.WithColumn("created_at")).NotNullable();
        Create.Index("ux_logistics_canteen_waste_day").OnTable("logistics_canteen_waste")
            .OnColumn("canteen").Ascending().OnColumn("day").Ascending().WithOptions().Unique();
        Create.Index("ix_logistics_canteen_waste_on").OnTable("logistics_canteen_waste").OnColumn("day");
    }
}
