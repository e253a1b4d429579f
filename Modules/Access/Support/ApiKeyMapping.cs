using OrganAffairs.Access.Data;
using OrganAffairs.Contracts.Access;

namespace OrganAffairs.Access.Support;

internal static class ApiKeyMapping
{
    public static ApiKeyResponse ToResponse(ApiKeyRow row) =>
        new(row.Id, row.Name, row.OrganId, row.ScopeList, row.CreatedAt, row.ExpiresAt, row.RevokedAt, row.LastUsedAt, row.Version);

    /// <summary>What the audit trail records of a key: never its hash.</summary>
    public static ApiKeySnapshot Snapshot(ApiKeyRow row) => new ApiKeySnapshot(row.Name, row.OrganId, row.Scopes, row.ExpiresAt, row.RevokedAt, row.Version);
}

internal sealed record ApiKeySnapshot(string Name, Guid OrganId, string Scopes, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, long Version);
