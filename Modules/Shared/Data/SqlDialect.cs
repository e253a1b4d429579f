using System.Data.SqlTypes;
using Dapper;

namespace OrganAffairs.Shared.Data;

/// <summary>
/// The few places where SQLite, PostgreSQL and SQL Server really differ. Repository SQL is
/// otherwise one portable text; anything provider-specific goes here and nowhere else.
/// </summary>
public sealed partial class SqlDialect(DatabaseProvider provider)
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
    /// Locks one row for the rest of the current transaction, so concurrent writers of the same resource
    /// queue until it ends, and answers whether the row exists. Each provider by its own means, read the
    /// way its driver answers (a SELECT has no rows-affected count on SqlClient): SQLite touches the row
    /// (its IMMEDIATE transaction already serialises writers) and counts the update; PostgreSQL reads it
    /// <c>FOR NO KEY UPDATE</c>; SQL Server reads it with an update lock pinned to the clustered primary
    /// key (<c>INDEX(1)</c>), so the lock lands on the row and not on a nonclustered index that also
    /// carries <c>id</c>.
    /// </summary>
    public async Task<bool> LockRowAsync(UnitOfWork uow, string table, Guid id, CancellationToken ct)
    {
        var command = new CommandDefinition(LockRowSql(table), new { Id = id }, uow.Transaction, cancellationToken: ct);
        return provider == DatabaseProvider.Sqlite
            ? await TouchSqliteRowsAsync(uow, command) == 1
            : (await uow.Connection.QueryAsync<int>(command)).Any();
    }

    /// <summary>
    /// Locks every row whose id is in <paramref name="ids"/> (see <see cref="LockRowAsync"/>), in the
    /// provider's own key order (<see cref="KeyOrder"/>) and in chunks of <see cref="MaxListItems"/>, so
    /// two writers locking overlapping sets queue instead of deadlocking. Answers how many rows it locked.
    /// </summary>
    public async Task<int> LockRowsAsync(UnitOfWork uow, string table, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var locked = 0;
        foreach (var chunk in ids.Distinct().Order(KeyOrder).Chunk(MaxListItems))
        {
            var command = new CommandDefinition(LockRowsSql(table), new { Ids = chunk }, uow.Transaction, cancellationToken: ct);
            locked += provider == DatabaseProvider.Sqlite
                ? await TouchSqliteRowsAsync(uow, command)
                : (await uow.Connection.QueryAsync<int>(command)).Count();
        }
        return locked;
    }

    /// <summary>SQLite's lock is an UPDATE that touches the rows: its rows-affected count is the number of rows that exist.</summary>
    private static Task<int> TouchSqliteRowsAsync(UnitOfWork uow, CommandDefinition command) => uow.Connection.ExecuteAsync(command);

    /// <summary>The text of <see cref="LockRowAsync"/> (parameter @Id); run it only through that method.</summary>
    internal string LockRowSql(string table) => provider switch
    {
        DatabaseProvider.SqlServer => $"SELECT 1 FROM {table} WITH (UPDLOCK, ROWLOCK, INDEX(1)) WHERE id = @Id",
        DatabaseProvider.PostgreSql => $"SELECT 1 FROM {table} WHERE id = @Id FOR NO KEY UPDATE",
        _ => $"UPDATE {table} SET id = id WHERE id = @Id",
    };

    /// <summary>The text of <see cref="LockRowsAsync"/> (list parameter @Ids); run it only through that method.</summary>
    internal string LockRowsSql(string table) => provider switch
    {
        DatabaseProvider.SqlServer => $"SELECT 1 FROM {table} WITH (UPDLOCK, ROWLOCK, INDEX(1)) WHERE id IN @Ids",
        DatabaseProvider.PostgreSql => $"SELECT 1 FROM {table} WHERE id = ANY(@Ids) ORDER BY id FOR NO KEY UPDATE",
        _ => $"UPDATE {table} SET id = id WHERE id IN @Ids",
    };

    /// <summary>
    /// The order in which this provider sorts <c>uniqueidentifier</c>/<c>uuid</c> keys: SQL Server compares
    /// the last six bytes first (<see cref="SqlGuid"/>); PostgreSQL and SQLite (text) compare the canonical
    /// text. Lock and upsert sequences follow it, so concurrent writers take keys in the same order as the
    /// engine's own index walks.
    /// </summary>
    public IComparer<Guid> KeyOrder => provider == DatabaseProvider.SqlServer ? SqlServerGuidOrder.Instance : TextGuidOrder.Instance;

    private sealed class SqlServerGuidOrder : IComparer<Guid>
    {
        public static readonly SqlServerGuidOrder Instance = new();

        public int Compare(Guid x, Guid y) => new SqlGuid(x).CompareTo(new SqlGuid(y));
    }

    private sealed class TextGuidOrder : IComparer<Guid>
    {
        public static readonly TextGuidOrder Instance = new();

        public int Compare(Guid x, Guid y) => string.CompareOrdinal(x.ToString("D"), y.ToString("D"));
    }

    /// <summary>
    /// Adds to counters: inserts the row, or when a row with the same key exists adds each counter column's
    /// parameter to it (<c>c = c + @C</c>) in one atomic statement, so concurrent writers never lose an addition.
    /// </summary>
    public string UpsertAdd(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> counterColumns)
    {
        if (counterColumns.FirstOrDefault(c => c == "id" || keyColumns.Contains(c)) is { } keyColumn)
        {
            throw new ArgumentException($"An upsert may not add to the key column {keyColumn}.", nameof(counterColumns));
        }
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
    /// <paramref name="insertOnlyColumns"/> are written by the insert and never by the update: the row's
    /// own <c>id</c> goes there, since an update of a key column (the primary key, or the conflict key)
    /// would rewrite the row's identity under whoever holds it; such an update is refused here.
    /// </summary>
    public string Upsert(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> otherColumns, IReadOnlyList<string>? insertOnlyColumns = null)
    {
        if (keyColumns.Count == 0)
        {
            throw new ArgumentException("An upsert needs at least one key column.", nameof(keyColumns));
        }
        if (otherColumns.FirstOrDefault(c => c == "id" || keyColumns.Contains(c)) is { } keyColumn)
        {
            throw new ArgumentException($"An upsert may not update the key column {keyColumn}; insert it only.", nameof(otherColumns));
        }
        insertOnlyColumns ??= [];
        var all = keyColumns.Concat(insertOnlyColumns).Concat(otherColumns).ToList();
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
    public string ClaimOutbox() => Claim(
        "shared_outbox", "dispatched_at IS NULL AND (claimed_until IS NULL OR claimed_until < @Now) AND next_attempt_at <= @Now", "occurred_at");

    /// <summary>
    /// Marks up to @Batch rows of <paramref name="table"/> matching <paramref name="due"/> (in <paramref name="orderBy"/>
    /// order) with @Token until @Until, skipping rows another instance holds: FOR UPDATE SKIP LOCKED on PostgreSQL,
    /// UPDLOCK READPAST on SQL Server, the single writer on SQLite. Every queue that several Hosts drain claims through
    /// this one text, so the SQL Server text check's SQLite stand-in can run each of them.
    /// </summary>
    public string Claim(string table, string due, string orderBy) => provider switch
    {
        DatabaseProvider.PostgreSql =>
            $"UPDATE {table} SET claim_token = @Token, claimed_until = @Until WHERE id IN (SELECT id FROM {table} WHERE {due} ORDER BY {orderBy} LIMIT @Batch FOR UPDATE SKIP LOCKED)",
        DatabaseProvider.SqlServer =>
            $"WITH due AS (SELECT TOP (@Batch) * FROM {table} WITH (UPDLOCK, READPAST, ROWLOCK) WHERE {due} ORDER BY {orderBy}) UPDATE due SET claim_token = @Token, claimed_until = @Until",
        _ => $"UPDATE {table} SET claim_token = @Token, claimed_until = @Until WHERE id IN (SELECT id FROM {table} WHERE {due} ORDER BY {orderBy} LIMIT @Batch)",
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
