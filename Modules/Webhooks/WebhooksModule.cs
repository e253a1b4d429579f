using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Mediation;
using OrganAffairs.Shared;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Webhooks.Data;
using OrganAffairs.Webhooks.Support;

namespace OrganAffairs.Webhooks;

/// <summary>
/// The Webhooks module (docs/adr/0110): subscriptions of other government systems to the integration events, a delivery
/// row per matching subscription queued by the outbox hook, and a worker in every Host that POSTs signed CloudEvents with
/// retries, disables dead subscriptions and keeps a delivery log. Managed with the admin scope.
/// </summary>
public static class WebhooksModule
{
    public const string Name = "webhooks";
    internal const string Tag = "Webhooks";

    public static IServiceCollection AddWebhooksModule(this IServiceCollection services)
    {
        services.AddOptions<WebhooksOptions>().BindConfiguration(WebhooksOptions.Section);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<WebhooksOptions>>().Value);
        services.AddScoped<SubscriptionRepository>();
        services.AddScoped<DeliveryRepository>();
        services.AddDataProtection();
        services.AddSingleton(sp => new SecretBox(SecretsProvider(sp).CreateProtector(SecretBox.Purpose)));
        services.AddSingleton<WebhookSignal>();
        services.AddSingleton<WebhookSender>();
        services.AddScoped<IIntegrationEventHook, WebhookFanOut>();
        services.AddSingleton<DeliveryWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryWorker>());
        services.AddHandlersFrom(typeof(WebhooksModule).Assembly);
        services.AddModuleMigrations(Name, typeof(WebhooksModule).Assembly);
        services.AddApiTag(Tag, "Webhook 订阅 — other government systems subscribe to the integration events; each is POSTed as a signed CloudEvents 1.0 JSON body (Standard Webhooks headers), retried with back-off, logged per subscription; a receiver that stays dead is disabled.");
        return services;
    }

    /// <summary>
    /// The key ring of the signing secrets: a directory of this module's own (Webhooks:SecretKeyDirectory, shared by every Host
    /// instance), or the Host's Data Protection key ring when none is configured.
    /// </summary>
    private static IDataProtectionProvider SecretsProvider(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>()["Webhooks:SecretKeyDirectory"] is { Length: > 0 } directory
            ? DataProtectionProvider.Create(new DirectoryInfo(directory), b => b.SetApplicationName("OrganAffairs.Webhooks"))
            : services.GetRequiredService<IDataProtectionProvider>();

    public static IEndpointRouteBuilder MapWebhooksModule(this IEndpointRouteBuilder app) => WebhooksEndpoints.Map(app);
}
