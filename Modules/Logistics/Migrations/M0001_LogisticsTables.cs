using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Logistics.Migrations;

[Migration(1, "Work orders, their history and the rule table")]
[Tags("logistics")]
public sealed class M0001_LogisticsTables : ModuleMigration
{
    public override void Up()
    {
        // priority is the enum's number, so sorting by it puts Emergency first.
        var order = Create.Table("logistics_work_order")
            .WithColumn("id").AsGuid().PrimaryKey("pk_logistics_work_order")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("requester_staff_member_id").AsGuid().NotNullable()
            .WithColumn("room_id").AsGuid().NotNullable()
            .WithColumn("division_code").AsString(6).NotNullable()
            .WithColumn("service_item").AsString(60).NotNullable()
            .WithColumn("category").AsString(30).NotNullable()
            .WithColumn("priority").AsInt32().NotNullable()
            .WithColumn("description").AsString(1000).NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("held_from").AsString(20).Nullable()
            .WithColumn("assignee").AsString(200).Nullable()
            .WithColumn("hold_reason").AsString(500).Nullable()
            .WithColumn("rating").AsInt32().Nullable()
            .WithColumn("rating_comment").AsString(500).Nullable()
            .WithColumn("reopen_count").AsInt32().NotNullable()
            .WithColumn("sla_policy_id").AsGuid().Nullable()
            .WithColumn("sla_basis").AsString(20).Nullable()
            .WithColumn("respond_minutes").AsInt32().Nullable()
            .WithColumn("resolve_minutes").AsInt32().Nullable()
            .WithColumn("respond_breached").AsBoolean().NotNullable()
            .WithColumn("resolve_breached").AsBoolean().NotNullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(order.WithColumn("raised_at")).NotNullable();
        Instant(order.WithColumn("on_site_at")).Nullable();
        Instant(order.WithColumn("resolved_at")).Nullable();
        Instant(order.WithColumn("closed_at")).Nullable();
        Instant(order.WithColumn("respond_due_at")).Nullable();
        Instant(order.WithColumn("resolve_due_at")).Nullable();
        Instant(order.WithColumn("updated_at")).NotNullable();
        Create.Index("ix_logistics_work_order_organ").OnTable("logistics_work_order").OnColumn("organ_id");
        Create.Index("ix_logistics_work_order_status").OnTable("logistics_work_order").OnColumn("status");

        // One entry per version of the order: the unique position refuses a second writer of the same step.
        var history = Create.Table("logistics_work_order_event")
            .WithColumn("id").AsGuid().PrimaryKey("pk_logistics_work_order_event")
            .WithColumn("work_order_id").AsGuid().NotNullable()
            .WithColumn("position").AsInt32().NotNullable()
            .WithColumn("action").AsString(20).NotNullable()
            .WithColumn("from_status").AsString(20).NotNullable()
            .WithColumn("to_status").AsString(20).NotNullable()
            .WithColumn("staff_member_id").AsGuid().Nullable()
            .WithColumn("principal").AsString(200).NotNullable()
            .WithColumn("note").AsString(1000).Nullable();
        Instant(history.WithColumn("at")).NotNullable();
        Create.Index("ux_logistics_work_order_event_position").OnTable("logistics_work_order_event")
            .OnColumn("work_order_id").Ascending().OnColumn("position").Ascending().WithOptions().Unique();

        // Versioned, jurisdiction-scoped rules of every kind; the value is the kind's typed record as JSON.
        Create.Table("logistics_rule")
            .WithColumn("id").AsGuid().PrimaryKey("pk_logistics_rule")
            .WithColumn("kind").AsString(40).NotNullable()
            .WithColumn("rule_key").AsString(60).NotNullable()
            .WithColumn("jurisdiction").AsString(10).NotNullable()
            .WithColumn("effective_from").AsDate().NotNullable()
            .WithColumn("effective_to").AsDate().Nullable()
            .WithColumn("value").AsString(4000).NotNullable()
            .WithColumn("source").AsString(500).NotNullable()
            .WithColumn("confidence").AsString(20).NotNullable()
            .WithColumn("document_id").AsGuid().Nullable();
        Create.Index("ux_logistics_rule_version").OnTable("logistics_rule")
            .OnColumn("kind").Ascending().OnColumn("rule_key").Ascending().OnColumn("jurisdiction").Ascending().OnColumn("effective_from").Ascending()
            .WithOptions().Unique();
    }
}
