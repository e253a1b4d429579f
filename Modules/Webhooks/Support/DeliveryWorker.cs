using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrganAffairs.Shared.Security;
using OrganAffairs.Webhooks.Features;

namespace OrganAffairs.Webhooks.Support;

/// <summary>
/// Runs in every Host instance: <see cref="WebhooksOptions.Parallelism"/> lanes, each claiming a few due deliveries at a time
/// (the claim skips rows another instance holds), sending them one after another and recording each outcome in its own
/// transaction. A slow receiver holds the lane it is in, not the others.
/// </summary>
internal sealed class DeliveryWorker(
    IServiceScopeFactory scopes, WebhookSender sender, WebhookSignal signal, IOptions<WebhooksOptions> options, ILogger<DeliveryWorker> logger) : BackgroundService
{
    private int LaneBatch => Math.Max(1, options.Value.BatchSize / Math.Max(1, options.Value.Parallelism));

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.DeliveryEnabled
            ? Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.Parallelism)).Select(_ => Task.Run(() => LaneAsync(stoppingToken), stoppingToken)))
            : Task.CompletedTask;

    private async Task LaneAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await RunOnceAsync(LaneBatch, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Webhook delivery pass failed; retrying after the poll interval");
            }
            if (sent == LaneBatch)
            {
                // More may be due: wake another lane too.
                signal.Notify();
                continue;
            }
            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Claims up to <paramref name="batch"/> due deliveries, attempts each and records the outcomes; answers how many.</summary>
    internal async Task<int> RunOnceAsync(int batch, CancellationToken ct)
    {
        var work = await SendAsync(new ClaimDeliveriesCommand(batch), ct);
        foreach (var w in work)
        {
            var result = await sender.SendAsync(w.Url, w.EventId, w.Payload, w.Secrets, ct);
            if (!result.Delivered)
            {
                logger.LogInformation("Webhook delivery {DeliveryId} of {EventType} failed (attempt {Attempt}): {Error}", w.DeliveryId, w.EventType, w.Attempts + 1, result.Error);
            }
            await SendAsync(new RecordAttemptCommand(w, result), ct);
        }
        return work.Count;
    }

    private async Task<T> SendAsync<T>(IRequest<T> request, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().SetSystem();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, ct);
    }
}
