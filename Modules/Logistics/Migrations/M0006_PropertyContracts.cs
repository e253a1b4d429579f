using FluentMigrator;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Logistics.Migrations;

/// <summary>
/// Property-service contracts (L2) and the work orders assigned under them; the contract-term rule seeded nationally at 1 year
/// normally and 3 years at most for stable services with secured funding (政府购买服务管理办法, 财政部令第102号, Art. 24; M).
/// </summary>
[Migration(6, "Property-service contracts, work orders assigned under them, the contract-term rule")]
[Tags("logistics")]
public sealed class M0006_PropertyContracts : ModuleMigration
{
    public override void Up()
    {
        var contract = Create.Table("logistics_contract")
            .WithColumn("id").AsGuid().PrimaryKey("pk_logistics_contract")
            .WithColumn("provider_name").AsString(200).NotNullable()
            .WithColumn("provider_credit_code").AsString(18).NotNullable()
            .WithColumn("credit_code_override_reason").AsString(500).Nullable()
            .WithColumn("division_code").AsString(6).NotNullable()
            .WithColumn("service_items").AsString(4000).NotNullable()
            .WithColumn("starts_on").AsDate().NotNullable()
            .WithColumn("ends_on").AsDate().NotNullable()
            .WithColumn("long_term_reason").AsString(500).Nullable()
            .WithColumn("price_basis").AsString(500).NotNullable()
            .WithColumn("value_fen").AsInt64().NotNullable()
            .WithColumn("energy_targets").AsString(2000).NotNullable()
            .WithColumn("kpis").AsString(2000).Nullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(contract.WithColumn("created_at")).NotNullable();
        Create.Index("ix_logistics_contract_provider").OnTable("logistics_contract").OnColumn("provider_credit_code");

        Alter.Table("logistics_work_order").AddColumn("contract_id").AsGuid().Nullable();
        Create.Index("ix_logistics_work_order_contract").OnTable("logistics_work_order").OnColumn("contract_id");

        Insert.IntoTable("logistics_rule").Row(new
        {
            id = Guid.Parse("00000000-0000-0000-0008-000000000004"), kind = RuleKinds.ContractTerm, rule_key = RuleKinds.Single, jurisdiction = "national",
            effective_from = "2020-03-01", value = RuleJson.Write(new ContractTermValue(1, 3)),
            source = "政府购买服务管理办法（财政部令第102号）第二十四条：合同履行期限一般不超过1年；购买内容相对固定、连续性强、经费来源稳定、价格变化幅度小的，在预算保障的前提下可签订不超过3年的合同",
            confidence = "M",
        });
    }
}
