using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Webhooks;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Webhooks.Data;
using OrganAffairs.Webhooks.Support;

namespace OrganAffairs.Webhooks.Features;

/// <summary>Send one event to a subscription again (Webhooks_RedeliverEvent): the route.</summary>
internal static class RedeliverEvent
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder webhooks) =>
        webhooks.MapPost("/{id:guid}/deliveries/{eventId:guid}/redeliver", Handle).WithName("Webhooks_RedeliverEvent")
            .WithSummary("Deliver one event again (重新投递)")
            .WithDescription("Queues the subscription's delivery of that event for now, whatever its state (a Failed one, or a Delivered one the receiver lost), with the same body and webhook-id so the receiver can dedupe. 409 while the subscription is disabled. Audited.")
            .Produces<WebhookDeliveryResponse>(StatusCodes.Status202Accepted).Problems(404, 409)
            .RequireScope(Scopes.Admin);

    private static async Task<Accepted<WebhookDeliveryResponse>> Handle(Guid id, Guid eventId, IMediator mediator, CancellationToken ct) =>
        TypedResults.Accepted($"{WebhooksEndpoints.Root}/{id}/deliveries", await mediator.Send(new RedeliverEventCommand(id, eventId), ct));
}

internal sealed record RedeliverEventCommand(Guid Id, Guid EventId) : ICommand<WebhookDeliveryResponse>;

internal sealed class RedeliverEventHandler(SubscriptionRepository subscriptions, DeliveryRepository deliveries, WebhookSignal signal, AuditTrail audit, TimeProvider clock, OrganScope scope)
    : IRequestHandler<RedeliverEventCommand, WebhookDeliveryResponse>
{
    public async Task<WebhookDeliveryResponse> Handle(RedeliverEventCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var subscription = await subscriptions.GetAsync(command.Id, ct) ?? throw new ProblemException(WebhooksErrors.SubscriptionNotFound);
        var delivery = await deliveries.GetAsync(command.Id, command.EventId, ct) ?? throw new ProblemException(WebhooksErrors.DeliveryNotFound);
        if (!subscription.Active)
        {
            throw new ProblemException(WebhooksErrors.SubscriptionInactive);
        }
        var now = clock.GetUtcNow();
        await deliveries.RequeueAsync(delivery.Id, now, ct);
        audit.Record("WebhookDelivery", delivery.Id, null, AuditTrail.Diff(new { Status = delivery.Status.ToString() }, new { Status = nameof(WebhookDeliveryStatus.Pending) }));
        signal.Notify();
        (delivery.Status, delivery.NextAttemptAt) = (WebhookDeliveryStatus.Pending, now);
        return SubscriptionViews.Response(delivery);
    }
}
