using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrganAffairs.Energy.Data;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Energy.Support;

/// <summary>
/// Creates the readings' and roll-ups' partitions ahead (docs/adr/0049): at start and then every six hours,
/// the current business month and the next <see cref="MonthsAhead"/>. Idempotent and safe with several Hosts
/// (the function checks before it creates; a concurrent duplicate create fails one Host's round, retried next round).
/// </summary>
internal sealed class PartitionMaintenance(IServiceScopeFactory scopes, BusinessClock clock, ILogger<PartitionMaintenance> log) : BackgroundService
{
    public const int MonthsAhead = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var partitions = scope.ServiceProvider.GetRequiredService<PartitionRepository>();
                if (!partitions.Partitioned)
                {
                    return;
                }
                var today = clock.Today;
                var month = new DateOnly(today.Year, today.Month, 1);
                for (var i = 0; i <= MonthsAhead; i++)
                {
                    await partitions.EnsureMonthAsync(month.AddMonths(i), stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Creating the energy partitions ahead failed; retried in the next round");
            }
            await Task.Delay(TimeSpan.FromHours(6), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
