using System.Reflection;
using System.Reflection.Emit;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Host;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Migrations;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace OrganAffairs.Tests.SqlServer;

/// <summary>
/// Runs the SQL Server flavour of the application's SQL on SQLite, so the HTTP suites can exercise
/// every path here: the texts are recorded exactly as SQL Server would receive them, and the few
/// dialect constructs SQLite cannot run are swapped for SQLite's own rendering of the same dialect
/// method just before execution. A SQL Server construct this does not know fails on SQLite, loudly.
/// </summary>
internal static class SqliteStandIn
{
    private static readonly SqlDialect SqlServer = new(DatabaseProvider.SqlServer);
    private static readonly SqlDialect Sqlite = new(DatabaseProvider.Sqlite);
    private static readonly string PageSqlServer = SqlServer.Page("");
    private static readonly string PageSqlite = Sqlite.Page("");
    private static readonly Regex LockRowSqlServer = new(
        "^" + Regex.Escape(SqlServer.LockRowSql("\u0001")).Replace("\u0001", "(?<table>\\w+)") + "$");

    // LockRows after Dapper expanded "IN @Ids" into "IN (@Ids1, @Ids2, …)".
    private static readonly Regex LockRowsSqlServer = new(
        "^" + Regex.Escape(SqlServer.LockRowsSql("\u0001")).Replace("\u0001", "(?<table>\\w+)").Replace("@Ids", "(?<list>\\([^)]*\\))") + "$");

    // Claim renders a CTE with UPDLOCK, READPAST on SQL Server; the table, condition and order are read back from it.
    private static readonly Regex ClaimSqlServer = new(
        "^" + Regex.Escape(SqlServer.Claim("\u0001", "\u0002", "\u0003"))
            .Replace("\u0001", "(?<table>\\w+)").Replace("\u0002", "(?<due>.*)").Replace("\u0003", "(?<order>[\\w, ]+)") + "$",
        RegexOptions.Singleline);

    // Upsert and UpsertAdd render MERGE on SQL Server; the columns, keys and counters are read back from it.
    private static readonly Regex MergeSqlServer = new(
        @"^MERGE INTO (?<table>\w+) WITH \(HOLDLOCK\) AS target USING \(SELECT (?<source>.*?)\) AS source ON (?<on>.*?)( WHEN MATCHED THEN UPDATE SET (?<set>.*?))? WHEN NOT MATCHED THEN INSERT .*;$");

    /// <summary>The SQLite text to run for a SQL Server text; null when SQLite needs nothing (the migration lock: its file lock serialises writers).</summary>
    public static string? ToSqlite(string text)
    {
        if (text == SqlServer.MigrationLock() || text == SqlServer.MigrationUnlock())
        {
            return null;
        }
        if (ClaimSqlServer.Match(text) is { Success: true } claim)
        {
            return Sqlite.Claim(claim.Groups["table"].Value, claim.Groups["due"].Value, claim.Groups["order"].Value);
        }
        if (LockRowSqlServer.Match(text) is { Success: true } lockRow)
        {
            // SQL Server answers the locked row as a row (the driver's rows-affected is -1 for a SELECT): so does the stand-in.
            return $"SELECT 1 FROM {lockRow.Groups["table"].Value} WHERE id = @Id";
        }
        if (LockRowsSqlServer.Match(text) is { Success: true } lockRows)
        {
            return $"SELECT 1 FROM {lockRows.Groups["table"].Value} WHERE id IN {lockRows.Groups["list"].Value}";
        }
        if (MergeSqlServer.Match(text) is { Success: true } merge)
        {
            return MergeToSqlite(merge);
        }
        return text.EndsWith(PageSqlServer, StringComparison.Ordinal) ? text[..^PageSqlServer.Length] + PageSqlite : text;
    }

    private static string MergeToSqlite(Match merge)
    {
        var table = merge.Groups["table"].Value;
        var columns = merge.Groups["source"].Value.Split(", ").Select(c => c.Split(" AS ")[1]).ToList();
        var keys = merge.Groups["on"].Value.Split(" AND ").Select(c => c.Split(" = ")[0]["target.".Length..]).ToList();
        var set = merge.Groups["set"].Success ? merge.Groups["set"].Value : "";
        var updated = set.Length == 0 ? [] : set.Split(", ").Select(c => c.Split(" = ")[0]).ToList();
        var insertOnly = columns.Except(keys).Except(updated).ToList();
        return set.Contains(" = target.", StringComparison.Ordinal)
            ? Sqlite.UpsertAdd(table, keys, updated)
            : Sqlite.Upsert(table, keys, updated, insertOnly);
    }
}

/// <summary>
/// A suite's database for the recording run: SQLite underneath, while every Host built on it uses
/// SQL Server's dialect and ids and sends its commands through the recorder.
/// </summary>
internal sealed class SqlServerTextFixture(SqlRecorder recorder) : ApiFixture, IDisposable
{
    private IDisposable? _registration;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    protected override string? SkipReason => null;

    protected override Task<string> CreateDatabaseAsync()
    {
        TypeHandlers.Register();
        var file = Path.Combine(Path.GetTempPath(), $"oa-tsql-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={file};Default Timeout=5;Foreign Keys=True";
        _registration = HostInterception.Register(connectionString, services =>
        {
            services.AddSingleton(new SqlDialect(DatabaseProvider.SqlServer));
            services.AddSingleton(new IdGenerator(DatabaseProvider.SqlServer));
            services.AddSingleton<IConnectionInterceptor>(recorder);
        });
        return Task.FromResult(connectionString);
    }

    public void Dispose() => _registration?.Dispose();
}

/// <summary>
/// Runs every HTTP suite of this assembly (each abstract class whose constructor takes an
/// <see cref="ApiFixture"/>) against a fixture of the caller's choosing, the way xunit would:
/// a new instance per test, every [Fact]/[Theory] row, the class's own database.
/// </summary>
internal static class SuiteRunner
{
    private static readonly ModuleBuilder Dynamic = AssemblyBuilder
        .DefineDynamicAssembly(new AssemblyName("OrganAffairs.Tests.SqlServerTextSuites"), AssemblyBuilderAccess.Run)
        .DefineDynamicModule("suites");
    private static readonly Dictionary<Type, Type> Concrete = [];

    public static IReadOnlyList<Type> HttpSuites() => typeof(SuiteRunner).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: true, IsSealed: false, IsPublic: true } && FixtureConstructor(t) is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    private static ConstructorInfo? FixtureConstructor(Type suite) =>
        suite.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .SingleOrDefault(c => c.GetParameters() is [{ ParameterType: var p }] && p == typeof(ApiFixture));

    /// <summary>A concrete, non-test (xunit never sees it) subclass of the suite.</summary>
    private static Type ConcreteOf(Type suite)
    {
        lock (Concrete)
        {
            if (!Concrete.TryGetValue(suite, out var type))
            {
                var builder = Dynamic.DefineType(suite.FullName + "_SqlServerText", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, suite);
                var ctor = builder.DefineConstructor(MethodAttributes.Public, CallingConventions.Standard, [typeof(ApiFixture)]);
                var il = ctor.GetILGenerator();
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Ldarg_1);
                il.Emit(OpCodes.Call, FixtureConstructor(suite)!);
                il.Emit(OpCodes.Ret);
                Concrete[suite] = type = builder.CreateType();
            }
            return type;
        }
    }

    /// <summary>Runs every test of the suite; returns the number run and a line per failure.</summary>
    public static async Task<(int Ran, IReadOnlyList<string> Failures)> RunAsync(Type suite, ApiFixture fixture)
    {
        var concrete = ConcreteOf(suite);
        var failures = new List<string>();
        var ran = 0;
        var tests = suite.GetMethods(BindingFlags.Instance | BindingFlags.Public)
            .Where(m => m.GetCustomAttribute<FactAttribute>() is { Skip: null })
            .OrderBy(m => m.Name, StringComparer.Ordinal);
        foreach (var method in tests)
        {
            var rows = method.GetCustomAttribute<FactAttribute>() is TheoryAttribute
                ? method.GetCustomAttributes<DataAttribute>().SelectMany(d => d.GetData(method)).ToList()
                : [Array.Empty<object?>()];
            foreach (var row in rows)
            {
                ran++;
                var instance = Activator.CreateInstance(concrete, fixture)!;
                try
                {
                    if (method.Invoke(instance, Arguments(method, row)) is Task task)
                    {
                        await task;
                    }
                }
                catch (Exception ex)
                {
                    var error = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
                    failures.Add($"{suite.Name}.{method.Name}({string.Join(", ", row)}): {error.GetType().Name}: {error.Message}");
                }
                finally
                {
                    (instance as IDisposable)?.Dispose();
                }
            }
        }
        return (ran, failures);
    }

    // As xunit does for InlineData: a number of another numeric type is converted to the parameter's type, and
    // optional parameters the row leaves out take their defaults.
    private static object?[] Arguments(MethodInfo method, object?[] row)
    {
        var parameters = method.GetParameters();
        var result = new object?[Math.Max(row.Length, parameters.Length)];
        for (var i = row.Length; i < parameters.Length; i++)
        {
            result[i] = parameters[i].HasDefaultValue ? parameters[i].DefaultValue : null;
        }
        for (var i = 0; i < row.Length; i++)
        {
            var target = i < parameters.Length ? Nullable.GetUnderlyingType(parameters[i].ParameterType) ?? parameters[i].ParameterType : null;
            result[i] = row[i] is IConvertible value && target is not null && target != value.GetType() && (target.IsPrimitive || target == typeof(decimal))
                ? Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture)
                : row[i];
        }
        return result;
    }
}

/// <summary>The Host's composition as the application has it: its modules and the assemblies that hold application code.</summary>
internal static class HostComposition
{
    public static IReadOnlyList<ModuleMigrations> Modules()
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddOrganAffairs();
        using var app = builder.Build();
        return app.Services.GetServices<ModuleMigrations>().ToList();
    }

    /// <summary>Host, Shared, every module the Host lists, and Contracts.</summary>
    public static IReadOnlyList<Assembly> ApplicationAssemblies() => Modules().Select(m => m.Assembly)
        .Append(typeof(Program).Assembly)
        .Append(typeof(Contracts.Common.IIntegrationEvent).Assembly)
        .Distinct()
        .OrderBy(a => a.GetName().Name, StringComparer.Ordinal)
        .ToList();
}

/// <summary>What the recording run proves: every recorded text is good T-SQL, and every call site sent at least one of them.</summary>
internal static class SqlServerTextCoverage
{
    /// <summary>
    /// How far (in IL bytes) before its SQL call a stack frame may report itself. The runtime maps a
    /// return address back to the nearest IL boundary it recorded before it: the call itself in
    /// unoptimised code, possibly the start of the statement (its arguments included) in optimised
    /// code; never a point after the call. So a frame belongs to the first SQL call at or after its
    /// offset, unless a call to another SQL-sending method of the application lies in between (that
    /// method may have been inlined; the command is then left unattributed rather than guessed).
    /// </summary>
    public const int MaxOffsetDistance = 512;

    /// <summary>Call sites that need no SQL Server text, each with the reason (reviewed like code).</summary>
    public static readonly IReadOnlyDictionary<string, string> Exempt = new Dictionary<string, string>
    {
        ["OrganAffairs.Shared.Migrations.MigrationRunner.EnableSqliteWal"] = "runs only when the provider is SQLite (PRAGMA journal_mode)",
        ["OrganAffairs.Shared.Data.SqlDialect.BulkCopyAsync"] =
            "SQL Server's bulk copy sends rows, no text; it needs a real server (the SqlServer suites where Docker exists). In this run the same rows go through the row-by-row INSERT, whose text is checked",
        ["OrganAffairs.Shared.Migrations.SqlServerReadiness.Ensure"] = "runs only against a real SQL Server (sys.databases); its text is checked by SqlServerTextTests",
        ["OrganAffairs.Shared.Data.SqlDialect.TouchSqliteRowsAsync"] = "runs only when the provider is SQLite (its lock is an UPDATE; SQL Server's is a SELECT WITH (UPDLOCK))",
        ["OrganAffairs.Shared.Data.SqlDialect.CopyAsync"] = "PostgreSQL's binary COPY sends rows, no text; every PostgreSQL suite that imports readings runs it",
        ["OrganAffairs.Energy.Data.PartitionRepository.EnsureMonthAsync"] =
            "runs only on PostgreSQL (monthly partitions; SQL Server's partition function and scheme are DDL in migration 5); EnergyPartitionTests_PostgreSql runs it",
        ["OrganAffairs.Energy.Data.PartitionRepository.DetachBeforeAsync"] =
            "runs only on PostgreSQL (detaching a month's partitions; elsewhere the route answers 422 first); EnergyPartitionRouteTests_PostgreSql runs it",
        ["OrganAffairs.Energy.Data.PartitionRepository.ListAsync"] =
            "runs only on PostgreSQL (pg_inherits; elsewhere the list is empty without SQL); EnergyPartitionRouteTests_PostgreSql runs it",
        ["OrganAffairs.Shared.Data.ReplicaReads.UseAsync"] =
            "its only SQL asks a PostgreSQL standby for its replay position (pg_last_wal_replay_lsn); SQL Server's read route sends none; ReadReplicaTests_PostgreSql runs it",
        ["OrganAffairs.Shared.Data.ReplicaReads.RecordWriteAsync"] =
            "its only SQL reads PostgreSQL's WAL insert position; on SQL Server the position is a time token with no SQL; ReadReplicaTests_PostgreSql runs it",
    };

    /// <summary>
    /// List parameters allowed to be sent without chunking, each with the bound that keeps it far under
    /// SQL Server's 2,100 parameters (reviewed like code). Every other expanded list must come from a
    /// method that chunks it (<see cref="PagedQueries.QueryChunkedAsync{T}"/>, or <see cref="Enumerable.Chunk{TSource}"/>
    /// by <see cref="SqlDialect.MaxListItems"/>).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> BoundedLists = new Dictionary<string, string>
    {
        ["Jurisdictions"] = "a jurisdiction chain (Jurisdictions.ChainOf): at most 4 — county, prefecture, province, national",
        ["Holding"] = "the statuses that hold a slot: a fixed subset of an enum (2)",
        ["Kinds"] = "rule kinds of one kind-keyed table (KindRuleRepository): a fixed subset of a module's kinds",
        ["Departed"] = "the statuses of a visit that has left (ForeignAffairs counts): a fixed subset of an enum (4)",
    };

    /// <summary>An IN list as Dapper expands it: "(@Ids1, @Ids2, …)".</summary>
    private static readonly Regex ExpandedList = new(@"\(@(?<name>[A-Za-z_]\w*?)1(,\s*@\k<name>\d+)*\)", RegexOptions.CultureInvariant);

    /// <summary>SELECTs run for a rows-affected count (Dapper's Execute*): SqlClient answers -1 for a SELECT, so any use of the count is wrong there.</summary>
    public static IReadOnlyList<string> RowsAffectedSelects(IEnumerable<RecordedCommand> commands) => commands
        .Where(c => c.Execution == RecordedExecution.NonQuery)
        .Select(c => c.Text)
        .Distinct(StringComparer.Ordinal)
        .Where(OnlySelects)
        .ToList();

    private static bool OnlySelects(string text)
    {
        var script = new Microsoft.SqlServer.TransactSql.ScriptDom.TSql160Parser(true).Parse(new StringReader(text), out var errors) as Microsoft.SqlServer.TransactSql.ScriptDom.TSqlScript;
        var statements = script?.Batches.SelectMany(b => b.Statements).ToList() ?? [];
        return errors.Count == 0 && statements.Count > 0
            && statements.All(st => st is Microsoft.SqlServer.TransactSql.ScriptDom.SelectStatement { Into: null });
    }

    /// <summary>Expanded IN lists sent from a method that does not chunk them and is not a stated bounded list.</summary>
    public static IReadOnlyList<string> UnchunkedLists(IEnumerable<RecordedCommand> commands) => commands
        .Where(c => ExpandedList.Matches(c.Text).Any(m => !BoundedLists.ContainsKey(m.Groups["name"].Value)))
        .Select(c => (c.Text, Caller: c.Caller))
        .DistinctBy(c => (c.Text, c.Caller))
        .Where(c => c.Caller is null || !Chunks(c.Caller))
        .Select(c => $"{(c.Caller is null ? "(unattributed)" : SqlCallSites.Describe(c.Caller))}: {c.Text}")
        .Distinct(StringComparer.Ordinal)
        .ToList();

    private static readonly MethodInfo ChunkMethod = typeof(Enumerable).GetMethod(nameof(Enumerable.Chunk))!;

    /// <summary>Whether the method's IL calls Enumerable.Chunk (an async method's list loop lives in its MoveNext, which is the recorded caller).</summary>
    internal static bool Chunks(MethodBase method) =>
        SqlCallSites.Callees(method).Any(m => m is MethodInfo { IsGenericMethod: true } info && info.GetGenericMethodDefinition() == ChunkMethod);

    /// <summary>
    /// Sequences of locks or upserts one connection sent whose keys do not ascend in SQL Server's order
    /// (uniqueidentifier by <see cref="System.Data.SqlTypes.SqlGuid"/>, text ordinally): two writers then take
    /// the same rows in different orders and deadlock.
    /// </summary>
    public static IReadOnlyList<string> KeyOrderProblems(IEnumerable<RecordedCommand> commands)
    {
        var problems = new List<string>();
        foreach (var connection in commands.GroupBy(c => c.ConnectionId).Where(g => g.Key != 0))
        {
            (string Text, object?[] Key)? previous = null;
            foreach (var command in connection)
            {
                if (SequenceKey(command) is not { } key)
                {
                    previous = null;
                    continue;
                }
                if (previous is { } p && p.Text == command.Text && SqlServerOrder.Compare(key.First, p.Key) < 0)
                {
                    problems.Add($"{(command.Caller is null ? "?" : SqlCallSites.Describe(command.Caller))}: keys out of SQL Server's order in: {command.Text}");
                }
                previous = (command.Text, key.Last);
            }
        }
        return problems.Distinct(StringComparer.Ordinal).ToList();
    }

    private static readonly Regex MergeKeys = new(@"^MERGE INTO \w+ WITH \(HOLDLOCK\) AS target USING \(SELECT (?<source>.*?)\) AS source ON (?<on>.*?) WHEN ", RegexOptions.CultureInvariant);
    private static readonly Regex LockList = new(@"WITH \(UPDLOCK, ROWLOCK, INDEX\(1\)\) WHERE id IN \((?<list>[^)]*)\)$", RegexOptions.CultureInvariant);

    /// <summary>The first and last key of a MERGE (one row) or a lock of a list (the list's lowest and highest id).</summary>
    private static (object?[] First, object?[] Last)? SequenceKey(RecordedCommand command)
    {
        var values = command.Parameters.ToDictionary(p => p.Name.TrimStart('@'), p => p.Value, StringComparer.OrdinalIgnoreCase);
        if (MergeKeys.Match(command.Text) is { Success: true } merge)
        {
            var parameterOf = merge.Groups["source"].Value.Split(", ").Select(c => c.Split(" AS ")).ToDictionary(c => c[1], c => c[0].TrimStart('@'));
            var key = merge.Groups["on"].Value.Split(" AND ").Select(c => c.Split(" = ")[0]["target.".Length..])
                .Select(column => values.GetValueOrDefault(parameterOf[column])).ToArray();
            return (key, key);
        }
        if (LockList.Match(command.Text) is { Success: true } list)
        {
            var ids = list.Groups["list"].Value.Split(',').Select(p => values.GetValueOrDefault(p.Trim().TrimStart('@'))).OfType<Guid>()
                .Order(SqlServerOrder.Guids).ToList();
            return ids.Count == 0 ? null : ([ids[0]], [ids[^1]]);
        }
        return null;
    }

    public static SqlCallSite? SiteOf(RecordedCommand command, SqlInventory inventory)
    {
        if (command.Caller is not { } caller || command.CallerILOffset < 0)
        {
            return null;
        }
        var site = inventory.Sites
            .Where(s => s.IsIn(caller) && s.ILOffset >= command.CallerILOffset && s.ILOffset - command.CallerILOffset <= MaxOffsetDistance)
            .MinBy(s => s.ILOffset);
        if (site is null)
        {
            return null;
        }
        var inlinedSenderBetween = inventory.Calls.Any(c =>
            c.Method.Module == caller.Module && c.Method.MetadataToken == caller.MetadataToken
            && c.ILOffset >= command.CallerILOffset && c.ILOffset < site.ILOffset
            && inventory.SendingMethods.Contains((c.Target.Module, c.Target.MetadataToken)));
        return inlinedSenderBetween ? null : site;
    }

    /// <summary>Sites from which no recorded command came (and that are not exempt).</summary>
    public static IReadOnlyList<string> Unexercised(SqlInventory inventory, IEnumerable<RecordedCommand> commands)
    {
        var hit = commands.Select(c => SiteOf(c, inventory)).OfType<SqlCallSite>().ToHashSet();
        return inventory.Sites.Where(s => !hit.Contains(s) && !Exempt.ContainsKey(SqlCallSites.Describe(s.Method)))
            .Select(s => s.Where)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Each distinct recorded text that is not good T-SQL, with its problems and where it came from.</summary>
    public static IReadOnlyList<string> BadTexts(IEnumerable<RecordedCommand> commands) => commands
        .GroupBy(c => c.Text, StringComparer.Ordinal)
        .Select(g => (Text: g.Key, Problems: TSqlCheck.Problems(g.Key), From: g.First().Caller))
        .Where(x => x.Problems.Count > 0)
        .Select(x => $"{(x.From is null ? "?" : SqlCallSites.Describe(x.From))}: {string.Join("; ", x.Problems)}\n    {x.Text}")
        .ToList();

    /// <summary>String parameters sent as AnsiString (VARCHAR on SQL Server: Chinese text would be lost, and NVARCHAR indexes not used).</summary>
    public static IReadOnlyList<string> AnsiStrings(IEnumerable<RecordedCommand> commands) => commands
        .SelectMany(c => c.Parameters.Where(p => p.DbType is System.Data.DbType.AnsiString or System.Data.DbType.AnsiStringFixedLength)
            .Select(p => $"{p.Name} in: {c.Text}"))
        .Distinct()
        .ToList();
}

/// <summary>SQL Server's order of key values: uniqueidentifier by its byte groups (SqlGuid), text ordinally (a binary collation), the rest naturally.</summary>
internal static class SqlServerOrder
{
    public static readonly IComparer<Guid> Guids = Comparer<Guid>.Create((x, y) => new System.Data.SqlTypes.SqlGuid(x).CompareTo(new System.Data.SqlTypes.SqlGuid(y)));

    public static int Compare(object?[] x, object?[] y)
    {
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var order = (x[i], y[i]) switch
            {
                (null, null) => 0,
                (null, _) => -1,
                (_, null) => 1,
                (Guid a, Guid b) => Guids.Compare(a, b),
                (string a, string b) => string.CompareOrdinal(a, b),
                (IComparable a, var b) => a.CompareTo(b),
                _ => 0,
            };
            if (order != 0)
            {
                return order;
            }
        }
        return 0;
    }
}
