using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Shared.Security;

/// <summary>Configuration section "Auth".</summary>
public sealed class AuthOptions
{
    /// <summary>The JWT claim that carries the principal's organ id.</summary>
    public string OrganClaim { get; set; } = "organ_id";

    /// <summary>The JWT claim that carries scopes (space-separated, or repeated).</summary>
    public string ScopeClaim { get; set; } = "scope";

    public JwtOptions Jwt { get; set; } = new();
}

/// <summary>The government identity provider's tokens: issuer, audience, and keys (JWKS via Authority/MetadataAddress, or PEM public keys).</summary>
public sealed class JwtOptions
{
    public string? Issuer { get; set; }
    public string? Audience { get; set; }
    public string? Authority { get; set; }
    public string? MetadataAddress { get; set; }
    public List<string> SigningKeys { get; set; } = [];
}

public static class AuthenticationSetup
{
    public const string ApiKeyScheme = "ApiKey";
    public const string BearerScheme = JwtBearerDefaults.AuthenticationScheme;
    public const string ApiKeyHeader = "X-Api-Key";
    private const string SelectorScheme = "ApiKeyOrBearer";

    /// <summary>
    /// Two schemes behind one default: a request with X-Api-Key is checked as an API key (the Access
    /// module adds that handler), anything else as a JWT bearer token. Every endpoint needs an
    /// authenticated principal unless it opts out.
    /// </summary>
    public static IServiceCollection AddOrganAffairsSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuthOptions>(configuration.GetSection("Auth"));
        services.AddSingleton<BureauOrgan>();
        services.AddSingleton<BureauJurisdictions>();
        services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, "API key or bearer token", o =>
                o.ForwardDefaultSelector = context => context.Request.Headers.ContainsKey(ApiKeyHeader) ? ApiKeyScheme : BearerScheme)
            .AddJwtBearer(BearerScheme, _ => { });
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, ConfigureJwt>();
        services.AddSingleton<IAuthorizationPolicyProvider, ScopePolicyProvider>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    /// <summary>Reads the JWT options when first needed, so hosts (and tests) can add configuration late.</summary>
    private sealed class ConfigureJwt(IOptions<AuthOptions> auth, ILoggerFactory loggers) : IConfigureNamedOptions<JwtBearerOptions>
    {
        public void Configure(JwtBearerOptions options) => Configure(BearerScheme, options);

        public void Configure(string? name, JwtBearerOptions options)
        {
            if (name != BearerScheme)
            {
                return;
            }
            var jwt = auth.Value.Jwt;
            options.MapInboundClaims = false;
            options.Authority = string.IsNullOrWhiteSpace(jwt.Authority) ? null : jwt.Authority;
            options.MetadataAddress = jwt.MetadataAddress ?? "";
            options.RequireHttpsMetadata = jwt.Authority?.StartsWith("https", StringComparison.OrdinalIgnoreCase) ?? true;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateIssuer = true,
                ValidIssuer = jwt.Issuer,
                ValidateAudience = true,
                ValidAudience = jwt.Audience,
                ValidateLifetime = true,
                ClockSkew = TimeSpan.FromSeconds(30),
                RequireSignedTokens = true,
                IssuerSigningKeys = jwt.SigningKeys.Select(PublicKey).ToList(),
            };
            var log = loggers.CreateLogger("OrganAffairs.Authentication");
            options.Events = new JwtBearerEvents
            {
                OnTokenValidated = context =>
                {
                    context.Principal = Normalise(context.Principal!, auth.Value);
                    return Task.CompletedTask;
                },
                // The token itself is never logged.
                OnAuthenticationFailed = context =>
                {
                    log.LogWarning("Bearer token rejected: {Reason}", context.Exception.GetType().Name);
                    return Task.CompletedTask;
                },
            };
        }

        private static SecurityKey PublicKey(string pem)
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return new RsaSecurityKey(rsa);
        }

        /// <summary>Maps the identity provider's configurable claims onto this API's claim types.</summary>
        private static ClaimsPrincipal Normalise(ClaimsPrincipal principal, AuthOptions options)
        {
            var identity = new ClaimsIdentity(principal.Claims, BearerScheme);
            foreach (var claim in principal.FindAll(options.ScopeClaim))
            {
                foreach (var scope in claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    identity.AddClaim(new Claim(Scopes.ScopeClaim, scope));
                }
            }
            if (principal.FindFirst(options.OrganClaim) is { } organ)
            {
                identity.AddClaim(new Claim(Scopes.OrganClaim, organ.Value));
            }
            var client = principal.FindFirst("azp") ?? principal.FindFirst("client_id");
            if (client is not null)
            {
                identity.AddClaim(new Claim(Scopes.ClientClaim, client.Value));
            }
            return new ClaimsPrincipal(identity);
        }
    }

    /// <summary>Policies named "scope:x" are made on demand: authenticated and holding scope x.</summary>
    private sealed class ScopePolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
    {
        public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
        {
            if (!policyName.StartsWith(Scopes.PolicyPrefix, StringComparison.Ordinal))
            {
                return await base.GetPolicyAsync(policyName);
            }
            var scope = policyName[Scopes.PolicyPrefix.Length..];
            return new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireClaim(Scopes.ScopeClaim, scope).Build();
        }
    }

    /// <summary>401 and 403 as problems with codes, after the scheme has set WWW-Authenticate.</summary>
    private sealed class ProblemAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
    {
        private readonly AuthorizationMiddlewareResultHandler _default = new();

        public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
        {
            if (result.Challenged)
            {
                await context.ChallengeAsync();
                await ProblemWriter.WriteAsync(context, SharedErrors.Unauthenticated);
                return;
            }
            if (result.Forbidden)
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await ProblemWriter.WriteAsync(context, SharedErrors.Forbidden);
                return;
            }
            await _default.HandleAsync(next, context, policy, result);
        }
    }
}

/// <summary>
/// Copies the authenticated user into <see cref="CurrentPrincipal"/>, where the organ scope and the
/// audit trail read it. A principal of an organ flagged as a lower-level bureau gets that bureau's
/// jurisdiction (read from the organ directory, cached for <see cref="BureauJurisdictions.Lifetime"/>).
/// </summary>
public sealed class PrincipalMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CurrentPrincipal principal, BureauOrgan bureau, BureauJurisdictions jurisdictions, OrganDirectory directory)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            var id = user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "unknown";
            Guid? organ = Guid.TryParse(user.FindFirst(Scopes.OrganClaim)?.Value, out var o) ? o : null;
            var seesAll = bureau.Is(organ);
            var jurisdiction = organ is { } organId && !seesAll ? await jurisdictions.PrefixAsync(organId, directory, context.RequestAborted) : null;
            principal.Set($"{user.Identity.AuthenticationType}:{id}", user.FindFirst(Scopes.ClientClaim)?.Value, organ, seesAll, jurisdiction);
        }
        await next(context);
    }
}
