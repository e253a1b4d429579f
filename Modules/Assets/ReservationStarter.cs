using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrganAffairs.Assets.Features;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Assets;

/// <summary>
/// Runs in every Host instance: every `Assets:ReservationSweepInterval` (default 30 s) it lists the reservations
/// whose range has begun and sends <see cref="StartReservationCommand"/> for each as the system principal, so
/// validation, transaction, retry and audit apply. Instances racing on one reservation are safe: the command
/// locks the asset row and moves only a reservation still Reserved; the loser's 409 is expected and ignored.
/// `Assets:ReservationSweepEnabled=false` turns it off in an instance.
/// </summary>
internal sealed class ReservationStarter(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ReservationStarter> logger) : BackgroundService
{
    private const int Batch = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Assets:ReservationSweepEnabled", true))
        {
            return;
        }
        var interval = configuration.GetValue("Assets:ReservationSweepInterval", TimeSpan.FromSeconds(30));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be down (migrations not yet run, outage): try again at the next tick.
                logger.LogWarning(ex, "Reservation sweep failed");
            }
        }
    }

    private async Task SweepAsync(CancellationToken ct)
    {
        IReadOnlyList<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().SetSystem();
            due = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListDueReservationsQuery(Batch), ct);
        }
        foreach (var id in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().SetSystem();
            try
            {
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new StartReservationCommand(id), ct);
            }
            catch (ProblemException ex)
            {
                // Another instance started it first, or the asset is held elsewhere or in repair: the reservation stays Reserved and is retried.
                logger.LogInformation("Reservation {ReservationId} not started: {Code} {Detail}", id, ex.Error.Code, ex.Detail);
            }
        }
    }
}
