using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Logistics.Migrations;

/// <summary>
/// The buildings in a property-service contract's scope (one id per line; none: every building) and the contract's amendments,
/// each changed part before and after (issue 20 item 6).
/// </summary>
[Migration(14, "Contract buildings and amendments")]
[Tags("logistics")]
public sealed class M0014_ContractScopeAndAmendments : ModuleMigration
{
    public override void Up()
    {
        Alter.Table("logistics_contract").AddColumn("building_ids").AsString(4000).Nullable();

        var amendment = Create.Table("logistics_contract_amendment")
            .WithColumn("id").AsGuid().PrimaryKey("pk_logistics_contract_amendment")
            .WithColumn("contract_id").AsGuid().NotNullable()
            .WithColumn("contract_version").AsInt64().NotNullable()
            .WithColumn("effective_on").AsDate().NotNullable()
            .WithColumn("reason").AsString(500).NotNullable()
            .WithColumn("ends_on_before").AsDate().NotNullable()
            .WithColumn("ends_on").AsDate().NotNullable()
            .WithColumn("service_items_before").AsString(4000).NotNullable()
            .WithColumn("service_items").AsString(4000).NotNullable()
            .WithColumn("building_ids_before").AsString(4000).Nullable()
            .WithColumn("building_ids").AsString(4000).Nullable()
            .WithColumn("price_basis_before").AsString(500).NotNullable()
            .WithColumn("price_basis").AsString(500).NotNullable()
            .WithColumn("long_term_reason").AsString(500).Nullable()
            .WithColumn("principal").AsString(200).NotNullable();
        Instant(amendment.WithColumn("created_at")).NotNullable();
        // One amendment per contract version: the version check of the contract's row numbers them.
        Create.Index("ux_logistics_contract_amendment_version").OnTable("logistics_contract_amendment")
            .OnColumn("contract_id").Ascending().OnColumn("contract_version").Ascending().WithOptions().Unique();
    }
}
