using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace OrganAffairs.Shared.Security;

/// <summary>Scopes (organs.read, organs.write, …, admin) and the claims this API reads them from.</summary>
public static class Scopes
{
    public const string Admin = "admin";

    /// <summary>Normalised claim types; both authentication schemes produce these.</summary>
    public const string ScopeClaim = "oa:scope";
    public const string OrganClaim = "oa:organ";
    public const string ClientClaim = "oa:client";
    public const string PolicyPrefix = "scope:";

    /// <summary>Requires an authenticated principal holding the scope (403 otherwise).</summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(PolicyPrefix + scope);

    /// <summary>Declares scopes a module's endpoints use; the first-start admin key gets every declared scope.</summary>
    public static IServiceCollection AddScopes(this IServiceCollection services, params string[] scopes)
    {
        foreach (var scope in scopes)
        {
            services.AddSingleton(new DeclaredScope(scope));
        }
        return services;
    }
}

public sealed record DeclaredScope(string Name);
