using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.ForeignAffairs.Migrations;

/// <summary>
/// The expense lines of outbound visits (foreign_affairs_expense): category, member, amount in fen, payment date and reference, the
/// seat class, country and nights or days a limit was checked on, the limit and its rule version; a correction is a row of its own
/// pointing at the line it corrects, its amount the signed difference.
/// </summary>
[Migration(7, "Expense lines of outbound visits")]
[Tags(ForeignAffairsModule.Name)]
public sealed class M0007_Expenses : ModuleMigration
{
    public override void Up()
    {
        var expense = Create.Table("foreign_affairs_expense")
            .WithColumn("id").AsGuid().PrimaryKey("pk_foreign_affairs_expense")
            .WithColumn("visit_id").AsGuid().NotNullable()
                .ForeignKey("fk_foreign_affairs_expense_visit", "foreign_affairs_visit", "id")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("category").AsString(30).NotNullable()
            .WithColumn("member_id").AsGuid().Nullable()
            .WithColumn("amount_fen").AsInt64().NotNullable()
            .WithColumn("paid_on").AsDate().NotNullable()
            .WithColumn("payment_reference").AsString(100).NotNullable()
            .WithColumn("seat_class").AsString(20).Nullable()
            .WithColumn("country").AsString(2).Nullable()
            .WithColumn("units").AsInt32().Nullable()
            .WithColumn("note").AsString(500).Nullable()
            .WithColumn("limit_fen").AsInt64().Nullable()
            .WithColumn("rule_version_id").AsGuid().Nullable()
            .WithColumn("corrects_id").AsGuid().Nullable()
                .ForeignKey("fk_foreign_affairs_expense_corrects", "foreign_affairs_expense", "id")
            .WithColumn("reason").AsString(500).Nullable();
        Instant(expense.WithColumn("created_at")).NotNullable();
        Create.Index("ix_foreign_affairs_expense_visit").OnTable("foreign_affairs_expense").OnColumn("visit_id").Ascending();
        Create.Index("ix_foreign_affairs_expense_organ_paid").OnTable("foreign_affairs_expense")
            .OnColumn("organ_id").Ascending().OnColumn("paid_on").Ascending();
    }
}
