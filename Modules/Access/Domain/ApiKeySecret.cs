using System.Security.Cryptography;
using System.Text;

namespace OrganAffairs.Access.Domain;

/// <summary>
/// Keys look like <c>oa_&lt;key id, 32 hex&gt;_&lt;secret, 43 base64url&gt;</c>: the id finds the row, the
/// secret proves possession. Only the SHA-256 of the whole key is stored; 256 random bits need no
/// slow hash, and the comparison is constant-time.
/// </summary>
internal static class ApiKeySecret
{
    private const string Prefix = "oa_";

    public static string Issue(Guid keyId)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return $"{Prefix}{keyId:N}_{secret}";
    }

    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static bool TryParseId(string? key, out Guid keyId)
    {
        keyId = Guid.Empty;
        return key is { Length: > 40 } && key.StartsWith(Prefix, StringComparison.Ordinal) && key[35] == '_'
               && Guid.TryParseExact(key.AsSpan(3, 32), "N", out keyId);
    }

    public static bool Matches(string key, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash));
}
