using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Webhooks;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Webhooks.Data;
using OrganAffairs.Webhooks.Support;

namespace OrganAffairs.Webhooks.Features;

/// <summary>Read one subscription (Webhooks_GetSubscription): the route.</summary>
internal static class GetSubscription
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder webhooks) =>
        webhooks.MapGet("/{id:guid}", Handle).WithName("Webhooks_GetSubscription")
            .WithSummary("Read a webhook subscription (查看 Webhook 订阅)")
            .WithDescription("Its target, filters, state and failure count, with its ETag; never its secret.")
            .Produces<WebhookSubscriptionResponse>().Problems(404)
            .RequireScope(Scopes.Admin);

    private static async Task<Ok<WebhookSubscriptionResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetSubscriptionQuery(id), ct), s => s.Version);
}

internal sealed record GetSubscriptionQuery(Guid Id) : IQuery<WebhookSubscriptionResponse>;

internal sealed class GetSubscriptionHandler(SubscriptionRepository subscriptions, TimeProvider clock, OrganScope scope) : IRequestHandler<GetSubscriptionQuery, WebhookSubscriptionResponse>
{
    public async Task<WebhookSubscriptionResponse> Handle(GetSubscriptionQuery query, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        return SubscriptionViews.Response(await subscriptions.GetAsync(query.Id, ct) ?? throw new ProblemException(WebhooksErrors.SubscriptionNotFound), clock.GetUtcNow());
    }
}
