using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Access.Data;
using OrganAffairs.Shared;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Mediation;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Access;

/// <summary>The Access module: API keys for system-to-system clients, and the X-Api-Key authentication scheme.</summary>
public static class AccessModule
{
    public const string Name = "access";
    internal const string Tag = "Access: API keys";

    public static IServiceCollection AddAccessModule(this IServiceCollection services)
    {
        services.AddScoped<ApiKeyRepository>();
        services.AddSingleton<ApiKeyCache>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthenticationSetup.ApiKeyScheme, _ => { });
        services.AddHandlersFrom(typeof(AccessModule).Assembly);
        services.AddModuleMigrations(Name, typeof(AccessModule).Assembly);
        services.AddScopes(Scopes.Admin);
        services.AddApiTag(Tag, "API 密钥 — keys for system-to-system clients: create (shown once), list, revoke, rotate. Admin scope.");
        return services;
    }

    public static IEndpointRouteBuilder MapAccessModule(this IEndpointRouteBuilder app) => AccessEndpoints.Map(app);
}
