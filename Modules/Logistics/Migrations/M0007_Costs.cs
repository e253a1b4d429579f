using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Logistics.Migrations;

/// <summary>
/// The costs Logistics records for the Costs module: a meeting's settled cost (结算), the cost of a work order and of a
/// conference service order, and property-service contract charges attributed to organs per month.
/// </summary>
[Migration(7, "Meeting settlements, work-order and service-order costs, contract charges per organ and month")]
[Tags("logistics")]
public sealed class M0007_Costs : ModuleMigration
{
    public override void Up()
    {
        Alter.Table("logistics_meeting").AddColumn("settled_cost_fen").AsInt64().Nullable();
        Alter.Table("logistics_work_order").AddColumn("cost_fen").AsInt64().Nullable();
        Alter.Table("logistics_service_order").AddColumn("cost_fen").AsInt64().Nullable();

        // One charge per contract, organ and month (the first day of the month): the month's share of the contract the organ bears.
        var charge = Create.Table("logistics_contract_charge")
            .WithColumn("id").AsGuid().PrimaryKey("pk_logistics_contract_charge")
            .WithColumn("contract_id").AsGuid().NotNullable()
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("month").AsDate().NotNullable()
            .WithColumn("amount_fen").AsInt64().NotNullable()
            .WithColumn("note").AsString(500).Nullable();
        Instant(charge.WithColumn("created_at")).NotNullable();
        Create.Index("ux_logistics_contract_charge_month").OnTable("logistics_contract_charge")
            .OnColumn("contract_id").Ascending().OnColumn("organ_id").Ascending().OnColumn("month").Ascending().WithOptions().Unique();
        Create.Index("ix_logistics_contract_charge_organ").OnTable("logistics_contract_charge").OnColumn("organ_id").Ascending().OnColumn("month").Ascending();
    }
}
