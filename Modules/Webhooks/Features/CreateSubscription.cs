using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Webhooks;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.References;
using OrganAffairs.Shared.Security;
using OrganAffairs.Webhooks.Data;
using OrganAffairs.Webhooks.Support;

namespace OrganAffairs.Webhooks.Features;

/// <summary>Subscribe a receiving system to events (Webhooks_CreateSubscription): the route.</summary>
internal static class CreateSubscription
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder webhooks) =>
        webhooks.MapPost("/", Handle).WithName("Webhooks_CreateSubscription")
            .WithSummary("Subscribe a receiving system to events (创建 Webhook 订阅)")
            .WithDescription("The target must be an absolute https URL (http, loopback and private addresses only where the configuration allows them). Each matching event is POSTed as a CloudEvents 1.0 structured JSON body signed per Standard Webhooks. The signing secret (whsec_…) is answered here once and never again; it is stored encrypted. Not idempotent by key: a stored answer would keep the secret. Audited.")
            .Produces<WebhookSubscriptionWithSecretResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(Scopes.Admin);

    private static async Task<Created<WebhookSubscriptionWithSecretResponse>> Handle(WebhookSubscriptionInput body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var created = await mediator.Send(new CreateSubscriptionCommand(body), ct);
        return ETags.Created(http, $"{WebhooksEndpoints.Root}/{created.Subscription.Id}", created, c => c.Subscription.Version);
    }
}

internal sealed record CreateSubscriptionCommand(WebhookSubscriptionInput Body) : ICommand<WebhookSubscriptionWithSecretResponse>;

internal sealed class CreateSubscriptionValidator : AbstractValidator<CreateSubscriptionCommand>
{
    public CreateSubscriptionValidator(WebhooksOptions options) => RuleFor(c => c.Body).SetValidator(new SubscriptionInputValidator(options));
}

internal sealed class CreateSubscriptionHandler(SubscriptionRepository subscriptions, SecretBox secrets, IMediator mediator, AuditTrail audit, IdGenerator ids, TimeProvider clock, OrganScope scope)
    : IRequestHandler<CreateSubscriptionCommand, WebhookSubscriptionWithSecretResponse>
{
    public async Task<WebhookSubscriptionWithSecretResponse> Handle(CreateSubscriptionCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        if (command.Body.OrganId is { } organId)
        {
            await OrganReferences.ActiveAsync(mediator, organId, "organId", WebhooksErrors.OrganRefNotFound, ct);
        }
        var now = clock.GetUtcNow();
        var secret = SecretBox.NewSecret();
        var row = new SubscriptionRow { Id = ids.NewId(), Active = command.Body.Active ?? true, Secret = secrets.Protect(secret), Version = 1, CreatedAt = now, UpdatedAt = now };
        SubscriptionViews.Apply(row, command.Body);
        row.DisabledReason = row.Active ? null : nameof(WebhookDisabledReason.Manual);
        await subscriptions.InsertAsync(row, ct);
        var response = SubscriptionViews.Response(row, now);
        audit.Record("WebhookSubscription", row.Id, null, AuditTrail.Diff(null, response));
        return new WebhookSubscriptionWithSecretResponse(response, secret);
    }
}
