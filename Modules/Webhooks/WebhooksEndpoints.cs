using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Webhooks.Features;

namespace OrganAffairs.Webhooks;

/// <summary>The Webhooks module's index: one line per operation, in the contract's order; each route is in its feature file.</summary>
internal static class WebhooksEndpoints
{
    internal const string Root = "/api/v1/webhooks";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var webhooks = app.MapGroup(Root).WithTags(WebhooksModule.Tag);
        ListEventTypes.Map(webhooks);
        CreateSubscription.Map(webhooks);
        ListSubscriptions.Map(webhooks);
        GetSubscription.Map(webhooks);
        UpdateSubscription.Map(webhooks);
        DisableSubscription.Map(webhooks);
        RotateSecret.Map(webhooks);
        ListDeliveries.Map(webhooks);
        RedeliverEvent.Map(webhooks);
        return app;
    }
}
