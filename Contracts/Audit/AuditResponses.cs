namespace OrganAffairs.Contracts.Audit;

/// <summary>One recorded change: who, through which client, when, what, and each changed field's old and new value.</summary>
/// <param name="Principal">e.g. ApiKey:&lt;key id&gt; or Bearer:&lt;subject&gt;; "system" for background work.</param>
/// <param name="Client">The API key's name or the token's client id.</param>
/// <param name="PrincipalOrganId">The organ the principal belongs to.</param>
/// <param name="Action">Module and use case, e.g. Organs.UpdateOrgan.</param>
/// <param name="OrganId">The organ the changed record belongs to.</param>
/// <param name="Changes">Field → { old, new } as JSON.</param>
public sealed record AuditEntryResponse(
    Guid Id,
    DateTimeOffset OccurredAt,
    string Principal,
    string? Client,
    Guid? PrincipalOrganId,
    string Action,
    string EntityType,
    Guid EntityId,
    Guid? OrganId,
    System.Text.Json.JsonElement Changes,
    string? TraceId);
