using FluentValidation;
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
using OrganAffairs.Shared.References;
using OrganAffairs.Shared.Security;
using OrganAffairs.Webhooks.Data;
using OrganAffairs.Webhooks.Support;

namespace OrganAffairs.Webhooks.Features;

/// <summary>Change a subscription's target, filters or state (Webhooks_UpdateSubscription): the route.</summary>
internal static class UpdateSubscription
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder webhooks) =>
        webhooks.MapPut("/{id:guid}", Handle).WithName("Webhooks_UpdateSubscription")
            .WithSummary("Change a webhook subscription (修改 Webhook 订阅; If-Match required)")
            .WithDescription("Replaces the target and filters; active true enables a disabled subscription again with its failure count at 0 (events of the disabled period were not queued), false disables it. The secret is unchanged (rotate it instead). Audited.")
            .Produces<WebhookSubscriptionResponse>().UpdateProblems()
            .RequireScope(Scopes.Admin);

    private static async Task<Ok<WebhookSubscriptionResponse>> Handle(Guid id, WebhookSubscriptionInput body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateSubscriptionCommand(id, ETags.RequireIfMatch(http), body), ct), s => s.Version);
}

internal sealed record UpdateSubscriptionCommand(Guid Id, IfMatch IfMatch, WebhookSubscriptionInput Body) : ICommand<WebhookSubscriptionResponse>;

internal sealed class UpdateSubscriptionValidator : AbstractValidator<UpdateSubscriptionCommand>
{
    public UpdateSubscriptionValidator(WebhooksOptions options) => RuleFor(c => c.Body).SetValidator(new SubscriptionInputValidator(options));
}

internal sealed class UpdateSubscriptionHandler(SubscriptionRepository subscriptions, IMediator mediator, AuditTrail audit, TimeProvider clock, OrganScope scope)
    : IRequestHandler<UpdateSubscriptionCommand, WebhookSubscriptionResponse>
{
    public async Task<WebhookSubscriptionResponse> Handle(UpdateSubscriptionCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var row = await subscriptions.GetAsync(command.Id, ct) ?? throw new ProblemException(WebhooksErrors.SubscriptionNotFound);
        var expected = command.IfMatch.Against(row.Version);
        if (command.Body.OrganId is { } organId && organId != row.OrganId)
        {
            await OrganReferences.ActiveAsync(mediator, organId, "organId", WebhooksErrors.OrganRefNotFound, ct);
        }
        var now = clock.GetUtcNow();
        var before = SubscriptionViews.Response(row, now);
        SubscriptionViews.Apply(row, command.Body);
        switch (command.Body.Active)
        {
            case true when !row.Active:
                (row.Active, row.DisabledReason, row.ConsecutiveFailures, row.FailingSince) = (true, null, 0, null);
                break;
            case false when row.Active:
                (row.Active, row.DisabledReason) = (false, nameof(WebhookDisabledReason.Manual));
                break;
        }
        (row.Version, row.UpdatedAt) = (expected + 1, now);
        if (!await subscriptions.UpdateAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        var after = SubscriptionViews.Response(row, now);
        audit.Record("WebhookSubscription", row.Id, null, AuditTrail.Diff(before with { Version = 0, UpdatedAt = default }, after with { Version = 0, UpdatedAt = default }));
        return after;
    }
}
