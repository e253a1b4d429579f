using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
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

        var time = new BusinessTimeOptions();
        configuration.GetSection("BusinessTime").Bind(time);

        services.AddSingleton(database);
        services.AddSingleton(time);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<BusinessClock>();
        services.AddSingleton<ConnectionFactory>();
        services.AddSingleton(new SqlDialect(database.Provider));
        services.AddSingleton(new IdGenerator(database.Provider));
        services.AddSingleton<TransientRetry>();
        services.AddScoped<UnitOfWork>();
        services.AddScoped<CurrentPrincipal>();
        services.AddScoped<OrganScope>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<OutboxBuffer>();
        services.AddSingleton<OutboxSignal>();
        services.Configure<OutboxOptions>(configuration.GetSection("Outbox"));
        services.AddHostedService<OutboxDispatcher>();
        services.AddSingleton<MigrationRunner>();
        services.AddModuleMigrations("shared", typeof(SharedKernel).Assembly);
        services.AddMediation();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
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
