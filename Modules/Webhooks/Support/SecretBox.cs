using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace OrganAffairs.Webhooks.Support;

/// <summary>
/// Signing secrets at rest: they must be usable to sign, so they are encrypted (not hashed) with ASP.NET Core Data Protection
/// under a purpose of this module, as ForeignAffairs protects travel documents (docs/adr/0037, 0110). A secret is the Standard
/// Webhooks form <c>whsec_</c> + base64 of 32 random bytes.
/// </summary>
internal sealed class SecretBox(IDataProtector protector)
{
    public const string Purpose = "OrganAffairs.Webhooks.SigningSecret.v1";

    public static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string Protect(string secret) => protector.Protect(secret);

    public string Unprotect(string stored) => protector.Unprotect(stored);
}
