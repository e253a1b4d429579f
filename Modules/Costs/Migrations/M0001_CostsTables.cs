using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Costs.Migrations;

[Migration(1, "Budgets and their lines, final accounts, the actuals ledger and the backfill marks")]
[Tags("costs")]
public sealed class M0001_CostsTables : ModuleMigration
{
    public override void Up()
    {
        var budget = Create.Table("costs_budget")
            .WithColumn("id").AsGuid().PrimaryKey("pk_costs_budget")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("year").AsInt32().NotNullable()
            .WithColumn("approved_on").AsDate().NotNullable()
            .WithColumn("warn_percent").AsInt32().NotNullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(budget.WithColumn("created_at")).NotNullable();
        Instant(budget.WithColumn("updated_at")).NotNullable();
        Create.Index("ux_costs_budget_organ_year").OnTable("costs_budget")
            .OnColumn("organ_id").Ascending().OnColumn("year").Ascending().WithOptions().Unique();

        Create.Table("costs_budget_line")
            .WithColumn("id").AsGuid().PrimaryKey("pk_costs_budget_line")
            .WithColumn("budget_id").AsGuid().NotNullable()
            .WithColumn("line").AsString(30).NotNullable()
            .WithColumn("basic_fen").AsInt64().NotNullable()
            .WithColumn("project_fen").AsInt64().NotNullable();
        Create.Index("ux_costs_budget_line_budget_line").OnTable("costs_budget_line")
            .OnColumn("budget_id").Ascending().OnColumn("line").Ascending().WithOptions().Unique();

        var final = Create.Table("costs_final_account")
            .WithColumn("id").AsGuid().PrimaryKey("pk_costs_final_account")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("year").AsInt32().NotNullable()
            .WithColumn("approved_on").AsDate().NotNullable()
            .WithColumn("reception_fen").AsInt64().NotNullable()
            .WithColumn("vehicle_purchase_fen").AsInt64().NotNullable()
            .WithColumn("vehicle_operation_fen").AsInt64().NotNullable()
            .WithColumn("outbound_visit_fen").AsInt64().NotNullable();
        Instant(final.WithColumn("recorded_at")).NotNullable();
        Create.Index("ux_costs_final_account_organ_year").OnTable("costs_final_account")
            .OnColumn("organ_id").Ascending().OnColumn("year").Ascending().WithOptions().Unique();

        // One row per source item (entry_id: the source id of an original, the correction event's id of a correction):
        // the unique key makes a redelivered or backfilled item a no-op on every provider.
        var entry = Create.Table("costs_entry")
            .WithColumn("id").AsGuid().PrimaryKey("pk_costs_entry")
            .WithColumn("entry_id").AsGuid().NotNullable()
            .WithColumn("source").AsString(30).NotNullable()
            .WithColumn("source_id").AsGuid().NotNullable()
            .WithColumn("corrects_event_id").AsGuid().Nullable()
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("year").AsInt32().NotNullable()
            .WithColumn("line").AsString(30).NotNullable()
            .WithColumn("amount_fen").AsInt64().NotNullable()
            .WithColumn("paid_on").AsDate().NotNullable();
        Instant(entry.WithColumn("recorded_at")).NotNullable();
        Create.Index("ux_costs_entry_entry").OnTable("costs_entry").OnColumn("entry_id").Ascending().WithOptions().Unique();
        Create.Index("ix_costs_entry_organ_year_line").OnTable("costs_entry")
            .OnColumn("organ_id").Ascending().OnColumn("year").Ascending().OnColumn("line").Ascending();

        var backfill = Create.Table("costs_backfill")
            .WithColumn("source").AsString(30).PrimaryKey("pk_costs_backfill");
        Instant(backfill.WithColumn("completed_at")).NotNullable();
    }
}
