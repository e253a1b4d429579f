using MediatR;
using OrganAffairs.Access.Data;
using OrganAffairs.Access.Domain;
using OrganAffairs.Access.Support;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Access.Features;

/// <summary>
/// First start only: on a database with no API key at all, one key with every scope for the bureau.
/// The bootstrap row makes this happen once even when several instances start together.
/// </summary>
internal sealed class EnsureAdminApiKeyHandler(ApiKeyRepository keys, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<EnsureAdminApiKeyCommand, string?>
{
    public async Task<string?> Handle(EnsureAdminApiKeyCommand command, CancellationToken ct)
    {
        if (await keys.CountAsync(ct) > 0)
        {
            return null;
        }
        var row = new ApiKeyRow
        {
            Id = ids.NewId(),
            Name = "first-start admin",
            OrganId = command.BureauOrganId,
            Scopes = string.Join(' ', command.Scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
            Version = 1,
            CreatedAt = clock.UtcNow,
        };
        if (!await keys.TryClaimBootstrapAsync(row.Id, ct))
        {
            return null;
        }
        var key = ApiKeySecret.Issue(row.Id);
        row.KeyHash = ApiKeySecret.Hash(key);
        await keys.InsertAsync(row, ct);
        audit.Record("ApiKey", row.Id, row.OrganId, AuditTrail.Diff(null, ApiKeyMapping.Snapshot(row)));
        return key;
    }
}
