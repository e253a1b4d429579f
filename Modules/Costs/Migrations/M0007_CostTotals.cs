using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Costs.Migrations;

/// <summary>
/// Running totals of the actuals per organ, year and line (docs/adr/0100, addendum "running totals"): kept in the posting
/// transaction beside each ledger entry, so the actuals and the jurisdiction's roll-up read one row per organ and line
/// however many events there are. Filled here from the entries already posted.
/// </summary>
[Migration(7, "Running totals of the actuals per organ, year and line")]
[Tags("costs")]
public sealed class M0007_CostTotals : ModuleMigration
{
    public override void Up()
    {
        Create.Table("costs_total")
            .WithColumn("organ_id").AsGuid().NotNullable().PrimaryKey("pk_costs_total")
            .WithColumn("year").AsInt32().NotNullable().PrimaryKey("pk_costs_total")
            .WithColumn("line").AsString(30).NotNullable().PrimaryKey("pk_costs_total")
            .WithColumn("amount_fen").AsInt64().NotNullable()
            .WithColumn("entries").AsInt64().NotNullable();
        Create.Index("ix_costs_total_year").OnTable("costs_total").OnColumn("year").Ascending().OnColumn("organ_id").Ascending();
        Execute.Sql(
            "INSERT INTO costs_total (organ_id, year, line, amount_fen, entries) " +
            "SELECT organ_id, year, line, SUM(amount_fen), COUNT(*) FROM costs_entry GROUP BY organ_id, year, line");
    }
}
