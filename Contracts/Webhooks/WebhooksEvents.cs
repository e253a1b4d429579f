using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Contracts.Webhooks;

/// <summary>Why a webhook subscription stopped receiving events.</summary>
public enum WebhookDisabledReason
{
    /// <summary>An administrator disabled it.</summary>
    Manual,
    /// <summary>Its deliveries failed the configured number of times in a row.</summary>
    ConsecutiveFailures,
    /// <summary>Its receiver answered nothing but failures for longer than the configured dead period.</summary>
    DeadPeriod,
}

/// <summary>A webhook subscription was disabled (published through the outbox in the transaction that disabled it).</summary>
/// <param name="EventId">Unique per event; handlers dedupe on it.</param>
/// <param name="OccurredAt">When it was disabled (UTC).</param>
/// <param name="SubscriptionId">The subscription.</param>
/// <param name="TargetUrl">Where it delivered to.</param>
/// <param name="Reason">Why.</param>
/// <param name="ConsecutiveFailures">Its failed attempts in a row when it was disabled.</param>
/// <param name="LastError">The last attempt's status code or error, or null.</param>
public sealed record WebhookSubscriptionDisabled(
    Guid EventId, DateTimeOffset OccurredAt, Guid SubscriptionId, string TargetUrl, WebhookDisabledReason Reason, int ConsecutiveFailures, string? LastError)
    : IIntegrationEvent;
