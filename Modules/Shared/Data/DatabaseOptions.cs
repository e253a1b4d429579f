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
    /// <summary>
    /// With no configuration at all the API uses this SQLite file in the working directory. A writer waits up to
    /// 30 s for SQLite's one write lock (SQL Server's command-timeout figure): an all-or-nothing readings import holds
    /// the lock for seconds, and a streamed body cannot be retried after the wait runs out.
    /// </summary>
    public const string DefaultSqliteConnectionString = "Data Source=organaffairs.db;Default Timeout=30;Foreign Keys=True";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string ConnectionString { get; set; } = DefaultSqliteConnectionString;

    /// <summary>
    /// SQLite only: writers of this process queue in arrival order for the database's write lock (docs/adr/0045).
    /// Database:SqliteWriteGate=false leaves them to SQLite's busy handler, as before (the bench compares both).
    /// </summary>
    public bool SqliteWriteGate { get; set; } = true;

    /// <summary>ConnectionStrings:OrganAffairsReadOnly: a replica for reads that tolerate lag (docs/adr/0048); null = one route.</summary>
    public string? ReadOnlyConnectionString { get; set; }

    /// <summary>Where no replay position can be compared (SQL Server): how long after a write its writer reads from the primary.</summary>
    public TimeSpan ReadYourWritesWindow { get; set; } = TimeSpan.FromSeconds(30);
}
