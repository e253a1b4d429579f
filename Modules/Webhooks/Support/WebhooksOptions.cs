namespace OrganAffairs.Webhooks.Support;

/// <summary>
/// The Webhooks section of the configuration (docs/adr/0110). These are operating parameters of this deployment's
/// network and receivers, not regulation numbers, so they are configuration and not rule tables.
/// </summary>
internal sealed class WebhooksOptions
{
    public const string Section = "Webhooks";

    /// <summary>Tests switch the delivery worker off to drive it by hand.</summary>
    public bool DeliveryEnabled { get; set; } = true;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>How long a claim holds: a crashed instance's deliveries are taken over after it.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(2);
    public int BatchSize { get; set; } = 50;
    /// <summary>Deliveries in flight at once per Host: one slow receiver holds one of these, not the whole worker.</summary>
    public int Parallelism { get; set; } = 8;
    /// <summary>The bounded time of one attempt (connect, send, answer).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>Immediate retries inside one attempt when no connection could be made (never after the request may have been sent).</summary>
    public int NetworkRetries { get; set; } = 1;
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);
    /// <summary>How long a delivery is retried before it is Failed (redelivery tries it again).</summary>
    public TimeSpan RetryPeriod { get; set; } = TimeSpan.FromHours(24);
    /// <summary>N: a subscription is disabled after this many failed attempts in a row…</summary>
    public int DisableAfterFailures { get; set; } = 50;
    /// <summary>…or when it has failed without a single success for this long.</summary>
    public TimeSpan DeadPeriod { get; set; } = TimeSpan.FromDays(3);
    /// <summary>Allow http:// targets (tests, development); https only otherwise.</summary>
    public bool AllowHttp { get; set; }
    /// <summary>Allow targets on loopback addresses (tests, development).</summary>
    public bool AllowLoopback { get; set; }
    /// <summary>Allow targets on private and link-local networks (a government intranet's receivers).</summary>
    public bool AllowPrivateNetworks { get; set; }
}
