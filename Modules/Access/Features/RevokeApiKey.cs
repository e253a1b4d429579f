using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Access.Data;
using OrganAffairs.Access.Support;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Access.Features;

/// <summary>Revoke an API key (Access_RevokeApiKey): the route.</summary>
internal static class RevokeApiKey
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder keys) =>
        keys.MapPost("/{id:guid}/revoke", Handle).WithName("Access_RevokeApiKey")
            .WithSummary("Revoke an API key; it fails from the next request on (吊销 API 密钥)")
            .WithDescription("Revoked keys stay listed (includeRevoked=true) for the audit trail.")
            .Produces<ApiKeyResponse>().Problems(404, 409);

    private static async Task<Ok<ApiKeyResponse>> Handle(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new RevokeApiKeyCommand(id), ct));
}

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
