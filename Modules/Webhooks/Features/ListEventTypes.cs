using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Webhooks;
using OrganAffairs.Shared.Security;
using OrganAffairs.Webhooks.Support;

namespace OrganAffairs.Webhooks.Features;

/// <summary>The event types a subscription may name (Webhooks_ListEventTypes): the route.</summary>
internal static class ListEventTypes
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder webhooks) =>
        webhooks.MapGet("/event-types", Handle).WithName("Webhooks_ListEventTypes")
            .WithSummary("The event types one may subscribe to (可订阅的事件类型)")
            .WithDescription("Each CloudEvents type (organaffairs.{module}.{Name}), the module filter it answers to, and the name of its data's schema in this document's components (the CloudEvents data member).")
            .Produces<IReadOnlyList<WebhookEventTypeResponse>>()
            .RequireScope(Scopes.Admin);

    private static async Task<Ok<IReadOnlyList<WebhookEventTypeResponse>>> Handle(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListEventTypesQuery(), ct));
}

internal sealed record ListEventTypesQuery : IQuery<IReadOnlyList<WebhookEventTypeResponse>>;

internal sealed class ListEventTypesHandler(OrganScope scope) : IRequestHandler<ListEventTypesQuery, IReadOnlyList<WebhookEventTypeResponse>>
{
    public Task<IReadOnlyList<WebhookEventTypeResponse>> Handle(ListEventTypesQuery query, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        return Task.FromResult<IReadOnlyList<WebhookEventTypeResponse>>(EventCatalogue.All.Select(d => new WebhookEventTypeResponse(d.CloudEventType, d.Module, d.DataSchema)).ToList());
    }
}
