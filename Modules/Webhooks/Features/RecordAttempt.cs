using MediatR;
using Microsoft.Extensions.Options;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Webhooks;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Webhooks.Data;
using OrganAffairs.Webhooks.Domain;
using OrganAffairs.Webhooks.Support;

namespace OrganAffairs.Webhooks.Features;

/// <summary>
/// Records an attempt: 2xx delivers it and resets the subscription's failure count; anything else schedules the next attempt
/// with exponential back-off and jitter (or marks it Failed after the retry period) and counts a failure, which disables the
/// subscription after N in a row or a dead period, recording WebhookSubscriptionDisabled.
/// </summary>
internal sealed record RecordAttemptCommand(DeliveryWork Work, AttemptResult Result) : ICommand<Unit>;

internal sealed class RecordAttemptHandler(
    DeliveryRepository deliveries, SubscriptionRepository subscriptions, OutboxBuffer outbox, AuditTrail audit, IdGenerator ids, IOptions<WebhooksOptions> options, TimeProvider clock)
    : IRequestHandler<RecordAttemptCommand, Unit>
{
    public async Task<Unit> Handle(RecordAttemptCommand command, CancellationToken ct)
    {
        var (w, r) = (command.Work, command.Result);
        var o = options.Value;
        var now = clock.GetUtcNow();
        var row = new DeliveryRow
        {
            Id = w.DeliveryId, Attempts = w.Attempts + 1, LastStatusCode = r.StatusCode, LastError = r.Error, LastLatencyMs = r.LatencyMs, LastAttemptAt = now,
        };
        if (r.Delivered)
        {
            (row.Status, row.NextAttemptAt, row.DeliveredAt) = (WebhookDeliveryStatus.Delivered, now, now);
        }
        else
        {
            row.NextAttemptAt = now + DeliveryPolicy.NextDelay(row.Attempts, o.BaseDelay, o.MaxDelay, Random.Shared.NextDouble());
            row.Status = DeliveryPolicy.GivesUp(w.QueuedAt, row.NextAttemptAt, o.RetryPeriod) ? WebhookDeliveryStatus.Failed : WebhookDeliveryStatus.Pending;
        }
        if (!await deliveries.RecordAttemptAsync(row, w.Token, ct))
        {
            return Unit.Value; // Another Host took the claim over after it expired; its outcome counts.
        }
        if (r.Delivered)
        {
            await subscriptions.ResetFailuresAsync(w.SubscriptionId, ct);
            return Unit.Value;
        }
        var s = await subscriptions.CountFailureAsync(w.SubscriptionId, now, ct);
        if (s is { Active: true, FailingSince: { } since }
            && DeliveryPolicy.DisableAfter(s.ConsecutiveFailures, since, now, o.DisableAfterFailures, o.DeadPeriod) is { } reason
            && await subscriptions.DisableAsync(s.Id, reason.ToString(), now, ct))
        {
            audit.Record("WebhookSubscription", s.Id, null, AuditTrail.Diff(
                new { Active = true, DisabledReason = (string?)null }, new { Active = false, DisabledReason = (string?)reason.ToString() }));
            outbox.Enqueue(new WebhookSubscriptionDisabled(ids.NewId(), now, s.Id, s.TargetUrl, reason, s.ConsecutiveFailures, r.Error));
        }
        return Unit.Value;
    }
}
