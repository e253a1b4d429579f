using MediatR;
using OrganAffairs.Access.Data;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Access.Features;

internal sealed record RevokeApiKeyCommand(Guid Id) : ICommand<ApiKeyResponse>;

/// <summary>Revocation takes effect on the next request: keys are checked against the database every time.</summary>
internal sealed class RevokeApiKeyHandler(ApiKeyRepository keys, ApiKeyCache cache, AuditTrail audit, BusinessClock clock) : IRequestHandler<RevokeApiKeyCommand, ApiKeyResponse>
{
    public async Task<ApiKeyResponse> Handle(RevokeApiKeyCommand command, CancellationToken ct)
    {
        var row = await keys.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(AccessErrors.KeyNotFound);
        if (row.RevokedAt is not null)
        {
            throw new ProblemException(AccessErrors.KeyRevoked);
        }
        var before = ApiKeyMapping.Snapshot(row);
        var expected = row.Version;
        row.RevokedAt = clock.UtcNow;
        row.Version = expected + 1;
        if (!await keys.UpdateAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        cache.Evict(row.Id);
        audit.Record("ApiKey", row.Id, row.OrganId, AuditTrail.Diff(before, ApiKeyMapping.Snapshot(row)));
        return ApiKeyMapping.ToResponse(row);
    }
}
