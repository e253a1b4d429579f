using System.Reflection;
using FluentMigrator.Runner;
using FluentMigrator.Runner.Initialization;
using FluentMigrator.Runner.VersionTableInfo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Shared.Migrations;

/// <summary>A module's migrations: its tag (also its table prefix) and the assembly that holds them.</summary>
public sealed record ModuleMigrations(string Module, Assembly Assembly);

/// <summary>
/// Runs each module's migrations with its own version table (<c>&lt;module&gt;_schema_version</c>),
/// in the fixed order the Host lists the modules. Version numbers only need to be unique per module.
/// </summary>
public sealed class MigrationRunner(DatabaseOptions options, SqlDialect dialect, IEnumerable<ModuleMigrations> modules, ILoggerFactory loggerFactory)
{
    public void MigrateAll()
    {
        var log = loggerFactory.CreateLogger<MigrationRunner>();
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            EnableSqliteWal();
        }
        using var lockConnection = new ConnectionFactory(options).Create();
        if (dialect.MigrationLock() is { } takeLock)
        {
            lockConnection.Open();
            Execute(lockConnection, takeLock);
        }
        try
        {
            MigrateModules(log);
        }
        finally
        {
            if (dialect.MigrationUnlock() is { } releaseLock)
            {
                Execute(lockConnection, releaseLock);
            }
        }
    }

    private static void Execute(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 180;
        command.ExecuteNonQuery();
    }

    private void MigrateModules(ILogger log)
    {
        foreach (var module in modules)
        {
            if (IsUpToDate(module))
            {
                // The usual start: nothing to apply. Building FluentMigrator's runner (a service
                // provider and an assembly scan per module) is most of the Host's start-up time
                // (measured in bench/), so it is built only when a migration is pending.
                log.LogInformation("Module {Module} is up to date", module.Module);
                continue;
            }
            using var services = new ServiceCollection()
                .AddFluentMigratorCore()
                .ConfigureRunner(rb =>
                {
                    _ = options.Provider switch
                    {
                        DatabaseProvider.PostgreSql => rb.AddPostgres15_0(),
                        DatabaseProvider.SqlServer => rb.AddSqlServer2016(),
                        _ => rb.AddSQLite(),
                    };
                    rb.WithGlobalConnectionString(options.ConnectionString)
                      .WithVersionTable(new ModuleVersionTable(module.Module))
                      .ScanIn(module.Assembly).For.Migrations();
                })
                .Configure<RunnerOptions>(o =>
                {
                    o.Tags = [module.Module];
                    o.IncludeUntaggedMigrations = false;
                })
                .BuildServiceProvider(validateScopes: false);
            using var scope = services.CreateScope();
            scope.ServiceProvider.GetRequiredService<IMigrationRunner>().MigrateUp();
            log.LogInformation("Migrated module {Module}", module.Module);
        }
    }

    /// <summary>
    /// Whether every migration of the module (its [Migration] classes tagged with the module) is
    /// already in its version table. Any doubt — no table yet, an unreadable row — answers false,
    /// and FluentMigrator decides as before.
    /// </summary>
    private bool IsUpToDate(ModuleMigrations module)
    {
        var known = module.Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false } && typeof(FluentMigrator.IMigration).IsAssignableFrom(t))
            .Where(t => t.GetCustomAttributes<FluentMigrator.TagsAttribute>().Any(a => a.TagNames.Contains(module.Module, StringComparer.Ordinal)))
            .Select(t => t.GetCustomAttribute<FluentMigrator.MigrationAttribute>())
            .OfType<FluentMigrator.MigrationAttribute>()
            .Select(a => a.Version)
            .ToList();
        try
        {
            using var connection = new ConnectionFactory(options).Create();
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT version FROM {new ModuleVersionTable(module.Module).TableName}";
            var applied = new HashSet<long>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    applied.Add(Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            return known.All(applied.Contains);
        }
        catch (System.Data.Common.DbException)
        {
            return false; // No version table yet (a new database or a new module).
        }
    }

    private void EnableSqliteWal()
    {
        // WAL lets readers work while one writer commits; the setting persists in the file.
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(options.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }

    private sealed class ModuleVersionTable(string module) : IVersionTableMetaData
    {
        public bool OwnsSchema => false;
        public string SchemaName => string.Empty;
        public string TableName => $"{module}_schema_version";
        public string ColumnName => "version";
        public string DescriptionColumnName => "description";
        public string UniqueIndexName => $"ux_{module}_schema_version";
        public string AppliedOnColumnName => "applied_on";
        public bool CreateWithPrimaryKey => false;
    }
}
