using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Webhooks.Migrations;

[Migration(1, "Webhook subscriptions and their deliveries")]
[Tags("webhooks")]
public sealed class M0001_WebhooksTables : ModuleMigration
{
    public override void Up()
    {
        var subscription = Create.Table("webhooks_subscription")
            .WithColumn("id").AsGuid().PrimaryKey("pk_webhooks_subscription")
            .WithColumn("target_url").AsString(500).NotNullable()
            .WithColumn("description").AsString(200).Nullable()
            .WithColumn("event_types").AsString(int.MaxValue).NotNullable()
            .WithColumn("modules").AsString(int.MaxValue).NotNullable()
            .WithColumn("organ_id").AsGuid().Nullable()
            .WithColumn("jurisdiction").AsString(12).Nullable()
            .WithColumn("active").AsBoolean().NotNullable()
            .WithColumn("disabled_reason").AsString(30).Nullable()
            .WithColumn("secret").AsString(2000).NotNullable()
            .WithColumn("previous_secret").AsString(2000).Nullable();
        Instant(subscription.WithColumn("previous_secret_until")).Nullable();
        subscription.WithColumn("consecutive_failures").AsInt32().NotNullable();
        Instant(subscription.WithColumn("failing_since")).Nullable();
        subscription.WithColumn("version").AsInt64().NotNullable();
        Instant(subscription.WithColumn("created_at")).NotNullable();
        Instant(subscription.WithColumn("updated_at")).NotNullable();

        // One row per (event, subscription): a redelivered event is never queued twice, on every provider.
        var delivery = Create.Table("webhooks_delivery")
            .WithColumn("id").AsGuid().PrimaryKey("pk_webhooks_delivery")
            .WithColumn("subscription_id").AsGuid().NotNullable()
            .WithColumn("event_id").AsGuid().NotNullable()
            .WithColumn("event_type").AsString(200).NotNullable()
            .WithColumn("payload").AsString(int.MaxValue).NotNullable();
        Instant(delivery.WithColumn("occurred_at")).NotNullable();
        delivery.WithColumn("status").AsString(20).NotNullable()
            .WithColumn("attempts").AsInt32().NotNullable();
        Instant(delivery.WithColumn("next_attempt_at")).NotNullable();
        delivery.WithColumn("claim_token").AsGuid().Nullable();
        Instant(delivery.WithColumn("claimed_until")).Nullable();
        delivery.WithColumn("last_status_code").AsInt32().Nullable()
            .WithColumn("last_error").AsString(2000).Nullable()
            .WithColumn("last_latency_ms").AsInt32().Nullable();
        Instant(delivery.WithColumn("last_attempt_at")).Nullable();
        Instant(delivery.WithColumn("delivered_at")).Nullable();
        Instant(delivery.WithColumn("queued_at")).NotNullable();
        Create.Index("ux_webhooks_delivery_event_subscription").OnTable("webhooks_delivery")
            .OnColumn("event_id").Ascending().OnColumn("subscription_id").Ascending().WithOptions().Unique();
        Create.Index("ix_webhooks_delivery_due").OnTable("webhooks_delivery")
            .OnColumn("status").Ascending().OnColumn("next_attempt_at").Ascending();
        Create.Index("ix_webhooks_delivery_subscription").OnTable("webhooks_delivery")
            .OnColumn("subscription_id").Ascending().OnColumn("occurred_at").Ascending();
    }
}
