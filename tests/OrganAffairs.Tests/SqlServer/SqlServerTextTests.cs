using System.Data;
using System.Reflection;
using System.Text;
using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Migrations;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace OrganAffairs.Tests.SqlServer;

/// <summary>
/// The static check of SQL Server's texts, run on every test run with no server (docs/adr/0012):
/// every text the application can send, recorded while the HTTP suites run with SQL Server's
/// dialect, and the DDL FluentMigrator generates, parse as T-SQL; and every place in application
/// code that sends SQL was exercised, so no query escapes by sitting on a path no suite takes.
/// </summary>
public sealed class SqlServerTextTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("SELECT id FROM organs_organ ORDER BY name LIMIT @Take", "46005")]
    [InlineData("SELECT id FROM organs_organ OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY", "46010")]
    [InlineData("INSERT INTO organs_rank (id) VALUES (@Id) RETURNING id", "46010")]
    [InlineData("SELECT id FROM organs_rank WHERE is_leader = TRUE", "not a boolean")]
    [InlineData("SELECT name || short_name FROM organs_organ", "||")]
    [InlineData("SELECT LENGTH(name) FROM organs_organ", "LENGTH() is not a T-SQL function")]
    [InlineData("UPDATE shared_outbox SET dispatched_at = GETUTCDATE() WHERE id = @Id", "database clock")]
    [InlineData("SELECT id FROM buildings_room WITH (UPDLOCK, ROWLOCK) WHERE id = @Id", "without pinning the clustered primary key")]
    [InlineData("SELECT id FROM organs_organ WHERE name LIKE @Search", "no ESCAPE")]
    [InlineData("MERGE INTO energy_quota WITH (HOLDLOCK) AS target USING (SELECT @Id AS id, @InstitutionId AS institution_id, @Year AS year) AS source"
        + " ON target.institution_id = source.institution_id AND target.year = source.year WHEN MATCHED THEN UPDATE SET id = source.id"
        + " WHEN NOT MATCHED THEN INSERT (institution_id, year, id) VALUES (source.institution_id, source.year, source.id);", "updates its key column id")]
    public void The_check_reports_a_planted_mistake(string sql, string expected)
    {
        var problems = TSqlCheck.Problems(sql);
        output.WriteLine(string.Join("\n", problems));
        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void The_check_reports_a_planted_mistake_in_recorded_texts()
    {
        RecordedCommand[] recorded =
        [
            new("SELECT id FROM organs_organ ORDER BY name OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY", null, -1, []),
            new("SELECT id FROM organs_organ ORDER BY name LIMIT @Take OFFSET @Skip", null, -1, []),
        ];
        var bad = Assert.Single(SqlServerTextCoverage.BadTexts(recorded));
        Assert.Contains("LIMIT", bad, StringComparison.Ordinal);
    }

    [Fact]
    public void The_recorded_text_checks_report_planted_mistakes()
    {
        var sqlServer = new SqlDialect(DatabaseProvider.SqlServer);
        Guid[] ids = [Guid.Parse("00000000-0000-0000-0000-000000000001"), Guid.Parse("00000001-0000-0000-0000-000000000000")];
        // .NET orders these two the other way round from SQL Server, which compares the last six bytes first.
        Assert.True(ids[0].CompareTo(ids[1]) < 0);
        Assert.True(sqlServer.KeyOrder.Compare(ids[0], ids[1]) > 0);
        var plantedCaller = typeof(PlantedSqlCalls).GetMethod(nameof(PlantedSqlCalls.Synchronous))!;
        RecordedCommand Lock(Guid id) => new(sqlServer.LockRowsSql("energy_meter").Replace("@Ids", "(@Ids1)", StringComparison.Ordinal), plantedCaller, 0,
            [new RecordedParameter("@Ids1", DbType.Guid, typeof(Guid), id)], RecordedExecution.Reader, ConnectionId: 7);
        RecordedCommand[] recorded =
        [
            // The way SpaceRepository read the room lock: a SELECT run for its rows-affected count.
            new(sqlServer.LockRowSql("buildings_room"), plantedCaller, 0, [], RecordedExecution.NonQuery),
            // An expanded list from a method that does not chunk it.
            new("SELECT id FROM buildings_room WHERE id IN (@Ids1, @Ids2)", plantedCaller, 0, []),
            // Two lock chunks in .NET's Guid order.
            Lock(ids[0]),
            Lock(ids[1]),
        ];
        Assert.Contains(sqlServer.LockRowSql("buildings_room"), Assert.Single(SqlServerTextCoverage.RowsAffectedSelects(recorded)), StringComparison.Ordinal);
        Assert.Contains(SqlServerTextCoverage.UnchunkedLists(recorded), u => u.Contains("buildings_room WHERE id IN", StringComparison.Ordinal));
        Assert.Single(SqlServerTextCoverage.KeyOrderProblems(recorded));
        // In SQL Server's order the same two chunks pass.
        Assert.Empty(SqlServerTextCoverage.KeyOrderProblems([Lock(ids[1]), Lock(ids[0])]));
    }

    [Fact]
    public void The_start_up_check_reads_good_TSql_and_refuses_each_unready_setting()
    {
        Assert.Empty(TSqlCheck.Problems(SqlServerReadiness.Query));
        var ready = new SqlServerReadiness.Settings(1, "Latin1_General_100_BIN2", 0);
        Assert.Empty(SqlServerReadiness.Problems(ready));
        Assert.Contains("READ_COMMITTED_SNAPSHOT", Assert.Single(SqlServerReadiness.Problems(ready with { ReadCommittedSnapshot = 0 })), StringComparison.Ordinal);
        Assert.Contains("Chinese_PRC_CI_AS", Assert.Single(SqlServerReadiness.Problems(ready with { Collation = "Chinese_PRC_CI_AS" })), StringComparison.Ordinal);
        Assert.Contains("NOCOUNT", Assert.Single(SqlServerReadiness.Problems(ready with { Options = SqlServerReadiness.NoCountBit | 8 })), StringComparison.Ordinal);
        // Other session options (ANSI_WARNINGS = 8) are not NOCOUNT.
        Assert.Empty(SqlServerReadiness.Problems(ready with { Options = 8 | 32 }));
    }

    [Fact]
    public void The_contains_pattern_escapes_every_wildcard_of_every_provider()
    {
        Assert.Equal(@"%a\%b\_c\[d]\\e%", PagedQueries.Contains(@"a%b_c[d]\e"));
    }

    /// <summary>Each public SQL-producing member of the dialect, rendered for SQL Server with sample arguments.</summary>
    private static readonly Dictionary<string, Func<SqlDialect, string?>> DialectTexts = new()
    {
        // Dapper expands "IN @Ids" into "IN (@Ids1, @Ids2, …)" before SQL Server sees it.
        [nameof(SqlDialect.InList)] = d => $"SELECT id FROM organs_organ WHERE {d.InList("parent_id", "@Ids")}".Replace("IN @Ids", "IN (@Ids1, @Ids2)", StringComparison.Ordinal),
        [nameof(SqlDialect.Page)] = d => d.Page("SELECT id FROM organs_organ ORDER BY name, id"),
        [nameof(SqlDialect.LockRowSql)] = d => d.LockRowSql("organs_organ"),
        [nameof(SqlDialect.LockRowsSql)] = d => d.LockRowsSql("organs_organ").Replace("IN @Ids", "IN (@Ids1, @Ids2)", StringComparison.Ordinal),
        [nameof(SqlDialect.UpsertAdd)] = d => d.UpsertAdd("energy_rollup_month", ["institution_id", "month", "kind", "subsystem"], ["quantity_milli"]),
        [nameof(SqlDialect.Upsert)] = d => d.Upsert("organs_headcount", ["organ_id", "rank_code"], ["approved"]) + "\n"
            + d.Upsert("organs_headcount", ["organ_id", "rank_code"], []) + "\n"
            + d.Upsert("energy_quota", ["institution_id", "year"], ["energy_kgce_milli"], insertOnlyColumns: ["id"]),
        [nameof(SqlDialect.ClaimOutbox)] = d => d.ClaimOutbox(),
        [nameof(SqlDialect.Claim)] = d => d.Claim("webhooks_delivery", "status = @Pending AND (claimed_until IS NULL OR claimed_until < @Now)", "next_attempt_at"),
        [nameof(SqlDialect.MigrationLock)] = d => d.MigrationLock(),
        [nameof(SqlDialect.MigrationUnlock)] = d => d.MigrationUnlock(),
    };

    [Fact]
    public void Every_dialect_text_for_SqlServer_parses()
    {
        var producers = typeof(SqlDialect).GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType == typeof(string) && !m.IsSpecialName && (m.IsPublic || m.IsAssembly))
            .Select(m => m.Name)
            .ToHashSet();
        // A new dialect member must be added above, so its SQL Server text is checked too.
        Assert.Equal(producers.Order(), DialectTexts.Keys.Order());
        var dialect = new SqlDialect(DatabaseProvider.SqlServer);
        foreach (var (name, render) in DialectTexts)
        {
            var sql = render(dialect);
            Assert.False(string.IsNullOrWhiteSpace(sql), $"{name} gives no SQL Server text");
            var problems = TSqlCheck.Problems(sql!);
            Assert.True(problems.Count == 0, $"{name}: {string.Join("; ", problems)}\n{sql}");
        }
    }

    [Fact]
    public async Task The_upsert_seam_inserts_then_updates_on_sqlite()
    {
        TypeHandlers.Register();
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await connection.ExecuteAsync("CREATE TABLE t (organ_id TEXT NOT NULL, rank_code TEXT NOT NULL, approved INTEGER NOT NULL, PRIMARY KEY (organ_id, rank_code))");
        var upsert = new SqlDialect(DatabaseProvider.Sqlite).Upsert("t", ["organ_id", "rank_code"], ["approved"]);
        var organ = Guid.NewGuid().ToString();
        await connection.ExecuteAsync(upsert, new { OrganId = organ, RankCode = "Division", Approved = 1 });
        await connection.ExecuteAsync(upsert, new { OrganId = organ, RankCode = "Division", Approved = 4 });
        Assert.Equal(4L, await connection.ExecuteScalarAsync<long>("SELECT approved FROM t"));
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM t"));
    }

    [Fact]
    public void The_SqlServer_migration_script_of_every_module_parses_and_keeps_text_unicode()
    {
        var modules = HostComposition.Modules();
        var script = MigrationRunner.SqlServerScript(modules);

        var problems = TSqlCheck.Problems(script, applicationSql: false);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        foreach (var module in modules)
        {
            Assert.Contains($"CREATE TABLE [dbo].[{module.Module}_schema_version]", script, StringComparison.Ordinal);
        }
        Assert.Contains("organs_organ", script, StringComparison.Ordinal);

        var fragment = new TSql160Parser(true).Parse(new StringReader(script), out _);
        var unicode = new UnicodeTextLint();
        fragment.Accept(unicode);
        Assert.True(unicode.Problems.Count == 0, string.Join("\n", unicode.Problems));
        Assert.True(unicode.NationalLiterals > 0, "the seed rows should be N'…' literals");
    }

    /// <summary>No VARCHAR/CHAR/TEXT column (Chinese would be lost outside a UTF-8 collation) and no non-ASCII literal without N.</summary>
    private sealed class UnicodeTextLint : TSqlFragmentVisitor
    {
        public List<string> Problems { get; } = [];
        public int NationalLiterals { get; private set; }

        public override void ExplicitVisit(SqlDataTypeReference node)
        {
            if (node.SqlDataTypeOption is SqlDataTypeOption.Char or SqlDataTypeOption.VarChar or SqlDataTypeOption.Text)
            {
                Problems.Add($"line {node.StartLine}: {node.SqlDataTypeOption} column; text columns must be NVARCHAR");
            }
            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(StringLiteral node)
        {
            if (node.IsNational)
            {
                NationalLiterals++;
            }
            else if (node.Value.Any(c => c > 127))
            {
                Problems.Add($"line {node.StartLine}: '{node.Value}' has non-ASCII text without N''");
            }
            base.ExplicitVisit(node);
        }
    }

    [Fact]
    public async Task Dapper_sends_SqlServer_strings_as_nvarchar_dates_as_date_and_reads_an_int_count_as_long()
    {
        TypeHandlers.Register();
        // A real SqlConnection that is never opened: the recorder keeps what SqlClient would receive.
        var recorder = SqlRecorder.DryRun(scalar: 3);
        await using var connection = recorder.Wrap(new SqlConnection("Server=127.0.0.1,1;Database=none"));
        await connection.ExecuteAsync("INSERT INTO organs_post (id, title, started_on, is_primary) VALUES (@Id, @Title, @StartedOn, @IsPrimary)",
            new { Id = Guid.NewGuid(), Title = "兼任主任", StartedOn = new DateOnly(2014, 12, 1), IsPrimary = true });
        // COUNT(*) is an int on SQL Server; Dapper converts it for ExecuteScalar<long>.
        Assert.Equal(3L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM organs_organ"));

        var command = recorder.Commands.First();
        var parameters = command.Parameters.ToDictionary(p => p.Name.TrimStart('@'));
        Assert.Equal(DbType.String, parameters["Title"].DbType);
        // Dapper's own type map sends DateOnly as DbType.Date with the DateOnly itself, which SqlClient 7
        // maps to DATE (it would infer DATE from the value alone too).
        Assert.Equal(DbType.Date, parameters["StartedOn"].DbType);
        Assert.Equal(typeof(DateOnly), parameters["StartedOn"].ValueType);
        Assert.Equal(SqlDbType.Date, new SqlParameter("@d", new DateOnly(2014, 12, 1)).SqlDbType);
        Assert.Equal(DbType.Boolean, parameters["IsPrimary"].DbType);
        Assert.Equal(DbType.Guid, parameters["Id"].DbType);
        Assert.Empty(SqlServerTextCoverage.AnsiStrings(recorder.Commands));
    }

    [Fact]
    public void The_call_site_inventory_finds_every_kind_of_sql_call_and_reports_one_no_test_ran()
    {
        var sites = SqlCallSites.In(typeof(SqlServerTextTests).Assembly)
            .Where(s => s.Method.DeclaringType?.FullName?.Contains("PlantedSqlCalls", StringComparison.Ordinal) == true)
            .ToList();
        Assert.Contains(sites, s => s.Target == "Dapper.QueryAsync" && s.Where.Contains("RarelyUsedAsync", StringComparison.Ordinal));
        Assert.Contains(sites, s => s.Target == "Dapper.Execute");
        Assert.Contains(sites, s => s.Target.EndsWith(".CommandText", StringComparison.Ordinal));
        Assert.Contains(sites, s => s.Target == "new SqlCommand(text)");

        // Nothing was recorded from them: every one is reported as never exercised.
        Assert.Equal(sites.Count, SqlServerTextCoverage.Unexercised(new SqlInventory(sites, []), []).Count);
    }

    [NoInliningFact]
    [Trait("Pass", NoInliningFactAttribute.Pass)]
    public async Task Every_SqlServer_text_the_application_sends_parses_and_every_sql_call_site_is_exercised()
    {
        // Commands are attributed to call sites by their stack frames, which inlining removes (test.runsettings).
        Assert.True(Environment.GetEnvironmentVariable("DOTNET_JitNoInline") == "1",
            "Run through dotnet test, whose test.runsettings sets DOTNET_JitNoInline=1: without it hot repository methods are inlined and their calls go unattributed.");
        var assemblies = HostComposition.ApplicationAssemblies();
        var inventory = SqlCallSites.Inventory(assemblies);
        var sites = inventory.Sites;
        output.WriteLine($"{sites.Count} SQL call sites in {string.Join(", ", assemblies.Select(a => a.GetName().Name))}");
        Assert.Contains(assemblies, a => a.GetName().Name == "OrganAffairs.Shared");
        Assert.Contains(assemblies, a => a.GetName().Name == "OrganAffairs.Organs");

        // Every HTTP suite, on SQLite underneath, with SQL Server's dialect; every command recorded.
        var recorder = new SqlRecorder(SqliteStandIn.ToSqlite) { BulkAsRows = true };
        var suites = SuiteRunner.HttpSuites();
        Assert.NotEmpty(suites);
        var failures = new List<string>();
        var ran = 0;
        foreach (var suite in suites)
        {
            using var fixture = new SqlServerTextFixture(recorder);
            await fixture.InitializeAsync();
            try
            {
                var (count, suiteFailures) = await SuiteRunner.RunAsync(suite, fixture);
                ran += count;
                failures.AddRange(suiteFailures);
            }
            finally
            {
                await fixture.DisposeAsync();
            }
        }
        var commands = recorder.Commands.ToList();
        output.WriteLine($"{suites.Count} suites, {ran} tests, {commands.Count} commands, {commands.Select(c => c.Text).Distinct().Count()} distinct texts");
        var bySite = commands.GroupBy(c => SqlServerTextCoverage.SiteOf(c, inventory)).ToDictionary(g => g.Key?.Where ?? "(unattributed)", g => g.Count());
        foreach (var (where, count) in bySite.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {count,5}  {where}");
        }

        Assert.True(failures.Count == 0, "HTTP suites failed with SQL Server's texts:\n" + string.Join("\n", failures));
        var bad = SqlServerTextCoverage.BadTexts(commands);
        Assert.True(bad.Count == 0, "Texts that are not good T-SQL:\n" + string.Join("\n", bad));
        var ansi = SqlServerTextCoverage.AnsiStrings(commands);
        Assert.True(ansi.Count == 0, "String parameters sent as VARCHAR:\n" + string.Join("\n", ansi));
        var counted = SqlServerTextCoverage.RowsAffectedSelects(commands);
        Assert.True(counted.Count == 0, "SELECTs run for a rows-affected count (SqlClient answers -1 for a SELECT; use a dialect operation or Query):\n" + string.Join("\n", counted));
        var unchunked = SqlServerTextCoverage.UnchunkedLists(commands);
        Assert.True(unchunked.Count == 0, "Expanded IN lists not chunked (SQL Server refuses more than 2,100 parameters):\n" + string.Join("\n", unchunked));
        var unordered = SqlServerTextCoverage.KeyOrderProblems(commands);
        Assert.True(unordered.Count == 0, "Lock or upsert sequences not in SQL Server's key order:\n" + string.Join("\n", unordered));
        var unexercised = SqlServerTextCoverage.Unexercised(inventory, commands);
        Assert.True(unexercised.Count == 0,
            "SQL call sites no HTTP suite exercised, so their SQL Server text was never checked (add a test that reaches them):\n" + string.Join("\n", unexercised));
    }
}

/// <summary>Planted SQL calls that no test runs: the call-site inventory must find each kind and report it unexercised.</summary>
internal sealed class PlantedSqlCalls
{
    public static async Task<int> RarelyUsedAsync(IDbConnection connection) =>
        (await connection.QueryAsync<int>("SELECT 1 FROM organs_organ ORDER BY name LIMIT 1")).Single();

    public static int Synchronous(IDbConnection connection) => connection.Execute("DELETE FROM organs_headcount");

    public static void RawCommand(IDbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        command.ExecuteNonQuery();
    }

    public static SqlCommand Constructed() => new("SELECT 2");
}
