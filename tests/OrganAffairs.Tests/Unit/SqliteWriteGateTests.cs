using Microsoft.Data.Sqlite;
using OrganAffairs.Shared.Data;
using Xunit;

namespace OrganAffairs.Tests.Unit;

/// <summary>
/// The in-process SQLite write gate (docs/adr/0045, issue 25): one writer at a time per database, served in arrival order,
/// never held beyond the connection's Default Timeout, released once. The bench's writers scenario measures what it buys;
/// these pin what it does.
/// </summary>
public sealed class SqliteWriteGateTests
{
    /// <summary>A connection string no other test shares: the gate is per connection string.</summary>
    private static string Database(int timeoutSeconds = 30) =>
        $"Data Source={Path.Combine(Path.GetTempPath(), $"gate-{Guid.NewGuid():N}.db")};Default Timeout={timeoutSeconds}";

    [Fact]
    public async Task Writers_of_one_database_enter_one_at_a_time_in_arrival_order()
    {
        var db = Database();
        var first = await SqliteWriteGate.EnterAsync(db, CancellationToken.None);
        Assert.True(first.Held);
        var order = new List<int>();
        var waiters = new List<Task>();
        for (var i = 1; i <= 5; i++)
        {
            var n = i;
            waiters.Add(Task.Run(async () =>
            {
                using var lease = await SqliteWriteGate.EnterAsync(db, CancellationToken.None);
                Assert.True(lease.Held);
                lock (order)
                {
                    order.Add(n);
                }
                await Task.Delay(20);
            }));
            // Arrival order: each waiter is queued before the next one starts.
            await Task.Delay(50);
        }
        Assert.Empty(order);
        Assert.All(waiters, w => Assert.False(w.IsCompleted));

        // Another database has a gate of its own: not blocked by the first.
        using (var other = await SqliteWriteGate.EnterAsync(Database(), CancellationToken.None))
        {
            Assert.True(other.Held);
        }

        first.Dispose();
        await Task.WhenAll(waiters).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal([1, 2, 3, 4, 5], order);
    }

    [Fact]
    public async Task A_writer_that_waits_past_the_default_timeout_goes_on_without_the_gate()
    {
        var db = Database(timeoutSeconds: 1);
        using var holder = await SqliteWriteGate.EnterAsync(db, CancellationToken.None);
        var started = DateTime.UtcNow;
        using var late = await SqliteWriteGate.EnterAsync(db, CancellationToken.None);
        Assert.False(late.Held);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task A_lease_disposed_twice_lets_one_waiter_in_and_a_private_memory_database_has_no_gate()
    {
        var db = Database();
        var first = await SqliteWriteGate.EnterAsync(db, CancellationToken.None);
        var second = SqliteWriteGate.EnterAsync(db, CancellationToken.None).AsTask();
        var third = SqliteWriteGate.EnterAsync(db, CancellationToken.None).AsTask();
        first.Dispose();
        first.Dispose();
        using var admitted = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(admitted.Held);
        await Task.Delay(200);
        Assert.False(third.IsCompleted);
        admitted.Dispose();
        (await third.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();

        using var memory = await SqliteWriteGate.EnterAsync("Data Source=:memory:", CancellationToken.None);
        Assert.False(memory.Held);
        Assert.Same(WriteLease.None, memory);
    }

    [Fact]
    public async Task Gated_writers_of_one_file_never_meet_SQLite_busy_even_without_a_busy_timeout()
    {
        // Default Timeout=0 would make SQLite answer "database is locked" at once to a second writer; the gate must keep them apart.
        // The gate's own wait is then unbounded (Timeout.Infinite), as the gate reads 0 as "no timeout".
        var db = Database(timeoutSeconds: 0);
        await using (var setup = new SqliteConnection(db))
        {
            await setup.OpenAsync();
            await using var create = setup.CreateCommand();
            create.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)";
            await create.ExecuteNonQueryAsync();
        }
        var writers = Enumerable.Range(0, 16).Select(n => Task.Run(async () =>
        {
            using var lease = await SqliteWriteGate.EnterAsync(db, CancellationToken.None);
            await using var connection = new SqliteConnection(db);
            await connection.OpenAsync();
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
            for (var i = 0; i < 20; i++)
            {
                await using var insert = connection.CreateCommand();
                insert.Transaction = tx;
                insert.CommandText = "INSERT INTO t (n) VALUES ($n)";
                insert.Parameters.AddWithValue("$n", n);
                await insert.ExecuteNonQueryAsync();
            }
            await tx.CommitAsync();
        })).ToList();
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(60));
        await using var check = new SqliteConnection(db);
        await check.OpenAsync();
        await using var count = check.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM t";
        Assert.Equal(320L, (long)(await count.ExecuteScalarAsync())!);
    }
}
