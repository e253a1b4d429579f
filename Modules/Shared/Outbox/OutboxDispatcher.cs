using System.Text.Json;
using Dapper;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Shared.Outbox;

public sealed class OutboxOptions
{
    /// <summary>Tests switch the worker off to simulate a crash between commit and dispatch.</summary>
    public bool Enabled { get; set; } = true;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>How long a claim holds: a crashed instance's rows are taken over after it.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(1);
    public int BatchSize { get; set; } = 50;
    public int MaxAttempts { get; set; } = 10;
}

/// <summary>
/// Receives every integration event the outbox dispatches, after its in-process handlers ran (docs/adr/0110: the Webhooks
/// module queues its deliveries here). A hook must be quick and write only its own rows: it runs on the dispatcher's path.
/// </summary>
public interface IIntegrationEventHook
{
    Task OnPublishedAsync(IIntegrationEvent integrationEvent, CancellationToken ct);
}

/// <summary>
/// Runs in every Host instance. Each pass claims due rows with a fresh token (the dialect skips rows
/// another instance holds), publishes each event in its own scope as the system principal, and marks
/// it dispatched. Delivery is at least once: a crash after publishing and before marking repeats it,
/// which is why handlers dedupe on the event id.
/// </summary>
internal sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    ConnectionFactory connections,
    SqlDialect dialect,
    OutboxSignal signal,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var dispatched = 0;
            try
            {
                dispatched = await DispatchBatchAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Outbox pass failed; retrying after the poll interval");
            }
            if (dispatched < o.BatchSize)
            {
                try
                {
                    await signal.WaitAsync(o.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    internal async Task<int> DispatchBatchAsync(CancellationToken ct)
    {
        var o = options.Value;
        var token = Guid.NewGuid();
        var now = clock.GetUtcNow();
        List<OutboxRow> rows;
        await using (var connection = await connections.OpenAsync(ct))
        {
            using (await connections.EnterWriteAsync(ct))
            {
                await using var tx = await connection.BeginTransactionAsync(ct);
                await connection.ExecuteAsync(new CommandDefinition(dialect.ClaimOutbox(),
                    new { Token = token, Until = now + o.ClaimDuration, Now = now, Batch = o.BatchSize }, tx, cancellationToken: ct));
                await tx.CommitAsync(ct);
            }
            rows = (await connection.QueryAsync<OutboxRow>(new CommandDefinition(
                "SELECT id, type, payload, attempts, occurred_at, trace_parent FROM shared_outbox WHERE claim_token = @Token AND dispatched_at IS NULL ORDER BY occurred_at",
                new { Token = token }, cancellationToken: ct))).ToList();
        }

        foreach (var row in rows)
        {
            string? error = null;
            try
            {
                await PublishAsync(row, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                error = $"{ex.GetType().Name}: {ex.Message}";
                logger.LogWarning(ex, "Outbox event {EventType} {OutboxId} failed (attempt {Attempt})", row.Type, row.Id, row.Attempts + 1);
            }
            await MarkAsync(row, token, error, ct);
        }
        return rows.Count;
    }

    private async Task PublishAsync(OutboxRow row, CancellationToken ct)
    {
        var type = OutboxTypes.Resolve(row.Type) ?? throw new InvalidOperationException($"Unknown event type {row.Type}");
        Diagnostics.Telemetry.OutboxLag.Record((clock.GetUtcNow() - row.OccurredAt).TotalSeconds);
        // A new trace per dispatch, linked to the request that wrote the event (its commit may be long past).
        var links = System.Diagnostics.ActivityContext.TryParse(row.TraceParent, null, out var cause)
            ? new[] { new System.Diagnostics.ActivityLink(cause) }
            : null;
        using var activity = Diagnostics.Telemetry.Source.StartActivity(
            "outbox dispatch " + type.Name, System.Diagnostics.ActivityKind.Consumer, parentContext: default, links: links);
        activity?.SetTag("organaffairs.outbox.id", row.Id);
        var notification = (IIntegrationEvent)JsonSerializer.Deserialize(row.Payload, type, OutboxBuffer.Json)!;
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().SetSystem();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(notification, ct);
        // Then every hook (Webhooks' fan-out), each in a transaction of its own; a failing hook retries the row,
        // and the in-process handlers dedupe on the event id as for any redelivery.
        foreach (var hook in scope.ServiceProvider.GetServices<IIntegrationEventHook>())
        {
            await hook.OnPublishedAsync(notification, ct);
        }
    }

    private async Task MarkAsync(OutboxRow row, Guid token, string? error, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var connection = await connections.OpenAsync(ct);
        using var gate = await connections.EnterWriteAsync(ct);
        if (error is null)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE shared_outbox SET dispatched_at = @Now, attempts = attempts + 1, claimed_until = NULL WHERE id = @Id AND claim_token = @Token",
                new { row.Id, Token = token, Now = now }, cancellationToken: ct));
            return;
        }
        var attempts = row.Attempts + 1;
        // Back off exponentially; after MaxAttempts the row stays undispatched with its error for an operator.
        var next = attempts >= options.Value.MaxAttempts ? new DateTimeOffset(9000, 1, 1, 0, 0, 0, TimeSpan.Zero) : now + TimeSpan.FromSeconds(Math.Pow(2, attempts));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE shared_outbox SET attempts = @Attempts, last_error = @Error, next_attempt_at = @Next, claimed_until = NULL WHERE id = @Id AND claim_token = @Token",
            new { row.Id, Token = token, Attempts = attempts, Error = error.Length > 2000 ? error[..2000] : error, Next = next }, cancellationToken: ct));
    }

    private sealed class OutboxRow
    {
        public Guid Id { get; init; }
        public string Type { get; init; } = "";
        public string Payload { get; init; } = "";
        public int Attempts { get; init; }
        public DateTimeOffset OccurredAt { get; init; }
        public string? TraceParent { get; init; }
    }
}
