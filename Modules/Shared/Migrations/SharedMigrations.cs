using FluentMigrator;

namespace OrganAffairs.Shared.Migrations;

[Migration(1, "Outbox, audit and idempotency keys")]
[Tags("shared")]
public sealed class M0001_SharedTables : ModuleMigration
{
    public override void Up()
    {
        var outbox = Create.Table("shared_outbox")
            .WithColumn("id").AsGuid().PrimaryKey("pk_shared_outbox")
            .WithColumn("type").AsString(300).NotNullable()
            .WithColumn("payload").AsString(int.MaxValue).NotNullable();
        Instant(outbox.WithColumn("occurred_at")).NotNullable();
        Instant(outbox.WithColumn("next_attempt_at")).NotNullable();
        outbox.WithColumn("claim_token").AsGuid().Nullable();
        Instant(outbox.WithColumn("claimed_until")).Nullable();
        Instant(outbox.WithColumn("dispatched_at")).Nullable();
        outbox.WithColumn("attempts").AsInt32().NotNullable().WithDefaultValue(0)
            .WithColumn("last_error").AsString(2000).Nullable();
        Create.Index("ix_shared_outbox_due").OnTable("shared_outbox")
            .OnColumn("dispatched_at").Ascending().OnColumn("occurred_at").Ascending();
        Create.Index("ix_shared_outbox_claim").OnTable("shared_outbox").OnColumn("claim_token");

        var audit = Create.Table("shared_audit")
            .WithColumn("id").AsGuid().PrimaryKey("pk_shared_audit");
        Instant(audit.WithColumn("occurred_at")).NotNullable();
        audit.WithColumn("principal").AsString(200).NotNullable()
            .WithColumn("client").AsString(100).Nullable()
            .WithColumn("principal_organ_id").AsGuid().Nullable()
            .WithColumn("action").AsString(200).NotNullable()
            .WithColumn("entity_type").AsString(100).NotNullable()
            .WithColumn("entity_id").AsGuid().NotNullable()
            .WithColumn("organ_id").AsGuid().Nullable()
            .WithColumn("changes").AsString(int.MaxValue).NotNullable()
            .WithColumn("trace_id").AsString(100).Nullable();
        Create.Index("ix_shared_audit_entity").OnTable("shared_audit")
            .OnColumn("entity_id").Ascending().OnColumn("occurred_at").Ascending();
        Create.Index("ix_shared_audit_time").OnTable("shared_audit").OnColumn("occurred_at");

        var keys = Create.Table("shared_idempotency_key")
            // SHA-256 of principal, route and key: a short key (SQL Server caps index keys at 900 bytes).
            .WithColumn("id").AsString(64).NotNullable().PrimaryKey("pk_shared_idempotency_key")
            .WithColumn("principal").AsString(200).NotNullable()
            .WithColumn("route").AsString(300).NotNullable()
            .WithColumn("idempotency_key").AsString(100).NotNullable()
            .WithColumn("request_hash").AsString(64).NotNullable()
            .WithColumn("status_code").AsInt32().Nullable()
            .WithColumn("content_type").AsString(200).Nullable()
            .WithColumn("location").AsString(500).Nullable()
            .WithColumn("etag").AsString(100).Nullable()
            .WithColumn("response_body").AsString(int.MaxValue).Nullable();
        Instant(keys.WithColumn("created_at")).NotNullable();
        Instant(keys.WithColumn("expires_at")).NotNullable();
        Create.Index("ix_shared_idempotency_key_expiry").OnTable("shared_idempotency_key").OnColumn("expires_at");
    }
}

/// <summary>
/// Idempotency keys become leases owned by one attempt, completed in the change's own transaction
/// (docs/adr/0023). The table is rebuilt: a key lives 24 h, so an upgrade forgets at most the keys
/// of the last day (a client retrying across the upgrade gets its create run once more).
/// </summary>
[Migration(3, "Idempotency keys as attempt leases completed with the change")]
[Tags("shared")]
public sealed class M0003_IdempotencyLeases : ModuleMigration
{
    public override void Up()
    {
        Delete.Table("shared_idempotency_key");
        var keys = Create.Table("shared_idempotency_key")
            // SHA-256 of principal, method, concrete path with query, and key (SQL Server caps index keys at 900 bytes).
            .WithColumn("id").AsString(64).NotNullable().PrimaryKey("pk_shared_idempotency_key")
            .WithColumn("principal").AsString(200).NotNullable()
            .WithColumn("route").AsString(300).NotNullable()
            .WithColumn("idempotency_key").AsString(100).NotNullable()
            // Hex SHA-256 of the body; empty while a streamed body's digest is not known yet.
            .WithColumn("request_hash").AsString(64).NotNullable()
            .WithColumn("attempt_id").AsGuid().NotNullable();
        Instant(keys.WithColumn("lease_until")).NotNullable();
        Instant(keys.WithColumn("completed_at")).Nullable();
        keys.WithColumn("result_type").AsString(300).Nullable()
            .WithColumn("result").AsString(int.MaxValue).Nullable()
            .WithColumn("resource_id").AsGuid().Nullable()
            .WithColumn("location").AsString(500).Nullable();
        Instant(keys.WithColumn("created_at")).NotNullable();
        Instant(keys.WithColumn("expires_at")).NotNullable();
        Create.Index("ix_shared_idempotency_key_expiry").OnTable("shared_idempotency_key").OnColumn("expires_at");
    }
}

/// <summary>
/// The violation ledger (docs/adr/0029): every violation a module publishes, open and closed, so that
/// opening one is idempotent per (duty, kind, subject), closing finds the open one, and the backfill
/// query answers from the same rows the events were written with. <c>open_key</c> is
/// "duty|kind|subject" while the violation is open and its own id once closed: a unique column that
/// lets only one open violation exist per subject on every provider (SQL Server's unique index would
/// allow a single NULL, so no NULLs are used).
/// </summary>
[Migration(4, "Violation ledger")]
[Tags("shared")]
public sealed class M0004_ViolationLedger : ModuleMigration
{
    public override void Up()
    {
        var ledger = Create.Table("shared_violation")
            .WithColumn("id").AsGuid().PrimaryKey("pk_shared_violation")
            .WithColumn("open_key").AsString(200).NotNullable().Unique("ux_shared_violation_open_key")
            .WithColumn("duty").AsString(30).NotNullable()
            .WithColumn("kind").AsString(100).NotNullable()
            .WithColumn("subject_id").AsGuid().NotNullable()
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("division_code").AsString(6).NotNullable()
            .WithColumn("rule_id").AsString(10).NotNullable()
            .WithColumn("rule_version_id").AsGuid().Nullable()
            .WithColumn("opened_on").AsDate().NotNullable()
            .WithColumn("due_on").AsDate().Nullable()
            .WithColumn("closed_on").AsDate().Nullable()
            .WithColumn("close_reason").AsString(30).Nullable()
            .WithColumn("note").AsString(500).Nullable();
        Instant(ledger.WithColumn("opened_at")).NotNullable();
        // The backfill pages a duty's open violations by id.
        Create.Index("ix_shared_violation_duty_open").OnTable("shared_violation")
            .OnColumn("duty").Ascending().OnColumn("closed_on").Ascending().OnColumn("id").Ascending();
    }
}

/// <summary>The W3C traceparent of the request that wrote an outbox event, so its dispatch links to it.</summary>
[Migration(5, "Outbox trace parent")]
[Tags("shared")]
public sealed class M0005_OutboxTraceParent : ModuleMigration
{
    public override void Up() => Alter.Table("shared_outbox").AddColumn("trace_parent").AsString(55).Nullable();
}
