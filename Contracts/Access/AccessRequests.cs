using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Contracts.Access;

/// <summary>Create an API key for a system client. The key itself is shown once, in the response.</summary>
/// <param name="Name" example="财政预算一体化系统">Who uses the key, at most 100 characters.</param>
/// <param name="OrganId">The organ the client acts for: it sees only that organ's records unless it is the bureau.</param>
/// <param name="Scopes" example="[&quot;organs.read&quot;]">Scopes granted, e.g. organs.read, organs.write, admin.</param>
/// <param name="ExpiresAt" example="2030-12-31T16:00:00Z">When the key stops working (UTC); none if omitted.</param>
public sealed record CreateApiKeyRequest(string Name, Guid OrganId, IReadOnlyList<string> Scopes, DateTimeOffset? ExpiresAt);

/// <summary>An API key as listed: never the key itself, which is stored only as a hash.</summary>
public sealed record ApiKeyResponse(
    Guid Id,
    string Name,
    Guid OrganId,
    IReadOnlyList<string> Scopes,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt,
    long Version);

/// <summary>A key just created or rotated: <see cref="Key"/> is shown this once and cannot be read again.</summary>
/// <param name="Key">Send it as the X-Api-Key header.</param>
public sealed record IssuedApiKeyResponse(ApiKeyResponse ApiKey, string Key);

/// <summary>
/// First start: when no API key exists yet, create one with every scope for the bureau's organ.
/// Answers the key only when it created one.
/// </summary>
public sealed record EnsureAdminApiKeyCommand(Guid BureauOrganId, IReadOnlyList<string> Scopes) : ICommand<string?>;

/// <summary>
/// The operator's `admin-key` command: a new API key with every scope for the bureau's organ, whatever
/// keys exist; revokes nothing. Answers the key (shown once, written to an owner-only file).
/// </summary>
public sealed record IssueAdminApiKeyCommand(Guid BureauOrganId, IReadOnlyList<string> Scopes, string Name) : ICommand<string>;
