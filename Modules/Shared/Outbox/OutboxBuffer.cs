using System.Text.Json;
using Dapper;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Shared.Outbox;

/// <summary>
/// A command's handler enqueues integration events here; the Transaction behaviour writes them to
/// shared_outbox in the same transaction as the change, so an event exists exactly when its change does.
/// </summary>
public sealed class OutboxBuffer(UnitOfWork unitOfWork, IdGenerator ids, TimeProvider clock)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly List<IIntegrationEvent> _events = [];

    public void Enqueue(IIntegrationEvent integrationEvent) => _events.Add(integrationEvent);

    internal void Reset() => _events.Clear();

    /// <returns>Whether any event was written.</returns>
    internal async Task<bool> FlushAsync(CancellationToken ct)
    {
        if (_events.Count == 0)
        {
            return false;
        }
        var now = clock.GetUtcNow();
        var rows = _events.Select(e => new
        {
            Id = ids.NewId(),
            Type = OutboxTypes.NameOf(e.GetType()),
            Payload = JsonSerializer.Serialize(e, e.GetType(), Json),
            OccurredAt = e.OccurredAt.ToUniversalTime(),
            NextAttemptAt = now,
            // The dispatch is traced as a consumer linked to the request that caused it.
            TraceParent = System.Diagnostics.Activity.Current?.Id,
        });
        await unitOfWork.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO shared_outbox (id, type, payload, occurred_at, next_attempt_at, attempts, trace_parent)
            VALUES (@Id, @Type, @Payload, @OccurredAt, @NextAttemptAt, 0, @TraceParent)
            """, rows, unitOfWork.Transaction, cancellationToken: ct));
        _events.Clear();
        return true;
    }
}

/// <summary>Stable names for event types: their full name, resolved only among the Contracts' events.</summary>
public static class OutboxTypes
{
    private static readonly Dictionary<string, Type> ByName = typeof(IIntegrationEvent).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IIntegrationEvent).IsAssignableFrom(t))
        .ToDictionary(t => t.FullName!, StringComparer.Ordinal);

    public static string NameOf(Type type) =>
        ByName.ContainsKey(type.FullName!) ? type.FullName! : throw new InvalidOperationException($"{type} is not an integration event declared in Contracts.");

    public static Type? Resolve(string name) => ByName.GetValueOrDefault(name);
}

/// <summary>Wakes the dispatcher right after a commit that wrote events, instead of waiting for the next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another commit already woke it.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
