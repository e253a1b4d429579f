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

    /// <summary>
    /// SQLite only: writers of this process queue in arrival order for the database's write lock (docs/adr/0045).
    /// Database:SqliteWriteGate=false leaves them to SQLite's busy handler, as before (the bench compares both).
    /// </summary>
    public bool SqliteWriteGate { get; set; } = true;
}
