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
using OrganAffairs.Shared.Security;
using OrganAffairs.Webhooks.Data;
using OrganAffairs.Webhooks.Support;

namespace OrganAffairs.Webhooks.Features;

/// <summary>Rotate a subscription's signing secret (Webhooks_RotateSecret): the route.</summary>
internal static class RotateSecret
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder webhooks) =>
        webhooks.MapPost("/{id:guid}/rotate-secret", Handle).WithName("Webhooks_RotateSecret")
            .WithSummary("Rotate a subscription's signing secret (轮换签名密钥; If-Match required)")
            .WithDescription("Answers the new secret once. For overlapMinutes (0–10080) every delivery carries two signatures in webhook-signature, the new one and the old one, so the receiver can switch without losing an event; after it, only the new one. Audited (never the secrets).")
            .Produces<WebhookSubscriptionWithSecretResponse>().UpdateProblems()
            .RequireScope(Scopes.Admin);

    private static async Task<Ok<WebhookSubscriptionWithSecretResponse>> Handle(Guid id, RotateWebhookSecretRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new RotateSecretCommand(id, ETags.RequireIfMatch(http), body), ct), s => s.Subscription.Version);
}

internal sealed record RotateSecretCommand(Guid Id, IfMatch IfMatch, RotateWebhookSecretRequest Body) : ICommand<WebhookSubscriptionWithSecretResponse>;

internal sealed class RotateSecretValidator : AbstractValidator<RotateSecretCommand>
{
    public RotateSecretValidator() =>
        RuleFor(c => c.Body.OverlapMinutes).InclusiveBetween(0, 10080).WithErrorCode(WebhooksErrors.OverlapInvalid.Code).WithMessage(_ => WebhooksErrors.OverlapInvalid.Title);
}

internal sealed class RotateSecretHandler(SubscriptionRepository subscriptions, SecretBox secrets, AuditTrail audit, TimeProvider clock, OrganScope scope)
    : IRequestHandler<RotateSecretCommand, WebhookSubscriptionWithSecretResponse>
{
    public async Task<WebhookSubscriptionWithSecretResponse> Handle(RotateSecretCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var row = await subscriptions.GetAsync(command.Id, ct) ?? throw new ProblemException(WebhooksErrors.SubscriptionNotFound);
        var expected = command.IfMatch.Against(row.Version);
        var now = clock.GetUtcNow();
        var secret = SecretBox.NewSecret();
        var overlap = TimeSpan.FromMinutes(command.Body.OverlapMinutes);
        (row.PreviousSecret, row.PreviousSecretUntil) = overlap > TimeSpan.Zero ? (row.Secret, now + overlap) : ((string?)null, (DateTimeOffset?)null);
        (row.Secret, row.Version, row.UpdatedAt) = (secrets.Protect(secret), expected + 1, now);
        if (!await subscriptions.UpdateAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        audit.Record("WebhookSubscription", row.Id, null, AuditTrail.Diff(
            new { Secret = "(previous)", PreviousSecretValidUntil = (DateTimeOffset?)null }, new { Secret = "(rotated)", PreviousSecretValidUntil = row.PreviousSecretUntil }));
        return new WebhookSubscriptionWithSecretResponse(SubscriptionViews.Response(row, now), secret);
    }
}
