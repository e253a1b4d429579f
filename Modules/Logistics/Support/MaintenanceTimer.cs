using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrganAffairs.Logistics.Features;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Support;

/// <summary>
/// Runs the preventive-maintenance generator (<see cref="GenerateMaintenanceWorkOrdersCommand"/>) as the system principal in
/// every Host instance, at start and then each <c>Logistics:MaintenanceInterval</c> (default 5 minutes); each occurrence is
/// claimed on the unique (plan, occurrence) key, so however many instances run it, an occurrence raises one work order.
/// <c>Logistics:MaintenanceTimerEnabled=false</c> turns it off in an instance (tests run the generator themselves).
/// </summary>
internal sealed class MaintenanceTimer(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<MaintenanceTimer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Logistics:MaintenanceTimerEnabled", true))
        {
            return;
        }
        using var timer = new PeriodicTimer(configuration.GetValue("Logistics:MaintenanceInterval", TimeSpan.FromMinutes(5)));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().SetSystem();
                var run = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GenerateMaintenanceWorkOrdersCommand(), stoppingToken);
                if (run.Created > 0)
                {
                    logger.LogInformation("Preventive maintenance: {Created} work orders raised", run.Created);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The next tick tries again; an item that left the catalogue stops the run until a plan or the catalogue is fixed.
                logger.LogWarning(ex, "Preventive maintenance generation failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
