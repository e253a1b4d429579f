using System.Runtime.CompilerServices;
using System.Text.Json;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Tests.Architecture.Violations.Webhooks;
using OrganAffairs.Webhooks.Features;
using OrganAffairs.Webhooks.Support;
using Xunit;

namespace OrganAffairs.Tests.Architecture;

/// <summary>
/// Every integration event reaches the Webhooks hook (docs/adr/0110): the outbox can carry it (declared in Contracts, so the
/// outbox resolves its name) and the hook can describe it and make its CloudEvents body. Shown failing on a planted event
/// declared outside Contracts, which a module could only publish around the outbox.
/// </summary>
public sealed class WebhookHookTests
{
    internal static IReadOnlyList<string> EventsTheHookMisses(IEnumerable<Type> types)
    {
        var problems = new List<string>();
        foreach (var type in types.Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IIntegrationEvent).IsAssignableFrom(t)))
        {
            if (OutboxTypes.Resolve(type.FullName!) != type)
            {
                problems.Add($"{type.FullName}: not an outbox event (declared outside Contracts)");
            }
            if (EventCatalogue.Find(type) is not { } description)
            {
                problems.Add($"{type.FullName}: not in the webhook event catalogue");
                continue;
            }
            try
            {
                var instance = (IIntegrationEvent)RuntimeHelpers.GetUninitializedObject(type);
                var body = JsonDocument.Parse(QueueDeliveriesHandler.Body(instance, description, EventCatalogue.OrganOf(instance))).RootElement;
                if (body.GetProperty("type").GetString() != description.CloudEventType || body.GetProperty("data").ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"{type.FullName}: its CloudEvents body lacks its type or data");
                }
            }
            catch (Exception ex)
            {
                problems.Add($"{type.FullName}: no CloudEvents body ({ex.GetType().Name}: {ex.Message})");
            }
        }
        return problems;
    }

    [Fact]
    public void Every_event_type_in_Contracts_reaches_the_webhook_hook()
    {
        var events = typeof(IIntegrationEvent).Assembly.GetTypes().Where(t => typeof(IIntegrationEvent).IsAssignableFrom(t) && !t.IsInterface).ToList();
        Assert.NotEmpty(events);
        Assert.Empty(EventsTheHookMisses(events));
        Assert.Equal(events.Count, EventCatalogue.All.Count);
    }

    [Fact]
    public void The_hook_rule_catches_a_planted_event_that_bypasses_it() =>
        Assert.Equal(
            [$"{typeof(PlantedEventOutsideContracts).FullName}: not an outbox event (declared outside Contracts)", $"{typeof(PlantedEventOutsideContracts).FullName}: not in the webhook event catalogue"],
            EventsTheHookMisses([typeof(PlantedEventOutsideContracts)]));

    [Fact]
    public void The_host_registers_the_hook_the_outbox_dispatcher_calls()
    {
        var registered = typeof(OrganAffairs.Webhooks.WebhooksModule).Assembly.GetTypes().Where(t => typeof(IIntegrationEventHook).IsAssignableFrom(t)).ToList();
        Assert.Equal([typeof(WebhookFanOut)], registered);
    }
}
