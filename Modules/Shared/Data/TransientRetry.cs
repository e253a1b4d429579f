using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;
using Polly;
using Polly.Retry;

namespace OrganAffairs.Shared.Data;

/// <summary>
/// The Polly pipeline that retries a whole unit of work on a transient error of any provider.
/// Retries stay short: the request timeout bounds the total.
/// </summary>
public sealed class TransientRetry
{
    public TransientRetry()
    {
        Pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                MaxRetryAttempts = 3,
                Delay = TimeSpan.FromMilliseconds(50),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .Build();
    }

    public ResiliencePipeline Pipeline { get; }

    /// <summary>Errors after which the same transaction may well succeed if run again.</summary>
    public static bool IsTransient(Exception ex) => ex switch
    {
        // 5 BUSY, 6 LOCKED: another writer held the database longer than Default Timeout.
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6,
        // 40001 serialization failure, 40P01 deadlock; connection failures are NpgsqlException.IsTransient.
        PostgresException pg => pg.SqlState is "40001" or "40P01" || pg.IsTransient,
        NpgsqlException npgsql => npgsql.IsTransient,
        SqlException sql => IsTransientSqlServer(sql),
        _ => false,
    };

    /// <summary>
    /// SQL Server: deadlock victim (1205), lock timeout (1222), Azure/failover numbers, timeouts (-2),
    /// and a refused or dropped connection (Number 0 with Class 20, 53, 10053, 10054, 10060), which is
    /// retried too: a failover or restart refuses connections for a moment and then recovers.
    /// </summary>
    public static bool IsTransientSqlServer(SqlException sql) => sql.Number switch
    {
        1205 or 1222 or -2 or 53 or 233 or 64 or 10053 or 10054 or 10060 or 10928 or 10929 or 40197 or 40501 or 40613 or 49918 or 49919 or 49920 or 4221 or 4060 => true,
        0 => sql.Class >= 20,
        _ => false,
    };

    /// <summary>Errors that mean the database cannot be reached now: answered 503 with Retry-After.</summary>
    public static bool IsUnavailable(Exception ex) => ex switch
    {
        // 08xxx connection errors, 53300 too many connections, 55000 database not accepting connections, 57P0x shutdown.
        PostgresException pg => pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState is "53300" or "55000" or "57P01" or "57P02" or "57P03" || IsTransient(pg),
        NpgsqlException => true,
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6 or 14,
        SqlException sql => IsTransientSqlServer(sql),
        TimeoutException => true,
        _ => ex.InnerException is not null && IsUnavailable(ex.InnerException),
    };
}
