using System.Text.Json;
using System.Text.Json.Serialization;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Webhooks;
using OrganAffairs.Shared.Data;
using OrganAffairs.Webhooks.Data;
using OrganAffairs.Webhooks.Support;

namespace OrganAffairs.Webhooks.Features;

/// <summary>
/// Queues one delivery per active subscription whose filters the event passes (sent by the outbox hook as the system
/// principal, in a transaction of its own). The CloudEvents 1.0 structured JSON body is made here, once, so every attempt
/// sends the same bytes; (event, subscription) is unique, so a redelivered event queues nothing new.
/// </summary>
internal sealed record QueueDeliveriesCommand(IIntegrationEvent Event) : ICommand<int>;

internal sealed class QueueDeliveriesHandler(SubscriptionRepository subscriptions, DeliveryRepository deliveries, OrganDirectory directory, IdGenerator ids, TimeProvider clock)
    : IRequestHandler<QueueDeliveriesCommand, int>
{
    internal static readonly JsonSerializerOptions DataJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private static readonly JsonEventFormatter Formatter = new(DataJson, new JsonDocumentOptions());

    public async Task<int> Handle(QueueDeliveriesCommand command, CancellationToken ct)
    {
        var e = command.Event;
        if (EventCatalogue.Find(e.GetType()) is not { } description)
        {
            return 0;
        }
        var active = await subscriptions.ActiveAsync(ct);
        if (active.Count == 0)
        {
            return 0;
        }
        var organId = EventCatalogue.OrganOf(e);
        var divisionCode = EventCatalogue.DivisionCodeOf(e) ?? (organId is { } o ? await directory.DivisionCodeAsync(o, ct) : null);
        var matching = active.Where(s => SubscriptionViews.Filter(s).Matches(description.CloudEventType, description.Module, organId, divisionCode)).ToList();
        if (matching.Count == 0)
        {
            return 0;
        }
        var payload = Body(e, description, organId);
        var now = clock.GetUtcNow();
        await deliveries.InsertIfAbsentAsync(matching.Select(s => new DeliveryRow
        {
            Id = ids.NewId(), SubscriptionId = s.Id, EventId = e.EventId, EventType = description.CloudEventType, Payload = payload,
            OccurredAt = e.OccurredAt.ToUniversalTime(), Status = WebhookDeliveryStatus.Pending, Attempts = 0, NextAttemptAt = now, QueuedAt = now,
        }).ToList(), ct);
        return matching.Count;
    }

    /// <summary>The CloudEvents 1.0 structured-mode JSON of an event: its members are the data, its organ the subject.</summary>
    internal static string Body(IIntegrationEvent e, EventDescription description, Guid? organId)
    {
        var cloudEvent = new CloudEvent(CloudEventsSpecVersion.V1_0)
        {
            Id = e.EventId.ToString(),
            Type = description.CloudEventType,
            Source = new Uri("urn:organaffairs:" + description.Module),
            Time = e.OccurredAt.ToUniversalTime(),
            Subject = organId?.ToString(),
            DataContentType = "application/json",
            Data = JsonSerializer.SerializeToElement(e, e.GetType(), DataJson),
        };
        return System.Text.Encoding.UTF8.GetString(Formatter.EncodeStructuredModeMessage(cloudEvent, out _).Span);
    }
}
