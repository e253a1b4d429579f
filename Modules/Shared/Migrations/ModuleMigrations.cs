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
