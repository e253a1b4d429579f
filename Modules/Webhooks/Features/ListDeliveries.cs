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

/// <summary>A subscription's delivery log (Webhooks_ListDeliveries): the route.</summary>
internal static class ListDeliveries
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder webhooks) =>
        webhooks.MapGet("/{id:guid}/deliveries", Handle).WithName("Webhooks_ListDeliveries")
            .WithSummary("A subscription's delivery log (投递记录)")
            .WithDescription("Newest event first, paged; ?status=Pending|Delivered|Failed filters. Each delivery: attempts, the last status code, error and latency, and the next attempt of a pending one.")
            .Produces<PagedResult<WebhookDeliveryResponse>>().Problems(400, 404)
            .RequireScope(Scopes.Admin);

    private static async Task<Ok<PagedResult<WebhookDeliveryResponse>>> Handle(Guid id, WebhookDeliveryStatus? status, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListDeliveriesQuery(id, status, PageRequest.From(page, pageSize)), ct));
}

internal sealed record ListDeliveriesQuery(Guid Id, WebhookDeliveryStatus? Status, PageRequest Page) : IQuery<PagedResult<WebhookDeliveryResponse>>;

internal sealed class ListDeliveriesHandler(SubscriptionRepository subscriptions, DeliveryRepository deliveries, OrganScope scope)
    : IRequestHandler<ListDeliveriesQuery, PagedResult<WebhookDeliveryResponse>>
{
    public async Task<PagedResult<WebhookDeliveryResponse>> Handle(ListDeliveriesQuery query, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        _ = await subscriptions.GetAsync(query.Id, ct) ?? throw new ProblemException(WebhooksErrors.SubscriptionNotFound);
        var (rows, total) = await deliveries.PageAsync(query.Id, query.Status, query.Page.Skip, query.Page.Take, ct);
        return new PagedResult<WebhookDeliveryResponse>(rows.Select(SubscriptionViews.Response).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
