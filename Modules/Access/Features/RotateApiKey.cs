using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Access.Data;
using OrganAffairs.Access.Domain;
using OrganAffairs.Access.Support;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Access.Features;

/// <summary>Rotate an API key (Access_RotateApiKey): the route.</summary>
internal static class RotateApiKey
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder keys) =>
        keys.MapPost("/{id:guid}/rotate", Handle).WithName("Access_RotateApiKey")
            .WithSummary("Rotate an API key: a new secret, the old one stops working at once (轮换 API 密钥)")
            .WithDescription("Same id, name, organ and scopes. The new key is in this response only.")
            .Produces<IssuedApiKeyResponse>().Problems(404, 409);

    private static async Task<Ok<IssuedApiKeyResponse>> Handle(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new RotateApiKeyCommand(id), ct));
}

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
