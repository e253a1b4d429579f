using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrganAffairs.Access.Data;
using OrganAffairs.Access.Domain;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Access;

/// <summary>
/// The X-Api-Key scheme. A key that is unknown, revoked, expired or does not match its hash fails;
/// the log names the key id when there is one, never the key.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyRepository keys,
    ApiKeyCache cache,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[AuthenticationSetup.ApiKeyHeader].ToString();
        if (key.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }
        if (!ApiKeySecret.TryParseId(key, out var keyId))
        {
            return Fail("malformed", null);
        }
        var row = cache.Get(keyId);
        if (row is null && (row = await keys.FindForAuthenticationAsync(keyId, Context.RequestAborted)) is not null)
        {
            cache.Put(row);
        }
        var now = clock.GetUtcNow();
        if (row is null || !ApiKeySecret.Matches(key, row.KeyHash))
        {
            return Fail("unknown key or wrong secret", keyId);
        }
        if (row.RevokedAt is not null)
        {
            return Fail("revoked", keyId);
        }
        if (row.ExpiresAt is { } expires && expires <= now)
        {
            return Fail("expired", keyId);
        }
        if (cache.ShouldTouch(row.Id))
        {
            await keys.TouchAsync(row.Id, now, Context.RequestAborted);
        }

        var claims = new List<Claim>
        {
            new("sub", row.Id.ToString()),
            new(Scopes.OrganClaim, row.OrganId.ToString()),
            new(Scopes.ClientClaim, row.Name),
        };
        claims.AddRange(row.ScopeList.Select(s => new Claim(Scopes.ScopeClaim, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationSetup.ApiKeyScheme));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, AuthenticationSetup.ApiKeyScheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers.WWWAuthenticate = $"ApiKey header=\"{AuthenticationSetup.ApiKeyHeader}\"";
        return Task.CompletedTask;
    }

    private AuthenticateResult Fail(string reason, Guid? keyId)
    {
        Logger.LogWarning("API key rejected ({Reason}) for key {KeyId} from {RemoteIp}", reason, keyId, Context.Connection.RemoteIpAddress);
        return AuthenticateResult.Fail(reason);
    }
}
