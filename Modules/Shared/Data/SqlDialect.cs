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
    /// of the same resource queue up until the transaction ends (SQLite's IMMEDIATE transaction already
    /// serialises writers). PostgreSQL and SQLite touch the row without changing it
    /// (<c>UPDATE t SET id = id</c>); SQL Server reads it with an update lock instead
    /// (<c>WITH (UPDLOCK, ROWLOCK)</c>, held to the end of the transaction), because there an update
    /// of the clustered key is a key change that also checks every foreign key pointing at the row.
    /// Run it with ExecuteAsync and ignore the result: it is not a row count on every provider.
    /// </summary>
    public string LockRow(string table, string idParameter = "@Id") => provider == DatabaseProvider.SqlServer
        ? $"SELECT id FROM {table} WITH (UPDLOCK, ROWLOCK) WHERE id = {idParameter}"
        : $"UPDATE {table} SET id = id WHERE id = {idParameter}";

    /// <summary>
    /// Row locks on every row whose id is in @Ids (see <see cref="LockRow"/>), taken in id order so two
    /// writers locking overlapping sets queue instead of deadlocking.
    /// </summary>
    public string LockRows(string table) => provider switch
    {
        DatabaseProvider.SqlServer => $"SELECT id FROM {table} WITH (UPDLOCK, ROWLOCK) WHERE id IN @Ids ORDER BY id",
        DatabaseProvider.PostgreSql => $"SELECT id FROM {table} WHERE id = ANY(@Ids) ORDER BY id FOR UPDATE",
        _ => $"UPDATE {table} SET id = id WHERE id IN @Ids",
    };

    /// <summary>
    /// Adds to counters: inserts the row, or when a row with the same key exists adds each counter column's
    /// parameter to it (<c>c = c + @C</c>) in one atomic statement, so concurrent writers never lose an addition.
    /// </summary>
    public string UpsertAdd(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> counterColumns)
    {
        var all = keyColumns.Concat(counterColumns).ToList();
        var columns = string.Join(", ", all);
        if (provider == DatabaseProvider.SqlServer)
        {
            var source = string.Join(", ", all.Select(c => $"{ParameterOf(c)} AS {c}"));
            var on = string.Join(" AND ", keyColumns.Select(c => $"target.{c} = source.{c}"));
            return $"MERGE INTO {table} WITH (HOLDLOCK) AS target USING (SELECT {source}) AS source ON {on}" +
                   " WHEN MATCHED THEN UPDATE SET " + string.Join(", ", counterColumns.Select(c => $"{c} = target.{c} + source.{c}")) +
                   $" WHEN NOT MATCHED THEN INSERT ({columns}) VALUES ({string.Join(", ", all.Select(c => $"source.{c}"))});";
        }
        return $"INSERT INTO {table} ({columns}) VALUES ({string.Join(", ", all.Select(ParameterOf))}) ON CONFLICT ({string.Join(", ", keyColumns)}) " +
               "DO UPDATE SET " + string.Join(", ", counterColumns.Select(c => $"{c} = {table}.{c} + excluded.{c}"));
    }

    /// <summary>
    /// Inserts a row or, when a row with the same key exists, updates its other columns. Each column
    /// takes the parameter of its PascalCase name (<c>rank_code</c> ← <c>@RankCode</c>). SQLite and
    /// PostgreSQL: <c>INSERT … ON CONFLICT (key) DO UPDATE</c>; SQL Server: <c>MERGE … WITH (HOLDLOCK)</c>,
    /// whose range lock keeps two concurrent upserts of a new key from both inserting.
    /// </summary>
    public string Upsert(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> otherColumns)
    {
        if (keyColumns.Count == 0)
        {
            throw new ArgumentException("An upsert needs at least one key column.", nameof(keyColumns));
        }
        var all = keyColumns.Concat(otherColumns).ToList();
        var columns = string.Join(", ", all);
        if (provider == DatabaseProvider.SqlServer)
        {
            var source = string.Join(", ", all.Select(c => $"{ParameterOf(c)} AS {c}"));
            var on = string.Join(" AND ", keyColumns.Select(c => $"target.{c} = source.{c}"));
            var matched = otherColumns.Count == 0
                ? ""
                : " WHEN MATCHED THEN UPDATE SET " + string.Join(", ", otherColumns.Select(c => $"{c} = source.{c}"));
            return $"MERGE INTO {table} WITH (HOLDLOCK) AS target USING (SELECT {source}) AS source ON {on}{matched}" +
                   $" WHEN NOT MATCHED THEN INSERT ({columns}) VALUES ({string.Join(", ", all.Select(c => $"source.{c}"))});";
        }
        var conflict = otherColumns.Count == 0
            ? "DO NOTHING"
            : "DO UPDATE SET " + string.Join(", ", otherColumns.Select(c => $"{c} = excluded.{c}"));
        return $"INSERT INTO {table} ({columns}) VALUES ({string.Join(", ", all.Select(ParameterOf))}) ON CONFLICT ({string.Join(", ", keyColumns)}) {conflict}";
    }

    /// <summary>The parameter a snake_case column takes: <c>rank_code</c> → <c>@RankCode</c>.</summary>
    public static string ParameterOf(string column) =>
        "@" + string.Concat(column.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>
    /// The most items one <see cref="InList"/> parameter should carry: Dapper expands a list into one
    /// parameter per item, and SQL Server refuses a command with more than 2100 parameters. A caller
    /// whose list can grow past this runs the query per chunk (<c>ids.Chunk(SqlDialect.MaxListItems)</c>).
    /// </summary>
    public const int MaxListItems = 1000;

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
        // sp_getapplock reports a timeout or deadlock by its return value (< 0), not by an error: check it.
        DatabaseProvider.SqlServer => """
            DECLARE @result int;
            EXEC @result = sp_getapplock @Resource = N'organaffairs-migrations', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 120000;
            IF @result < 0 THROW 50000, N'Could not take the migration lock organaffairs-migrations within 120 s.', 1;
            """,
        _ => null,
    };

    public string? MigrationUnlock() => provider switch
    {
        DatabaseProvider.PostgreSql => "SELECT pg_advisory_unlock(7340211)",
        DatabaseProvider.SqlServer => "EXEC sp_releaseapplock @Resource = N'organaffairs-migrations', @LockOwner = 'Session'",
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
