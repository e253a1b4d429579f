using MediatR;
using OrganAffairs.Access.Data;
using OrganAffairs.Access.Domain;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Access.Features;

internal sealed record RotateApiKeyCommand(Guid Id) : ICommand<IssuedApiKeyResponse>;

/// <summary>A new secret for the same key id, name, organ and scopes; the old secret stops working at once.</summary>
internal sealed class RotateApiKeyHandler(ApiKeyRepository keys, ApiKeyCache cache, AuditTrail audit) : IRequestHandler<RotateApiKeyCommand, IssuedApiKeyResponse>
{
    public async Task<IssuedApiKeyResponse> Handle(RotateApiKeyCommand command, CancellationToken ct)
    {
        var row = await keys.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(AccessErrors.KeyNotFound);
        if (row.RevokedAt is not null)
        {
            throw new ProblemException(AccessErrors.KeyRevoked);
        }
        var before = ApiKeyMapping.Snapshot(row);
        var expected = row.Version;
        var key = ApiKeySecret.Issue(row.Id);
        row.KeyHash = ApiKeySecret.Hash(key);
        row.Version = expected + 1;
        if (!await keys.UpdateAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        var changes = new Dictionary<string, FieldChange>(AuditTrail.Diff(before, ApiKeyMapping.Snapshot(row))) { ["secret"] = new("rotated", "rotated") };
        cache.Evict(row.Id);
        audit.Record("ApiKey", row.Id, row.OrganId, changes);
        return new IssuedApiKeyResponse(ApiKeyMapping.ToResponse(row), key);
    }
}
