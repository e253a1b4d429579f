using MediatR;
using OrganAffairs.Access.Data;
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
        var row = AdminKeys.Row(ids.NewId(), "first-start admin", command.BureauOrganId, command.Scopes, clock.UtcNow);
        if (!await keys.TryClaimBootstrapAsync(row.Id, ct))
        {
            return null;
        }
        return await AdminKeys.InsertAsync(row, keys, audit, ct);
    }
}
