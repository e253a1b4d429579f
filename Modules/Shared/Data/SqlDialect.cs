namespace OrganAffairs.Shared.Data;

/// <summary>
/// The few places where SQLite, PostgreSQL and SQL Server really differ. Repository SQL is
/// otherwise one portable text; anything provider-specific goes here and nowhere else.
/// </summary>
public sealed class SqlDialect(DatabaseProvider provider)
{
    public DatabaseProvider Provider => provider;

    /// <summary>
    /// "column is one of the list in @parameter". Dapper expands a list into (@p1, @p2, …) on SQLite and
    /// SQL Server, but sends it to PostgreSQL as one array parameter, which needs = ANY(...).
    /// </summary>
    public string InList(string column, string parameter) => provider == DatabaseProvider.PostgreSql
        ? $"{column} = ANY({parameter})"
        : $"{column} IN {parameter}";

    /// <summary>Appends paging to a query that already ends in ORDER BY; parameters @Skip and @Take.</summary>
    public string Page(string orderedSelect) => provider == DatabaseProvider.SqlServer
        ? orderedSelect + " OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY"
        : orderedSelect + " LIMIT @Take OFFSET @Skip";

    /// <summary>
    /// SQL that takes a row lock on one row inside the current transaction, so concurrent writers
    /// of the same resource queue up (SQLite's IMMEDIATE transaction already serialises writers).
    /// The statement touches the row without changing it: <c>UPDATE t SET id = id WHERE id = @Id</c>
    /// works on every provider.
    /// </summary>
    public string LockRow(string table, string idParameter = "@Id") => $"UPDATE {table} SET id = id WHERE id = {idParameter}";

    /// <summary>Marks up to @Batch due outbox rows with @Token, skipping rows other instances hold.</summary>
    public string ClaimOutbox() => provider switch
    {
        DatabaseProvider.PostgreSql => """
            UPDATE shared_outbox SET claim_token = @Token, claimed_until = @Until
            WHERE id IN (SELECT id FROM shared_outbox
                         WHERE dispatched_at IS NULL AND (claimed_until IS NULL OR claimed_until < @Now) AND next_attempt_at <= @Now
                         ORDER BY occurred_at LIMIT @Batch FOR UPDATE SKIP LOCKED)
            """,
        DatabaseProvider.SqlServer => """
            WITH due AS (SELECT TOP (@Batch) * FROM shared_outbox WITH (UPDLOCK, READPAST, ROWLOCK)
                         WHERE dispatched_at IS NULL AND (claimed_until IS NULL OR claimed_until < @Now) AND next_attempt_at <= @Now
                         ORDER BY occurred_at)
            UPDATE due SET claim_token = @Token, claimed_until = @Until
            """,
        _ => """
            UPDATE shared_outbox SET claim_token = @Token, claimed_until = @Until
            WHERE id IN (SELECT id FROM shared_outbox
                         WHERE dispatched_at IS NULL AND (claimed_until IS NULL OR claimed_until < @Now) AND next_attempt_at <= @Now
                         ORDER BY occurred_at LIMIT @Batch)
            """,
    };

    /// <summary>
    /// A session lock that makes Host instances starting together migrate one after another
    /// (null on SQLite, whose file lock already serialises writers). Released by <see cref="MigrationUnlock"/>.
    /// </summary>
    public string? MigrationLock() => provider switch
    {
        DatabaseProvider.PostgreSql => "SELECT pg_advisory_lock(7340211)",
        DatabaseProvider.SqlServer => "EXEC sp_getapplock @Resource = 'organaffairs-migrations', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 120000",
        _ => null,
    };

    public string? MigrationUnlock() => provider switch
    {
        DatabaseProvider.PostgreSql => "SELECT pg_advisory_unlock(7340211)",
        DatabaseProvider.SqlServer => "EXEC sp_releaseapplock @Resource = 'organaffairs-migrations', @LockOwner = 'Session'",
        _ => null,
    };

    /// <summary>Whether an exception is a unique-key violation.</summary>
    public static bool IsUniqueViolation(Exception ex) => ex switch
    {
        Npgsql.PostgresException pg => pg.SqlState == "23505",
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        Microsoft.Data.SqlClient.SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };
}
