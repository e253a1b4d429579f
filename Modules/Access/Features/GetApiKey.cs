using MediatR;
using OrganAffairs.Access.Data;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Access.Features;

internal sealed record GetApiKeyQuery(Guid Id) : IQuery<ApiKeyResponse>;

internal sealed class GetApiKeyHandler(ApiKeyRepository keys) : IRequestHandler<GetApiKeyQuery, ApiKeyResponse>
{
    public async Task<ApiKeyResponse> Handle(GetApiKeyQuery query, CancellationToken ct) =>
        ApiKeyMapping.ToResponse(await keys.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(AccessErrors.KeyNotFound));
}
