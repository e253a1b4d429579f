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

/// <summary>Stop delivering to a subscription (Webhooks_DisableSubscription): the route.</summary>
internal static class DisableSubscription
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder webhooks) =>
        webhooks.MapPost("/{id:guid}/disable", Handle).WithName("Webhooks_DisableSubscription")
            .WithSummary("Disable a webhook subscription (停用 Webhook 订阅; If-Match required)")
            .WithDescription("No event is queued for it from now on and its pending deliveries wait; update it with active true to enable it again. Disabling a disabled subscription changes nothing. Audited.")
            .Produces<WebhookSubscriptionResponse>().UpdateProblems()
            .RequireScope(Scopes.Admin);

    private static async Task<Ok<WebhookSubscriptionResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new DisableSubscriptionCommand(id, ETags.RequireIfMatch(http)), ct), s => s.Version);
}

internal sealed record DisableSubscriptionCommand(Guid Id, IfMatch IfMatch) : ICommand<WebhookSubscriptionResponse>;

internal sealed class DisableSubscriptionHandler(SubscriptionRepository subscriptions, AuditTrail audit, TimeProvider clock, OrganScope scope)
    : IRequestHandler<DisableSubscriptionCommand, WebhookSubscriptionResponse>
{
    public async Task<WebhookSubscriptionResponse> Handle(DisableSubscriptionCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var row = await subscriptions.GetAsync(command.Id, ct) ?? throw new ProblemException(WebhooksErrors.SubscriptionNotFound);
        var expected = command.IfMatch.Against(row.Version);
        var now = clock.GetUtcNow();
        if (!row.Active)
        {
            return SubscriptionViews.Response(row, now);
        }
        (row.Active, row.DisabledReason, row.Version, row.UpdatedAt) = (false, nameof(WebhookDisabledReason.Manual), expected + 1, now);
        if (!await subscriptions.UpdateAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        audit.Record("WebhookSubscription", row.Id, null, AuditTrail.Diff(
            new { Active = true, DisabledReason = (string?)null }, new { Active = false, DisabledReason = (string?)row.DisabledReason }));
        return SubscriptionViews.Response(row, now);
    }
}
