using Microsoft.Extensions.Hosting;

namespace OrganAffairs.Shared.Migrations;

/// <summary>
/// Migrates at start-up, before the outbox worker and the web server start (hosted services start
/// in registration order). Running it here rather than before app.Run() keeps the OpenAPI CLI,
/// which builds the app without starting it, away from any database.
/// </summary>
internal sealed class MigrationHostedService(MigrationRunner runner) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        runner.MigrateAll();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
