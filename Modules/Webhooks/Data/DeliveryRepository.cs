using Dapper;
using OrganAffairs.Contracts.Webhooks;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Webhooks.Data;

/// <summary>All SQL on webhooks_delivery.</summary>
internal sealed class DeliveryRepository(UnitOfWork uow, SqlDialect dialect)
{
    private const string Columns = "id, subscription_id, event_id, event_type, payload, occurred_at, status, attempts, next_attempt_at, claim_token, claimed_until, " +
                                   "last_status_code, last_error, last_latency_ms, last_attempt_at, delivered_at, queued_at";

    private static readonly string[] InsertOnly =
        ["id", "event_type", "payload", "occurred_at", "status", "attempts", "next_attempt_at", "queued_at"];

    /// <summary>Queues each row unless its (event, subscription) is queued already: a redelivered event is a no-op.</summary>
    public async Task InsertIfAbsentAsync(IReadOnlyCollection<DeliveryRow> rows, CancellationToken ct)
    {
        var sql = dialect.Upsert("webhooks_delivery", ["event_id", "subscription_id"], [], InsertOnly);
        foreach (var r in rows.OrderBy(r => r.SubscriptionId, dialect.KeyOrder))
        {
            await uow.Connection.ExecuteAsync(new CommandDefinition(sql, new
            {
                r.Id, r.EventId, r.SubscriptionId, r.EventType, r.Payload, r.OccurredAt, Status = r.Status.ToString(), r.Attempts, r.NextAttemptAt, r.QueuedAt,
            }, uow.Transaction, cancellationToken: ct));
        }
    }

    /// <summary>
    /// Marks up to @Batch due deliveries of active subscriptions with @Token, skipping rows another Host holds (the outbox's
    /// claim: FOR UPDATE SKIP LOCKED on PostgreSQL, UPDLOCK READPAST on SQL Server, the single writer on SQLite), and answers them.
    /// </summary>
    public async Task<IReadOnlyList<DeliveryRow>> ClaimAsync(Guid token, DateTimeOffset now, DateTimeOffset until, int batch, CancellationToken ct)
    {
        const string Due = "status = @Pending AND (claimed_until IS NULL OR claimed_until < @Now) AND next_attempt_at <= @Now " +
                           "AND subscription_id IN (SELECT id FROM webhooks_subscription WHERE active = @Active)";
        var sql = dialect.Claim("webhooks_delivery", Due, "next_attempt_at");
        await uow.Connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            Token = token, Now = now, Until = until, Batch = batch, Pending = nameof(WebhookDeliveryStatus.Pending), Active = true,
        }, uow.Transaction, cancellationToken: ct));
        return (await uow.Connection.QueryAsync<DeliveryRow>(new CommandDefinition(
            $"SELECT {Columns} FROM webhooks_delivery WHERE claim_token = @Token AND status = @Pending ORDER BY next_attempt_at",
            new { Token = token, Pending = nameof(WebhookDeliveryStatus.Pending) }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Writes an attempt's outcome if this claim still holds the row; false when another Host took it over meanwhile.</summary>
    public async Task<bool> RecordAttemptAsync(DeliveryRow row, Guid token, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE webhooks_delivery SET status = @Status, attempts = @Attempts, next_attempt_at = @NextAttemptAt, last_status_code = @LastStatusCode,
            last_error = @LastError, last_latency_ms = @LastLatencyMs, last_attempt_at = @LastAttemptAt, delivered_at = @DeliveredAt,
            claim_token = NULL, claimed_until = NULL
            WHERE id = @Id AND claim_token = @Token
            """, new
            {
                row.Id, Token = token, Status = row.Status.ToString(), row.Attempts, row.NextAttemptAt, row.LastStatusCode, row.LastError, row.LastLatencyMs,
                row.LastAttemptAt, row.DeliveredAt,
            }, uow.Transaction, cancellationToken: ct)) == 1;

    public async Task<DeliveryRow?> GetAsync(Guid subscriptionId, Guid eventId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<DeliveryRow>(new CommandDefinition(
            $"SELECT {Columns} FROM webhooks_delivery WHERE subscription_id = @SubscriptionId AND event_id = @EventId",
            new { SubscriptionId = subscriptionId, EventId = eventId }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>Puts a delivery back in the queue for now, whatever its state (its attempt count goes on).</summary>
    public Task RequeueAsync(Guid id, DateTimeOffset now, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE webhooks_delivery SET status = @Pending, next_attempt_at = @Now, queued_at = @Now, claim_token = NULL, claimed_until = NULL WHERE id = @Id",
            new { Id = id, Now = now, Pending = nameof(WebhookDeliveryStatus.Pending) }, uow.Transaction, cancellationToken: ct));

    public async Task<(IReadOnlyList<DeliveryRow> Rows, long Total)> PageAsync(Guid subscriptionId, WebhookDeliveryStatus? status, int skip, int take, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var where = "WHERE subscription_id = @SubscriptionId" + (status is null ? "" : " AND status = @Status");
        var parameters = new { SubscriptionId = subscriptionId, Status = status?.ToString() ?? "", Skip = skip, Take = take };
        var rows = (await connection.QueryAsync<DeliveryRow>(new CommandDefinition(
            dialect.Page($"SELECT {Columns} FROM webhooks_delivery {where} ORDER BY occurred_at DESC, id"), parameters, uow.Transaction, cancellationToken: ct))).AsList();
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM webhooks_delivery {where}", parameters, uow.Transaction, cancellationToken: ct));
        return (rows, total);
    }
}
