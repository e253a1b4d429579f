using OrganAffairs.Contracts.Webhooks;

namespace OrganAffairs.Webhooks.Data;

internal sealed class SubscriptionRow
{
    public Guid Id { get; set; }
    public string TargetUrl { get; set; } = "";
    public string? Description { get; set; }
    /// <summary>JSON array of CloudEvents types.</summary>
    public string EventTypes { get; set; } = "[]";
    /// <summary>JSON array of module names.</summary>
    public string Modules { get; set; } = "[]";
    public Guid? OrganId { get; set; }
    public string? Jurisdiction { get; set; }
    public bool Active { get; set; }
    public string? DisabledReason { get; set; }
    /// <summary>Data-protected.</summary>
    public string Secret { get; set; } = "";
    /// <summary>Data-protected; signs too until <see cref="PreviousSecretUntil"/>.</summary>
    public string? PreviousSecret { get; set; }
    public DateTimeOffset? PreviousSecretUntil { get; set; }
    public int ConsecutiveFailures { get; set; }
    public DateTimeOffset? FailingSince { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class DeliveryRow
{
    public Guid Id { get; set; }
    public Guid SubscriptionId { get; set; }
    public Guid EventId { get; set; }
    public string EventType { get; set; } = "";
    /// <summary>The CloudEvents structured JSON body, fixed when queued so every attempt sends the same bytes.</summary>
    public string Payload { get; set; } = "";
    public DateTimeOffset OccurredAt { get; set; }
    public WebhookDeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public Guid? ClaimToken { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public int? LastLatencyMs { get; set; }
    public DateTimeOffset? LastAttemptAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public DateTimeOffset QueuedAt { get; set; }
}
