using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OrganAffairs.Shared.Data;

/// <summary>Creates unopened connections for the configured provider.</summary>
public sealed class ConnectionFactory(DatabaseOptions options)
{
    public DatabaseProvider Provider => options.Provider;

    public DbConnection Create() => options.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteConnection(options.ConnectionString),
        DatabaseProvider.PostgreSql => new NpgsqlConnection(options.ConnectionString),
        DatabaseProvider.SqlServer => new SqlConnection(options.ConnectionString),
        _ => throw new InvalidOperationException($"Unknown provider {options.Provider}"),
    };

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
