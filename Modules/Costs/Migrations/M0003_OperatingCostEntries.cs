using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Costs.Migrations;

/// <summary>
/// The operating cost's entered figures (机关运行成本, issue 22 item 6): per organ and year, the money no duty module records yet
/// (rents, property fees, repairs, energy bills, logistics services), in fen, with a version for If-Match.
/// </summary>
[Migration(3, "The operating cost's entered figures per organ and year")]
[Tags("costs")]
public sealed class M0003_OperatingCostEntries : ModuleMigration
{
    public override void Up()
    {
        var entry = Create.Table("costs_operating_entry")
            .WithColumn("id").AsGuid().PrimaryKey("pk_costs_operating_entry")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("year").AsInt32().NotNullable()
            .WithColumn("rent_fen").AsInt64().NotNullable()
            .WithColumn("property_fees_fen").AsInt64().NotNullable()
            .WithColumn("repairs_fen").AsInt64().NotNullable()
            .WithColumn("energy_bills_fen").AsInt64().NotNullable()
            .WithColumn("logistics_services_fen").AsInt64().NotNullable()
            .WithColumn("note").AsString(500).Nullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(entry.WithColumn("created_at")).NotNullable();
        Instant(entry.WithColumn("updated_at")).NotNullable();
        Create.Index("ux_costs_operating_entry_organ_year").OnTable("costs_operating_entry")
            .OnColumn("organ_id").Ascending().OnColumn("year").Ascending().WithOptions().Unique();
    }
}
