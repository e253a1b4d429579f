using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Logistics.Migrations;

/// <summary>
/// The building of a work order's room, kept at the raise so the open-orders report groups by building without asking
/// Buildings per row; and contract-charge corrections (the amount before, the amount after, the signed difference, why).
/// </summary>
[Migration(11, "Work-order buildings for the reports; contract-charge corrections")]
[Tags("logistics")]
public sealed class M0011_ReportsAndCorrections : ModuleMigration
{
    public override void Up()
    {
        Alter.Table("logistics_work_order").AddColumn("building_id").AsGuid().Nullable();

        var correction = Create.Table("logistics_contract_charge_correction")
            .WithColumn("id").AsGuid().PrimaryKey("pk_logistics_contract_charge_correction")
            .WithColumn("charge_id").AsGuid().NotNullable()
            .WithColumn("contract_id").AsGuid().NotNullable()
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("month").AsDate().NotNullable()
            .WithColumn("previous_fen").AsInt64().NotNullable()
            .WithColumn("amount_fen").AsInt64().NotNullable()
            .WithColumn("difference_fen").AsInt64().NotNullable()
            .WithColumn("reason").AsString(500).NotNullable()
            .WithColumn("principal").AsString(200).NotNullable();
        Instant(correction.WithColumn("created_at")).NotNullable();
        Create.Index("ix_logistics_charge_correction_charge").OnTable("logistics_contract_charge_correction").OnColumn("charge_id").Ascending().OnColumn("created_at").Ascending();
    }
}
