using System.Data.Common;
using Dapper;

namespace OrganAffairs.Shared.Migrations;

/// <summary>
/// What no text check can see, checked on SQL Server at start-up (docs/adr/0024): the Host refuses to
/// start unless the database reads committed rows from row versions (<c>READ_COMMITTED_SNAPSHOT</c>;
/// otherwise a minutes-long import blocks every reader of its tables into 503s, and list queries lose
/// deadlocks against writers), compares text by code point (a <c>_BIN2</c> collation, as SQLite and
/// PostgreSQL do; a case- or width-insensitive one makes codes that differ only in case or width
/// collide or match each other), and leaves <c>NOCOUNT</c> off (the optimistic-version checks read
/// rows-affected counts, which <c>NOCOUNT</c> turns into zeros).
/// </summary>
public static class SqlServerReadiness
{
    public const string Query = """
        SELECT CAST(d.is_read_committed_snapshot_on AS int) AS ReadCommittedSnapshot, CAST(d.collation_name AS nvarchar(128)) AS Collation, @@OPTIONS AS Options
        FROM sys.databases AS d WHERE d.name = DB_NAME()
        """;

    /// <summary>SET NOCOUNT's bit in @@OPTIONS.</summary>
    public const int NoCountBit = 512;

    public sealed record Settings(int ReadCommittedSnapshot, string? Collation, int Options);

    /// <summary>What is wrong with the database's settings, each with the statement that fixes it; empty when ready.</summary>
    public static IReadOnlyList<string> Problems(Settings settings)
    {
        var problems = new List<string>();
        if (settings.ReadCommittedSnapshot != 1)
        {
            problems.Add("READ_COMMITTED_SNAPSHOT is OFF: long imports would block readers. Run, with no other connection open: " +
                         "ALTER DATABASE CURRENT SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE;");
        }
        if (settings.Collation is null || !settings.Collation.EndsWith("_BIN2", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"The database collation is {settings.Collation ?? "unknown"}, not a _BIN2 collation: codes that differ only in case or width " +
                         "would collide or match. Create the database with COLLATE Latin1_General_100_BIN2 (or another _BIN2 collation).");
        }
        if ((settings.Options & NoCountBit) != 0)
        {
            problems.Add("NOCOUNT is forced on (server option 'user options' includes 512): optimistic-version checks read rows-affected counts. " +
                         "Remove 512 from sp_configure 'user options'.");
        }
        return problems;
    }

    /// <summary>Reads the settings on an open connection and throws with every problem when the database is not ready.</summary>
    public static void Ensure(DbConnection connection)
    {
        var settings = connection.QuerySingle<Settings>(Query);
        var problems = Problems(settings);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The SQL Server database is not ready for OrganAffairs:\n- " + string.Join("\n- ", problems));
        }
    }
}
