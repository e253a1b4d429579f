namespace OrganAffairs.Contracts.Webhooks;

/// <summary>
/// A subscription's target and filters. An event is delivered when it passes every filter given: one of
/// <see cref="EventTypes"/> (empty: any), of one of <see cref="Modules"/> (empty: any), about <see cref="OrganId"/>
/// (null: any organ), about an organ whose division code starts with <see cref="Jurisdiction"/> (null: anywhere).
/// </summary>
/// <param name="TargetUrl" example="https://hooks.example.gov.cn/organaffairs">Where events are POSTed: an absolute https URL (http only where configured); no user info or fragment.</param>
/// <param name="Description" example="财政预算管理一体化系统">What the receiving system is, for the operators.</param>
/// <param name="EventTypes" example='["organaffairs.violations.ViolationOpened"]'>CloudEvents types from GET /api/v1/webhooks/event-types (e.g. organaffairs.vehicles.TripCompleted).</param>
/// <param name="Modules" example='["vehicles","reception"]'>Modules whose events are delivered (e.g. vehicles, reception, violations).</param>
/// <param name="OrganId">Only events about this organ.</param>
/// <param name="Jurisdiction" example="3201">Only events about organs of this jurisdiction (a GB/T 2260 prefix: 32, 3201, 320102).</param>
/// <param name="Active">Create: absent or true starts it active. Update: absent keeps it; true enables it again (its failure count restarts); false disables it.</param>
public sealed record WebhookSubscriptionInput(
    string TargetUrl, string? Description, IReadOnlyList<string> EventTypes, IReadOnlyList<string> Modules, Guid? OrganId, string? Jurisdiction, bool? Active);

/// <summary>Rotate the signing secret: the new one is answered once; the old one still signs for <see cref="OverlapMinutes"/>.</summary>
/// <param name="OverlapMinutes">0 to 10080 (7 days): during this window every delivery carries both signatures.</param>
public sealed record RotateWebhookSecretRequest(int OverlapMinutes);

/// <summary>A webhook subscription (the secret is never shown again after create and rotate).</summary>
/// <param name="Active">Whether events are queued and delivered to it.</param>
/// <param name="DisabledReason">Why it is not active, or null.</param>
/// <param name="ConsecutiveFailures">Failed attempts in a row (0 after any success).</param>
/// <param name="PreviousSecretValidUntil">Until when the previous secret also signs (rotation overlap), or null.</param>
public sealed record WebhookSubscriptionResponse(
    Guid Id, string TargetUrl, string? Description, IReadOnlyList<string> EventTypes, IReadOnlyList<string> Modules, Guid? OrganId, string? Jurisdiction,
    bool Active, WebhookDisabledReason? DisabledReason, int ConsecutiveFailures, DateTimeOffset? PreviousSecretValidUntil,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version);

/// <summary>A subscription with its signing secret (Standard Webhooks <c>whsec_…</c>), answered only by create and rotate.</summary>
public sealed record WebhookSubscriptionWithSecretResponse(WebhookSubscriptionResponse Subscription, string Secret);

/// <summary>Where a delivery stands.</summary>
public enum WebhookDeliveryStatus
{
    /// <summary>Waiting for its next attempt.</summary>
    Pending,
    /// <summary>A 2xx answer was received.</summary>
    Delivered,
    /// <summary>Retried for the configured period without success; redeliver to try again.</summary>
    Failed,
}

/// <summary>One event's delivery to one subscription.</summary>
/// <param name="EventId">The event's id (also the webhook-id header and the CloudEvents id).</param>
/// <param name="EventType">Its CloudEvents type.</param>
/// <param name="Attempts">Attempts made so far.</param>
/// <param name="LastStatusCode">The receiver's last HTTP status, or null (no answer).</param>
/// <param name="LastError">The last failure (status or network error), or null.</param>
/// <param name="LastLatencyMs">How long the last attempt took, in milliseconds.</param>
/// <param name="NextAttemptAt">When it is tried next (Pending only).</param>
public sealed record WebhookDeliveryResponse(
    Guid Id, Guid EventId, string EventType, WebhookDeliveryStatus Status, int Attempts, int? LastStatusCode, string? LastError, int? LastLatencyMs,
    DateTimeOffset OccurredAt, DateTimeOffset? LastAttemptAt, DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt);

/// <summary>An event type subscribers may receive.</summary>
/// <param name="Type">The CloudEvents type.</param>
/// <param name="Module">The module filter it answers to.</param>
/// <param name="DataSchema">The name of its data's schema in this document's components.</param>
public sealed record WebhookEventTypeResponse(string Type, string Module, string DataSchema);
