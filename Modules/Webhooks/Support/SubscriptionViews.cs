using System.Text.Json;
using OrganAffairs.Contracts.Webhooks;
using OrganAffairs.Webhooks.Data;
using OrganAffairs.Webhooks.Domain;

namespace OrganAffairs.Webhooks.Support;

/// <summary>Rows to answers, and the stored forms of a subscription's lists.</summary>
internal static class SubscriptionViews
{
    public static WebhookSubscriptionResponse Response(SubscriptionRow r, DateTimeOffset now) => new(
        r.Id, r.TargetUrl, r.Description, List(r.EventTypes), List(r.Modules), r.OrganId, r.Jurisdiction, r.Active,
        r.DisabledReason is null ? null : Enum.Parse<WebhookDisabledReason>(r.DisabledReason), r.ConsecutiveFailures,
        r.PreviousSecret is not null && r.PreviousSecretUntil > now ? r.PreviousSecretUntil : null, r.CreatedAt, r.UpdatedAt, r.Version);

    public static WebhookDeliveryResponse Response(DeliveryRow d) => new(
        d.Id, d.EventId, d.EventType, d.Status, d.Attempts, d.LastStatusCode, d.LastError, d.LastLatencyMs, d.OccurredAt, d.LastAttemptAt,
        d.Status == WebhookDeliveryStatus.Pending ? d.NextAttemptAt : null, d.DeliveredAt);

    public static EventFilter Filter(SubscriptionRow r) => new(List(r.EventTypes), List(r.Modules), r.OrganId, r.Jurisdiction);

    public static string Store(IReadOnlyList<string> items) => JsonSerializer.Serialize(items.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());

    public static IReadOnlyList<string> List(string stored) => JsonSerializer.Deserialize<List<string>>(stored) ?? [];

    /// <summary>Writes the input's members onto the row (the target is stored as given, trimmed).</summary>
    public static void Apply(SubscriptionRow row, WebhookSubscriptionInput input)
    {
        row.TargetUrl = input.TargetUrl.Trim();
        row.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        row.EventTypes = Store(input.EventTypes);
        row.Modules = Store(input.Modules);
        row.OrganId = input.OrganId;
        row.Jurisdiction = input.Jurisdiction;
    }
}
