using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OrganAffairs.Shared.Data;

/// <summary>
/// A hook around every connection <see cref="ConnectionFactory"/> makes (diagnostics; the tests record
/// every SQL text through it). Register at most one in DI; without one, connections are used as created.
/// </summary>
public interface IConnectionInterceptor
{
    DbConnection Wrap(DbConnection connection);
}

/// <summary>Creates unopened connections for the configured provider.</summary>
public sealed class ConnectionFactory(DatabaseOptions options, IConnectionInterceptor? interceptor = null)
{
    public DatabaseProvider Provider => options.Provider;

    public DbConnection Create()
    {
        DbConnection connection = options.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteConnection(options.ConnectionString),
            DatabaseProvider.PostgreSql => new NpgsqlConnection(options.ConnectionString),
            DatabaseProvider.SqlServer => new SqlConnection(options.ConnectionString),
            _ => throw new InvalidOperationException($"Unknown provider {options.Provider}"),
        };
        return interceptor is null ? connection : interceptor.Wrap(connection);
    }

    /// <summary>An unopened connection to the read replica (ConnectionStrings:OrganAffairsReadOnly, docs/adr/0048).</summary>
    public DbConnection CreateReadOnly()
    {
        var text = options.ReadOnlyConnectionString ?? throw new InvalidOperationException("No read-only connection string is configured.");
        DbConnection connection = options.Provider switch
        {
            DatabaseProvider.PostgreSql => new NpgsqlConnection(text),
            // An availability-group listener sends ApplicationIntent=ReadOnly sessions to a readable secondary.
            DatabaseProvider.SqlServer => new SqlConnection(new SqlConnectionStringBuilder(text) { ApplicationIntent = ApplicationIntent.ReadOnly }.ConnectionString),
            _ => throw new InvalidOperationException($"Read-only connections are not supported on {options.Provider}."),
        };
        return interceptor is null ? connection : interceptor.Wrap(connection);
    }

    /// <summary>
    /// Before a write transaction (or autocommit writes) on SQLite: waits for this database's in-process write gate
    /// (<see cref="SqliteWriteGate"/>, docs/adr/0045); other providers lock rows, not the database, and do not wait.
    /// </summary>
    public ValueTask<WriteLease> EnterWriteAsync(CancellationToken ct) =>
        options.Provider == DatabaseProvider.Sqlite && options.SqliteWriteGate
            ? SqliteWriteGate.EnterAsync(options.ConnectionString, ct)
            : ValueTask.FromResult(WriteLease.None);

    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = Create();
        try
        {
            await connection.OpenAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
