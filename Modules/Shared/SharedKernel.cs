using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Mediation;
using OrganAffairs.Shared.Migrations;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Shared;

/// <summary>The building blocks every module uses: data, mediation, outbox, audit, organ scope, time.</summary>
public static class SharedKernel
{
    public static IServiceCollection AddSharedKernel(this IServiceCollection services, IConfiguration configuration)
    {
        TypeHandlers.Register();

        // Options are read when first resolved, not now: hosts (and test hosts) may add configuration
        // after the modules are registered.
        services.AddSingleton(sp => ReadDatabaseOptions(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(sp =>
        {
            var time = new BusinessTimeOptions();
            sp.GetRequiredService<IConfiguration>().GetSection("BusinessTime").Bind(time);
            return time;
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<BusinessClock>();
        services.AddSingleton<ConnectionFactory>();
        services.AddSingleton(sp => new SqlDialect(sp.GetRequiredService<DatabaseOptions>().Provider));
        services.AddSingleton(sp => new IdGenerator(sp.GetRequiredService<DatabaseOptions>().Provider));
        services.AddSingleton<TransientRetry>();
        services.AddScoped<UnitOfWork>();
        services.AddScoped<ReadPosition>();
        services.AddScoped<ReplicaReads>();
        services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, ReadPositionStartupFilter>();
        services.AddScoped<CurrentPrincipal>();
        services.AddScoped<OrganDirectory>();
        services.AddScoped<OrganScope>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<OutboxBuffer>();
        services.AddScoped<IdempotencyAttempt>();
        services.AddScoped<Violations>();
        services.AddSingleton<OutboxSignal>();
        services.Configure<OutboxOptions>(configuration.GetSection("Outbox"));
        services.AddSingleton<MigrationRunner>();
        // Hosted services start side by side with the server, behind the start-up gate (ADR 0055); the migrations
        // run before all of them, in the Starting stage.
        services.Configure<Microsoft.Extensions.Hosting.HostOptions>(o => o.ServicesStartConcurrently = true);
        services.AddSingleton<Hosting.StartupGate>();
        services.AddHostedService<Hosting.StartupGateOpener>();
        services.AddHostedService<MigrationHostedService>();
        services.AddHostedService<OutboxDispatcher>();
        services.AddSingleton<ViolationSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<ViolationSweeper>());
        services.AddModuleMigrations("shared", typeof(SharedKernel).Assembly);
        services.AddMediation();
        services.AddHandlersFrom(typeof(SharedKernel).Assembly);
        services.AddOrganAffairsSecurity(configuration);
        services.AddHttpProtection(configuration);
        services.AddApiTag(Audit.AuditEndpoints.Tag, "审计 — who changed what and when, with old and new values. Read-only; admin scope.");
        services.AddApiTag(Errors.ProblemCatalogue.Tag, "错误代码 — every code a problem or a field error can carry, with its status and titles. Public.");
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<Hosting.StartupHealthCheck>("started", tags: ["ready"]);
        return services;
    }

    /// <summary>Database:Provider and ConnectionStrings:OrganAffairs; with neither, a SQLite file in the working directory.</summary>
    public static DatabaseOptions ReadDatabaseOptions(IConfiguration configuration)
    {
        var database = new DatabaseOptions();
        configuration.GetSection("Database").Bind(database);
        var connectionString = configuration.GetConnectionString("OrganAffairs");
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            database.ConnectionString = connectionString;
        }
        else if (database.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException($"Database:Provider is {database.Provider} but ConnectionStrings:OrganAffairs is empty.");
        }
        // A replica for reads that tolerate lag (docs/adr/0048); SQLite has one route.
        var readOnly = configuration.GetConnectionString("OrganAffairsReadOnly");
        if (!string.IsNullOrWhiteSpace(readOnly) && database.Provider != DatabaseProvider.Sqlite)
        {
            database.ReadOnlyConnectionString = readOnly;
        }
        return database;
    }

    /// <summary>Adds a module's migrations; they run in the order the modules are added.</summary>
    public static IServiceCollection AddModuleMigrations(this IServiceCollection services, string module, System.Reflection.Assembly assembly) =>
        services.AddSingleton(new ModuleMigrations(module, assembly));
}

/// <summary>Ready means the database answers.</summary>
internal sealed class DatabaseHealthCheck(ConnectionFactory connections) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Database unreachable", ex);
        }
    }
}
