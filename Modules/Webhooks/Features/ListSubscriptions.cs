using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Webhooks;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Webhooks.Data;
using OrganAffairs.Webhooks.Support;

namespace OrganAffairs.Webhooks.Features;

/// <summary>List subscriptions (Webhooks_ListSubscriptions): the route.</summary>
internal static class ListSubscriptions
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder webhooks) =>
        webhooks.MapGet("/", Handle).WithName("Webhooks_ListSubscriptions")
            .WithSummary("List webhook subscriptions (列出 Webhook 订阅)")
            .WithDescription("Oldest first, paged; ?active=true|false filters by state.")
            .Produces<PagedResult<WebhookSubscriptionResponse>>().Problems(400)
            .RequireScope(Scopes.Admin);

    private static async Task<Ok<PagedResult<WebhookSubscriptionResponse>>> Handle(bool? active, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListSubscriptionsQuery(active, PageRequest.From(page, pageSize)), ct));
}

internal sealed record ListSubscriptionsQuery(bool? Active, PageRequest Page) : IQuery<PagedResult<WebhookSubscriptionResponse>>;

internal sealed class ListSubscriptionsHandler(SubscriptionRepository subscriptions, TimeProvider clock, OrganScope scope)
    : IRequestHandler<ListSubscriptionsQuery, PagedResult<WebhookSubscriptionResponse>>
{
    public async Task<PagedResult<WebhookSubscriptionResponse>> Handle(ListSubscriptionsQuery query, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var (rows, total) = await subscriptions.PageAsync(query.Active, query.Page.Skip, query.Page.Take, ct);
        var now = clock.GetUtcNow();
        return new PagedResult<WebhookSubscriptionResponse>(rows.Select(r => SubscriptionViews.Response(r, now)).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
