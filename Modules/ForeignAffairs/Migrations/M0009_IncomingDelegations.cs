using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.ForeignAffairs.Migrations;

/// <summary>
/// Incoming foreign delegations (foreign_affairs_delegation: host organ, country, host grade, stay, guests and programme as JSON) and
/// their costs (foreign_affairs_delegation_cost: category, fen, payment date, method and reference, persons, accompanying and days, the
/// limit and its rule version).
/// </summary>
[Migration(9, "Incoming foreign delegations and their costs")]
[Tags(ForeignAffairsModule.Name)]
public sealed class M0009_IncomingDelegations : ModuleMigration
{
    public override void Up()
    {
        var delegation = Create.Table("foreign_affairs_delegation")
            .WithColumn("id").AsGuid().PrimaryKey("pk_foreign_affairs_delegation")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("title").AsString(200).NotNullable()
            .WithColumn("country").AsString(2).NotNullable()
            .WithColumn("host_grade").AsString(30).NotNullable()
            .WithColumn("arrives_on").AsDate().NotNullable()
            .WithColumn("departs_on").AsDate().NotNullable()
            .WithColumn("guests").AsString(int.MaxValue).NotNullable()
            .WithColumn("programme").AsString(int.MaxValue).NotNullable();
        Instant(delegation.WithColumn("created_at")).NotNullable();
        Create.Index("ix_foreign_affairs_delegation_organ_arrival").OnTable("foreign_affairs_delegation")
            .OnColumn("organ_id").Ascending().OnColumn("arrives_on").Ascending();

        var cost = Create.Table("foreign_affairs_delegation_cost")
            .WithColumn("id").AsGuid().PrimaryKey("pk_foreign_affairs_delegation_cost")
            .WithColumn("delegation_id").AsGuid().NotNullable()
                .ForeignKey("fk_foreign_affairs_delegation_cost_delegation", "foreign_affairs_delegation", "id")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("category").AsString(30).NotNullable()
            .WithColumn("amount_fen").AsInt64().NotNullable()
            .WithColumn("paid_on").AsDate().NotNullable()
            .WithColumn("payment_method").AsString(20).NotNullable()
            .WithColumn("payment_reference").AsString(100).NotNullable()
            .WithColumn("persons").AsInt32().Nullable()
            .WithColumn("accompanying").AsInt32().Nullable()
            .WithColumn("days").AsInt32().Nullable()
            .WithColumn("limit_fen").AsInt64().Nullable()
            .WithColumn("rule_version_id").AsGuid().Nullable();
        Instant(cost.WithColumn("created_at")).NotNullable();
        Create.Index("ix_foreign_affairs_delegation_cost_delegation").OnTable("foreign_affairs_delegation_cost").OnColumn("delegation_id").Ascending();
        Create.Index("ix_foreign_affairs_delegation_cost_organ_paid").OnTable("foreign_affairs_delegation_cost")
            .OnColumn("organ_id").Ascending().OnColumn("paid_on").Ascending();
    }
}
