using Dapper;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Webhooks.Data;

/// <summary>All SQL on webhooks_subscription.</summary>
internal sealed class SubscriptionRepository(UnitOfWork uow, SqlDialect dialect)
{
    private const string Columns = "id, target_url, description, event_types, modules, organ_id, jurisdiction, active, disabled_reason, secret, previous_secret, " +
                                   "previous_secret_until, consecutive_failures, failing_since, version, created_at, updated_at";

    public async Task<SubscriptionRow?> GetAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<SubscriptionRow>(new CommandDefinition(
            $"SELECT {Columns} FROM webhooks_subscription WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>The active subscriptions (a short list: one per receiving system and purpose), for the fan-out.</summary>
    public async Task<IReadOnlyList<SubscriptionRow>> ActiveAsync(CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<SubscriptionRow>(new CommandDefinition(
            $"SELECT {Columns} FROM webhooks_subscription WHERE active = @Active", new { Active = true }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public async Task<(IReadOnlyList<SubscriptionRow> Rows, long Total)> PageAsync(bool? active, int skip, int take, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var where = active is null ? "" : "WHERE active = @Active";
        var rows = (await connection.QueryAsync<SubscriptionRow>(new CommandDefinition(
            dialect.Page($"SELECT {Columns} FROM webhooks_subscription {where} ORDER BY created_at, id"),
            new { Active = active ?? false, Skip = skip, Take = take }, uow.Transaction, cancellationToken: ct))).AsList();
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM webhooks_subscription {where}", new { Active = active ?? false }, uow.Transaction, cancellationToken: ct));
        return (rows, total);
    }

    public Task InsertAsync(SubscriptionRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO webhooks_subscription ({Columns}) VALUES (@Id, @TargetUrl, @Description, @EventTypes, @Modules, @OrganId, @Jurisdiction, @Active,
            @DisabledReason, @Secret, @PreviousSecret, @PreviousSecretUntil, @ConsecutiveFailures, @FailingSince, @Version, @CreatedAt, @UpdatedAt)
            """, row, uow.Transaction, cancellationToken: ct));

    /// <summary>Writes every member of the row and its next version if it is still at <paramref name="expectedVersion"/>.</summary>
    public async Task<bool> UpdateAsync(SubscriptionRow row, long expectedVersion, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE webhooks_subscription SET target_url = @TargetUrl, description = @Description, event_types = @EventTypes, modules = @Modules,
            organ_id = @OrganId, jurisdiction = @Jurisdiction, active = @Active, disabled_reason = @DisabledReason, secret = @Secret,
            previous_secret = @PreviousSecret, previous_secret_until = @PreviousSecretUntil, consecutive_failures = @ConsecutiveFailures,
            failing_since = @FailingSince, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @Expected
            """, new
            {
                row.Id, row.TargetUrl, row.Description, row.EventTypes, row.Modules, row.OrganId, row.Jurisdiction, row.Active, row.DisabledReason, row.Secret,
                row.PreviousSecret, row.PreviousSecretUntil, row.ConsecutiveFailures, row.FailingSince, row.Version, row.UpdatedAt, Expected = expectedVersion,
            }, uow.Transaction, cancellationToken: ct)) == 1;

    /// <summary>A success resets the failure count (no version change: the count is the worker's, not the administrator's).</summary>
    public Task ResetFailuresAsync(Guid id, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE webhooks_subscription SET consecutive_failures = 0, failing_since = NULL WHERE id = @Id AND consecutive_failures > 0",
            new { Id = id }, uow.Transaction, cancellationToken: ct));

    /// <summary>Counts a failure atomically (several workers may fail on one subscription at once) and answers the row after it.</summary>
    public async Task<SubscriptionRow?> CountFailureAsync(Guid id, DateTimeOffset at, CancellationToken ct)
    {
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE webhooks_subscription SET consecutive_failures = consecutive_failures + 1,
            failing_since = CASE WHEN failing_since IS NULL THEN @At ELSE failing_since END WHERE id = @Id
            """, new { Id = id, At = at }, uow.Transaction, cancellationToken: ct));
        return await GetAsync(id, ct);
    }

    /// <summary>Disables an active subscription (the worker's decision); false when it was no longer active.</summary>
    public async Task<bool> DisableAsync(Guid id, string reason, DateTimeOffset at, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE webhooks_subscription SET active = @Inactive, disabled_reason = @Reason, version = version + 1, updated_at = @At
            WHERE id = @Id AND active = @Active
            """, new { Id = id, Reason = reason, At = at, Active = true, Inactive = false }, uow.Transaction, cancellationToken: ct)) == 1;
}
