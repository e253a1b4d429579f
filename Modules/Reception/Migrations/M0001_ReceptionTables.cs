using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Reception.Migrations;

[Migration(1, "Letters, guests, receptions, cost lines, caps and the rule table")]
[Tags("reception")]
public sealed class M0001_ReceptionTables : ModuleMigration
{
    public override void Up()
    {
        // reception_id is set once, by a conditional update, by the one reception the letter funds (一函一事).
        var letter = Create.Table("reception_letter")
            .WithColumn("id").AsGuid().PrimaryKey("pk_reception_letter")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("sender_name").AsString(200).NotNullable()
            .WithColumn("sender_credit_code").AsString(18).Nullable()
            .WithColumn("letter_number").AsString(100).NotNullable()
            .WithColumn("letter_date").AsDate().NotNullable()
            .WithColumn("purpose").AsString(500).NotNullable()
            .WithColumn("itinerary").AsString(2000).Nullable()
            .WithColumn("reception_id").AsGuid().Nullable();
        Instant(letter.WithColumn("created_at")).NotNullable();
        Create.Index("ix_reception_letter_organ").OnTable("reception_letter").OnColumn("organ_id");

        Create.Table("reception_guest")
            .WithColumn("id").AsGuid().PrimaryKey("pk_reception_guest")
            .WithColumn("letter_id").AsGuid().NotNullable()
            .WithColumn("position").AsInt32().NotNullable()
            .WithColumn("unit").AsString(200).NotNullable()
            .WithColumn("name").AsString(100).NotNullable()
            .WithColumn("post").AsString(100).NotNullable()
            .WithColumn("rank").AsString(30).NotNullable();
        Create.Index("ix_reception_guest_letter").OnTable("reception_guest").OnColumn("letter_id");

        var reception = Create.Table("reception_reception")
            .WithColumn("id").AsGuid().PrimaryKey("pk_reception_reception")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("letter_id").AsGuid().Nullable()
            .WithColumn("title").AsString(200).NotNullable()
            .WithColumn("activities").AsString(200).NotNullable()
            .WithColumn("starts_on").AsDate().NotNullable()
            .WithColumn("ends_on").AsDate().NotNullable()
            .WithColumn("budget_year").AsInt32().NotNullable()
            .WithColumn("place").AsString(200).NotNullable()
            .WithColumn("handling_department").AsString(100).NotNullable()
            .WithColumn("staff_member_id").AsGuid().NotNullable()
            .WithColumn("budget_fen").AsInt64().NotNullable()
            .WithColumn("same_city").AsBoolean().NotNullable()
            .WithColumn("host_arranges_meals").AsBoolean().NotNullable()
            .WithColumn("working_meals").AsInt32().NotNullable()
            .WithColumn("accompanying_diners").AsInt32().NotNullable()
            .WithColumn("guest_count").AsInt32().NotNullable()
            .WithColumn("meal_standard_fen").AsInt64().Nullable()
            .WithColumn("lodging").AsString(20).NotNullable()
            .WithColumn("items").AsString(400).NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("reason").AsString(500).Nullable()
            .WithColumn("actual_fen").AsInt64().NotNullable()
            .WithColumn("guest_fees_fen").AsInt64().NotNullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(reception.WithColumn("created_at")).NotNullable();
        Instant(reception.WithColumn("updated_at")).NotNullable();
        Create.Index("ix_reception_reception_organ").OnTable("reception_reception").OnColumn("organ_id");

        var cost = Create.Table("reception_cost")
            .WithColumn("id").AsGuid().PrimaryKey("pk_reception_cost")
            .WithColumn("reception_id").AsGuid().NotNullable()
            .WithColumn("category").AsString(30).NotNullable()
            .WithColumn("amount_fen").AsInt64().NotNullable()
            .WithColumn("payment_method").AsString(20).NotNullable()
            .WithColumn("receipt_reference").AsString(100).NotNullable()
            .WithColumn("incurred_on").AsDate().NotNullable()
            .WithColumn("persons").AsInt32().Nullable()
            .WithColumn("units").AsInt32().Nullable()
            .WithColumn("items").AsString(400).NotNullable()
            .WithColumn("standard_fen").AsInt64().Nullable()
            .WithColumn("over_standard").AsBoolean().NotNullable()
            .WithColumn("explanation").AsString(500).Nullable()
            .WithColumn("rule_version_id").AsGuid().Nullable()
            .WithColumn("explanation_approved_by").AsGuid().Nullable();
        Instant(cost.WithColumn("explanation_approved_at")).Nullable();
        Instant(cost.WithColumn("created_at")).NotNullable();
        Create.Index("ix_reception_cost_reception").OnTable("reception_cost").OnColumn("reception_id");

        // Signed versions of the reception list, each frozen as its JSON answer.
        var list = Create.Table("reception_list")
            .WithColumn("id").AsGuid().PrimaryKey("pk_reception_list")
            .WithColumn("reception_id").AsGuid().NotNullable()
            .WithColumn("version").AsInt32().NotNullable()
            .WithColumn("content").AsString(int.MaxValue).NotNullable()
            .WithColumn("signed_by").AsGuid().NotNullable();
        Instant(list.WithColumn("signed_at")).NotNullable();
        Create.Index("ux_reception_list_version").OnTable("reception_list")
            .OnColumn("reception_id").Ascending().OnColumn("version").Ascending().WithOptions().Unique();

        // One row per organ and year; approval and settlement lock it, so the reservations never pass the cap.
        Create.Table("reception_cap")
            .WithColumn("id").AsGuid().PrimaryKey("pk_reception_cap")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("year").AsInt32().NotNullable()
            .WithColumn("cap_fen").AsInt64().NotNullable()
            .WithColumn("reserved_fen").AsInt64().NotNullable()
            .WithColumn("spent_fen").AsInt64().NotNullable()
            .WithColumn("warn_percent").AsInt32().NotNullable()
            .WithColumn("version").AsInt64().NotNullable();
        Create.Index("ux_reception_cap_organ_year").OnTable("reception_cap")
            .OnColumn("organ_id").Ascending().OnColumn("year").Ascending().WithOptions().Unique();

        // Versioned, jurisdiction-scoped rules of every kind; the value is the kind's typed record as JSON.
        Create.Table("reception_rule")
            .WithColumn("id").AsGuid().PrimaryKey("pk_reception_rule")
            .WithColumn("kind").AsString(40).NotNullable()
            .WithColumn("rule_key").AsString(60).NotNullable()
            .WithColumn("jurisdiction").AsString(10).NotNullable()
            .WithColumn("effective_from").AsDate().NotNullable()
            .WithColumn("effective_to").AsDate().Nullable()
            .WithColumn("value").AsString(4000).NotNullable()
            .WithColumn("source").AsString(500).NotNullable()
            .WithColumn("confidence").AsString(20).NotNullable()
            .WithColumn("document_id").AsGuid().Nullable();
        Create.Index("ux_reception_rule_version").OnTable("reception_rule")
            .OnColumn("kind").Ascending().OnColumn("rule_key").Ascending().OnColumn("jurisdiction").Ascending().OnColumn("effective_from").Ascending()
            .WithOptions().Unique();
    }
}
