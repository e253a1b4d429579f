using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace OrganAffairs.Shared.Data;

/// <summary>
/// The read position of one request (docs/adr/0048): the position the client echoed from an earlier write
/// (<see cref="Header"/>), the position this request's own commit reached, and which server answered a read
/// that asked for a replica. Tokens are opaque to clients: <c>lsn:&lt;PostgreSQL WAL LSN&gt;</c>, or
/// <c>t:&lt;Unix milliseconds of the commit&gt;</c> where the provider has no position to compare (SQL Server).
/// </summary>
public sealed class ReadPosition
{
    /// <summary>Sent after a committed write; echoed by the client on the reads that must see it.</summary>
    public const string Header = "X-Read-Position";

    /// <summary>On a read that asked for a replica: <c>replica</c> or <c>primary</c> (<c>pg_is_in_recovery()</c>).</summary>
    public const string ServedByHeader = "X-Database-Served-By";

    public string? Echoed { get; set; }
    public string? Written { get; set; }
    public string? ServedBy { get; set; }

    /// <summary>A PostgreSQL LSN (<c>16/B374D848</c>) as a number; null when the text is not one.</summary>
    public static ulong? ParseLsn(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0
            || !ulong.TryParse(text.AsSpan(0, slash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var high)
            || !ulong.TryParse(text.AsSpan(slash + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var low)
            || high > uint.MaxValue || low > uint.MaxValue)
        {
            return null;
        }
        return (high << 32) | low;
    }
}

/// <summary>
/// The read-only route (docs/adr/0048): a query handler that tolerates replica lag calls <see cref="UseAsync"/>
/// before its first query, and its unit of work then reads from <c>ConnectionStrings:OrganAffairsReadOnly</c>
/// (a PostgreSQL hot standby; on SQL Server an availability-group listener with <c>ApplicationIntent=ReadOnly</c>).
/// The primary serves instead when no read-only string is configured (SQLite, a single server), when the unit
/// of work already has a connection or a transaction (a command, or a query sent from one), when the client
/// echoed a write position the replica has not replayed, and when the replica cannot be reached.
/// </summary>
public sealed class ReplicaReads(DatabaseOptions options, UnitOfWork uow, ReadPosition position, TimeProvider clock, ConnectionFactory connections)
{
    public bool Configured => !string.IsNullOrWhiteSpace(options.ReadOnlyConnectionString);

    public async Task UseAsync(CancellationToken ct)
    {
        if (!Configured || uow.HasConnection)
        {
            return;
        }
        if (position.Echoed is { } echoed && !echoed.StartsWith("lsn:", StringComparison.Ordinal) && WithinWindow(echoed))
        {
            // A position the replica cannot be asked about: read-your-writes by a window after the write.
            position.ServedBy = "primary";
            return;
        }
        DbConnection? connection = null;
        try
        {
            connection = connections.CreateReadOnly();
            await connection.OpenAsync(ct);
            if (options.Provider == DatabaseProvider.PostgreSql)
            {
                var (inRecovery, replayed) = await connection.QuerySingleAsync<(bool, string?)>(new CommandDefinition(
                    "SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn()::text", cancellationToken: ct));
                var wanted = ReadPosition.ParseLsn(position.Echoed?["lsn:".Length..]);
                if (inRecovery && wanted is not null && (ReadPosition.ParseLsn(replayed) ?? 0) < wanted)
                {
                    await connection.DisposeAsync();
                    position.ServedBy = "primary";
                    return;
                }
                position.ServedBy = inRecovery ? "replica" : "primary";
            }
            else
            {
                position.ServedBy = "replica";
            }
            uow.UseReadOnly(connection);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && TransientRetry.IsUnavailable(ex))
        {
            // A replica that is down costs the primary a little load, never an answer.
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
            position.ServedBy = "primary";
        }
    }

    private bool WithinWindow(string token) =>
        !token.StartsWith("t:", StringComparison.Ordinal)
        || !long.TryParse(token.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
        || clock.GetUtcNow().ToUnixTimeMilliseconds() - ms < options.ReadYourWritesWindow.TotalMilliseconds;

    /// <summary>
    /// After a command committed (only with a read-only string): the position a later read must see. The insert
    /// position, not pg_current_wal_lsn() (the write position), which may still be before the commit record when
    /// synchronous_commit is off.
    /// </summary>
    public async Task RecordWriteAsync()
    {
        if (!Configured)
        {
            return;
        }
        position.Written = $"t:{clock.GetUtcNow().ToUnixTimeMilliseconds()}";
        if (options.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }
        try
        {
            var connection = await uow.ConnectionAsync(CancellationToken.None);
            var lsn = await connection.ExecuteScalarAsync<string>("SELECT pg_current_wal_insert_lsn()::text");
            position.Written = $"lsn:{lsn}";
        }
        catch (Exception ex) when (TransientRetry.IsUnavailable(ex))
        {
            // Committed, but the position is unknown: the time token still sends the next read to the primary.
        }
    }
}

/// <summary>Reads the echoed position and writes the position and the serving server onto the answer.</summary>
internal sealed class ReadPositionStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            // Resolved per request: the options are read from configuration when first resolved.
            if (string.IsNullOrWhiteSpace(context.RequestServices.GetRequiredService<DatabaseOptions>().ReadOnlyConnectionString))
            {
                await nextMiddleware(context);
                return;
            }
            var position = context.RequestServices.GetRequiredService<ReadPosition>();
            var echoed = context.Request.Headers[ReadPosition.Header].ToString();
            position.Echoed = echoed.Length is > 0 and <= 64 ? echoed : null;
            context.Response.OnStarting(() =>
            {
                if (position.Written is { } written)
                {
                    context.Response.Headers[ReadPosition.Header] = written;
                }
                if (position.ServedBy is { } servedBy)
                {
                    context.Response.Headers[ReadPosition.ServedByHeader] = servedBy;
                }
                return Task.CompletedTask;
            });
            await nextMiddleware(context);
        });
        next(app);
    };
}
