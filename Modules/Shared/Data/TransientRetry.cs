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
    /// SQL Server errors after which the whole transaction is run again (docs/adr/0011):
    /// <list type="bullet">
    /// <item>1205 deadlock victim, 1222 lock request timeout;</item>
    /// <item>a refused, broken or dropped connection: Number 0 with Class ≥ 20 (how SqlClient reports a
    /// refused TCP connection or a transport failure), 53, 64, 121, 233, 10053, 10054, 10060, 10061.
    /// Retried on purpose: a failover or a restart refuses connections for a moment and then
    /// recovers, and the retry budget is three short tries, after which the caller gets 503;</item>
    /// <item>the database or service is briefly unavailable: 4060 (cannot open the database, e.g.
    /// during failover), 4221, 40197, 40501, 40540, 40613, 10928, 10929, 49918, 49919, 49920;</item>
    /// <item>in-memory OLTP validation and commit-dependency failures: 41301, 41302, 41305, 41325, 41839.</item>
    /// </list>
    /// Not retried: command timeouts (-2: running the same work again would exceed the request
    /// timeout, so it is answered 503 at once), login failures (18456: configuration), and every
    /// error in the statement itself.
    /// </summary>
    public static bool IsTransientSqlServer(SqlException sql) => sql.Number switch
    {
        1205 or 1222 => true,
        53 or 64 or 121 or 233 or 10053 or 10054 or 10060 or 10061 => true,
        4060 or 4221 or 40197 or 40501 or 40540 or 40613 or 10928 or 10929 or 49918 or 49919 or 49920 => true,
        41301 or 41302 or 41305 or 41325 or 41839 => true,
        0 => sql.Class >= 20,
        _ => false,
    };

    /// <summary>
    /// SQL Server errors that mean the database cannot serve now (answered 503 with Retry-After):
    /// every transient error once the retries are spent, a command timeout (-2), a database that is
    /// offline or being recovered (942, 922, 926), and a server shutting down or in single-user mode
    /// (6005, 18401, 18461).
    /// </summary>
    public static bool IsUnavailableSqlServer(SqlException sql) =>
        IsTransientSqlServer(sql) || sql.Number is -2 or 922 or 926 or 942 or 6005 or 18401 or 18461;

    /// <summary>Errors that mean the database cannot be reached now: answered 503 with Retry-After.</summary>
    public static bool IsUnavailable(Exception ex) => ex switch
    {
        // 08xxx connection errors, 53300 too many connections, 55000 database not accepting connections, 57P0x shutdown.
        PostgresException pg => pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState is "53300" or "55000" or "57P01" or "57P02" or "57P03" || IsTransient(pg),
        NpgsqlException => true,
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6 or 14,
        SqlException sql => IsUnavailableSqlServer(sql),
        TimeoutException => true,
        _ => ex.InnerException is not null && IsUnavailable(ex.InnerException),
    };
}
