using OrganAffairs.Access.Data;
using OrganAffairs.Access.Domain;
using OrganAffairs.Shared.Audit;

namespace OrganAffairs.Access.Support;

/// <summary>An admin key: every scope given, for the bureau's organ; stored hashed and audited.</summary>
internal static class AdminKeys
{
    public static ApiKeyRow Row(Guid id, string name, Guid bureauOrganId, IReadOnlyList<string> scopes, DateTimeOffset now) => new()
    {
        Id = id,
        Name = name,
        OrganId = bureauOrganId,
        Scopes = string.Join(' ', scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
        Version = 1,
        CreatedAt = now,
    };

    /// <returns>The key, which only its holder ever sees again.</returns>
    public static async Task<string> InsertAsync(ApiKeyRow row, ApiKeyRepository keys, AuditTrail audit, CancellationToken ct)
    {
        var key = ApiKeySecret.Issue(row.Id);
        row.KeyHash = ApiKeySecret.Hash(key);
        await keys.InsertAsync(row, ct);
        audit.Record("ApiKey", row.Id, row.OrganId, AuditTrail.Diff(null, ApiKeyMapping.Snapshot(row)));
        return key;
    }
}
