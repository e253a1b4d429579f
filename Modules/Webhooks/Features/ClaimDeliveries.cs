using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Webhooks.Data;
using OrganAffairs.Webhooks.Support;
using Microsoft.Extensions.Options;

namespace OrganAffairs.Webhooks.Features;

/// <summary>One claimed delivery with what its attempt needs: the target, the body and the secrets that sign it.</summary>
internal sealed record DeliveryWork(
    Guid DeliveryId, Guid Token, Guid SubscriptionId, Guid EventId, string EventType, string Url, string Payload, IReadOnlyList<string> Secrets,
    int Attempts, DateTimeOffset QueuedAt);

/// <summary>Claims due deliveries for this Host (the delivery worker sends it as the system principal).</summary>
internal sealed record ClaimDeliveriesCommand(int Batch) : ICommand<IReadOnlyList<DeliveryWork>>;

internal sealed class ClaimDeliveriesHandler(DeliveryRepository deliveries, SubscriptionRepository subscriptions, SecretBox secrets, IOptions<WebhooksOptions> options, TimeProvider clock)
    : IRequestHandler<ClaimDeliveriesCommand, IReadOnlyList<DeliveryWork>>
{
    public async Task<IReadOnlyList<DeliveryWork>> Handle(ClaimDeliveriesCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var token = Guid.NewGuid();
        var rows = await deliveries.ClaimAsync(token, now, now + options.Value.ClaimDuration, command.Batch, ct);
        var work = new List<DeliveryWork>(rows.Count);
        var bySubscription = new Dictionary<Guid, SubscriptionRow?>();
        foreach (var row in rows)
        {
            if (!bySubscription.TryGetValue(row.SubscriptionId, out var s))
            {
                bySubscription[row.SubscriptionId] = s = await subscriptions.GetAsync(row.SubscriptionId, ct);
            }
            if (s is null)
            {
                continue;
            }
            IReadOnlyList<string> keys = s.PreviousSecret is not null && s.PreviousSecretUntil > now
                ? [secrets.Unprotect(s.Secret), secrets.Unprotect(s.PreviousSecret)]
                : [secrets.Unprotect(s.Secret)];
            work.Add(new DeliveryWork(row.Id, token, row.SubscriptionId, row.EventId, row.EventType, s.TargetUrl, row.Payload, keys, row.Attempts, row.QueuedAt));
        }
        return work;
    }
}
