using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace OrganAffairs.Shared.Data;

/// <summary>
/// One in-process write gate per SQLite database (docs/adr/0045). SQLite lets one writer at a time hold its
/// write lock; without a gate every other writer polls it through Microsoft.Data.Sqlite's busy loop (a blocking
/// sleep of 150 ms between tries, in no order), which under a few dozen concurrent writers gives a p99 of
/// seconds and timeouts. With the gate, writers of this process wait their turn here, asynchronously and in
/// arrival order (<see cref="SemaphoreSlim.WaitAsync(int, CancellationToken)"/> releases its waiters first in,
/// first out), and meet SQLite's lock only when it is theirs. Other processes on the same file (a second Host,
/// a migration) still meet SQLite's busy handler as before.
/// <para>
/// A writer that waits longer than the connection's <c>Default Timeout</c> goes on without the gate, to SQLite's
/// busy handler, so the gate can delay a writer but never hold it for ever (a writer that, holding the gate,
/// waited for a second connection's write would otherwise never finish).
/// </para>
/// </summary>
public static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, Gate> Gates = new(StringComparer.Ordinal);

    /// <summary>Waits for the database's gate; dispose the lease (once) when the write transaction has ended.</summary>
    public static async ValueTask<WriteLease> EnterAsync(string connectionString, CancellationToken ct)
    {
        var gate = Gates.GetOrAdd(connectionString, static cs => new Gate(cs));
        if (gate.Semaphore is null)
        {
            return WriteLease.None;
        }
        return await gate.Semaphore.WaitAsync(gate.TimeoutMs, ct).ConfigureAwait(false)
            ? new WriteLease(gate.Semaphore)
            : WriteLease.None;
    }

    private sealed class Gate
    {
        public Gate(string connectionString)
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);
            // A private in-memory database has one connection: nothing to queue.
            var privateMemory = builder.DataSource is "" or ":memory:" && builder.Cache != SqliteCacheMode.Shared;
            Semaphore = privateMemory ? null : new SemaphoreSlim(1, 1);
            TimeoutMs = builder.DefaultTimeout <= 0 ? Timeout.Infinite : builder.DefaultTimeout * 1000;
        }

        public SemaphoreSlim? Semaphore { get; }
        public int TimeoutMs { get; }
    }
}

/// <summary>A held write gate (or none: another provider, or a wait that timed out). Disposing releases it once.</summary>
public sealed class WriteLease : IDisposable
{
    private SemaphoreSlim? _semaphore;

    internal WriteLease(SemaphoreSlim? semaphore) => _semaphore = semaphore;

    /// <summary>No gate held: disposing it does nothing.</summary>
    public static WriteLease None { get; } = new(null);

    public bool Held => _semaphore is not null;

    public void Dispose() => Interlocked.Exchange(ref _semaphore, null)?.Release();
}
