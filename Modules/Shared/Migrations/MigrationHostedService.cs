using Microsoft.Extensions.Hosting;

namespace OrganAffairs.Shared.Migrations;

/// <summary>
/// Migrates at start-up in the host's Starting stage, which completes before any hosted service (the outbox
/// worker, the bureau's seeding, the backfills, the web server) starts, even though those start concurrently
/// (ADR 0055). Running it here rather than before app.Run() keeps the OpenAPI CLI, which builds the app without
/// starting it, away from any database.
/// </summary>
internal sealed class MigrationHostedService(MigrationRunner runner) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        runner.MigrateAll();
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
