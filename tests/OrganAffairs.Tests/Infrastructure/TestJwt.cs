using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OrganAffairs.Tests.Infrastructure;

/// <summary>A locally generated signing key standing in for the identity provider's.</summary>
public static class TestJwt
{
    public const string Issuer = "https://idp.test.local";
    public const string Audience = "organaffairs";
    private static readonly RSA Key = RSA.Create(2048);

    public static string PublicKeyPem => Key.ExportSubjectPublicKeyInfoPem();

    public static string Token(Guid organId, string scopes, DateTime? expires = null, RSA? signWith = null, string issuer = Issuer)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = Audience,
            NotBefore = now.AddMinutes(-5),
            IssuedAt = now.AddMinutes(-5),
            Expires = expires ?? now.AddMinutes(30),
            Subject = new ClaimsIdentity([new Claim("sub", "user-" + organId.ToString("N")[..8]), new Claim("organ_id", organId.ToString()), new Claim("scope", scopes), new Claim("azp", "portal")]),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signWith ?? Key), SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
