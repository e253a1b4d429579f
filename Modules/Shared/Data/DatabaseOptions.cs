namespace OrganAffairs.Shared.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

/// <summary>Configuration section "Database" plus ConnectionStrings:OrganAffairs.</summary>
public sealed class DatabaseOptions
{
    /// <summary>With no configuration at all the API uses this SQLite file in the working directory.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=organaffairs.db;Default Timeout=5;Foreign Keys=True";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string ConnectionString { get; set; } = DefaultSqliteConnectionString;

    /// <summary>ConnectionStrings:OrganAffairsReadOnly: a replica for reads that tolerate lag (docs/adr/0048); null = one route.</summary>
    public string? ReadOnlyConnectionString { get; set; }

    /// <summary>Where no replay position can be compared (SQL Server): how long after a write its writer reads from the primary.</summary>
    public TimeSpan ReadYourWritesWindow { get; set; } = TimeSpan.FromSeconds(30);
}
