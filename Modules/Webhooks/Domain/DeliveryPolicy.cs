using OrganAffairs.Contracts.Webhooks;

namespace OrganAffairs.Webhooks.Domain;

/// <summary>Retry timing and the disable rule of deliveries (docs/adr/0110); the numbers come from configuration.</summary>
internal static class DeliveryPolicy
{
    /// <summary>
    /// The wait before the next attempt after <paramref name="attempts"/> failed ones: base·2^(attempts−1), capped, with
    /// "equal jitter" (half fixed, half random) so receivers coming back are not hit by every sender at once.
    /// </summary>
    /// <param name="random">A number in [0, 1).</param>
    public static TimeSpan NextDelay(int attempts, TimeSpan baseDelay, TimeSpan maxDelay, double random)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var raw = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(raw / 2 + raw / 2 * Math.Clamp(random, 0, 1));
    }

    /// <summary>Whether a delivery first queued at <paramref name="queuedAt"/> has been retried long enough.</summary>
    public static bool GivesUp(DateTimeOffset queuedAt, DateTimeOffset nextAttemptAt, TimeSpan retryPeriod) => nextAttemptAt - queuedAt > retryPeriod;

    /// <summary>Why a subscription is disabled after a failure, or null while it keeps its chance.</summary>
    /// <param name="consecutiveFailures">Failed attempts in a row, this one included.</param>
    /// <param name="failingSince">The first of those failures.</param>
    public static WebhookDisabledReason? DisableAfter(int consecutiveFailures, DateTimeOffset failingSince, DateTimeOffset now, int maxFailures, TimeSpan deadPeriod) =>
        consecutiveFailures >= maxFailures ? WebhookDisabledReason.ConsecutiveFailures
        : now - failingSince >= deadPeriod ? WebhookDisabledReason.DeadPeriod
        : null;
}
