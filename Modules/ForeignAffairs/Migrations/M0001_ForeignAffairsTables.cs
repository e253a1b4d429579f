using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.ForeignAffairs.Migrations;

/// <summary>Outbound visits and the module's rule table; constraints and indexes are named (PostgreSQL cuts names at 63 bytes).</summary>
[Migration(1, "Outbound visits and the rule table")]
[Tags(ForeignAffairsModule.Name)]
public sealed class M0001_ForeignAffairsTables : ModuleMigration
{
    public override void Up()
    {
        var visit = Create.Table("foreign_affairs_visit")
            .WithColumn("id").AsGuid().PrimaryKey("pk_foreign_affairs_visit")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("purpose").AsString(1000).NotNullable()
            .WithColumn("inviting_party").AsString(200).Nullable()
            .WithColumn("invitation_reference").AsString(200).Nullable()
            .WithColumn("delegation_type").AsString(20).NotNullable()
            .WithColumn("justification").AsString(2000).Nullable()
            .WithColumn("departs_on").AsDate().NotNullable()
            .WithColumn("returns_on").AsDate().NotNullable()
            .WithColumn("departure_year").AsInt32().NotNullable()
            .WithColumn("members").AsString(int.MaxValue).NotNullable()
            .WithColumn("itinerary").AsString(int.MaxValue).NotNullable()
            .WithColumn("schedule").AsString(int.MaxValue).NotNullable()
            .WithColumn("funding_source").AsString(200).Nullable()
            .WithColumn("budget_fen").AsInt64().Nullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("approval_number").AsString(100).Nullable()
            .WithColumn("approved_on").AsDate().Nullable()
            .WithColumn("rule_version_id").AsGuid().Nullable()
            .WithColumn("reason").AsString(500).Nullable()
            .WithColumn("returned_on").AsDate().Nullable()
            .WithColumn("report_summary").AsString(4000).Nullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(visit.WithColumn("created_at")).NotNullable();
        Instant(visit.WithColumn("updated_at")).NotNullable();
        Create.Index("ix_foreign_affairs_visit_organ_year").OnTable("foreign_affairs_visit")
            .OnColumn("organ_id").Ascending().OnColumn("departure_year").Ascending();
        Create.Index("ix_foreign_affairs_visit_status").OnTable("foreign_affairs_visit").OnColumn("status");

        // Versioned, jurisdiction-scoped rules of every kind; the value is the kind's typed record as JSON.
        Create.Table("foreign_affairs_rule")
            .WithColumn("id").AsGuid().PrimaryKey("pk_foreign_affairs_rule")
            .WithColumn("kind").AsString(40).NotNullable()
            .WithColumn("rule_key").AsString(60).NotNullable()
            .WithColumn("jurisdiction").AsString(10).NotNullable()
            .WithColumn("effective_from").AsDate().NotNullable()
            .WithColumn("effective_to").AsDate().Nullable()
            .WithColumn("value").AsString(4000).NotNullable()
            .WithColumn("source").AsString(500).NotNullable()
            .WithColumn("confidence").AsString(10).NotNullable();
        Create.Index("ux_foreign_affairs_rule_version").OnTable("foreign_affairs_rule")
            .OnColumn("kind").Ascending().OnColumn("rule_key").Ascending().OnColumn("jurisdiction").Ascending().OnColumn("effective_from").Ascending()
            .WithOptions().Unique();
    }
}
