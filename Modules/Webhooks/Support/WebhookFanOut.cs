using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Webhooks.Features;

namespace OrganAffairs.Webhooks.Support;

/// <summary>
/// The outbox hook (docs/adr/0110): every integration event the outbox dispatches comes here after its in-process
/// handlers, and only queues delivery rows, in a transaction of its own; nothing is sent on the dispatcher's path.
/// </summary>
internal sealed class WebhookFanOut(IMediator mediator, WebhookSignal signal) : IIntegrationEventHook
{
    public async Task OnPublishedAsync(IIntegrationEvent integrationEvent, CancellationToken ct)
    {
        if (await mediator.Send(new QueueDeliveriesCommand(integrationEvent), ct) > 0)
        {
            signal.Notify();
        }
    }
}

/// <summary>Wakes the delivery worker when deliveries were queued, instead of waiting for its next poll.</summary>
internal sealed class WebhookSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            if (_signal.CurrentCount == 0)
            {
                _signal.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already woken.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
