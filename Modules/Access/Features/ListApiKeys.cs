using MediatR;
using OrganAffairs.Access.Data;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Access.Features;

internal sealed record ListApiKeysQuery(Guid? OrganId, bool IncludeRevoked, PageRequest Page) : IQuery<PagedResult<ApiKeyResponse>>;

internal sealed class ListApiKeysHandler(ApiKeyRepository keys) : IRequestHandler<ListApiKeysQuery, PagedResult<ApiKeyResponse>>
{
    public async Task<PagedResult<ApiKeyResponse>> Handle(ListApiKeysQuery query, CancellationToken ct)
    {
        var (rows, total) = await keys.ListAsync(query.OrganId, query.IncludeRevoked, query.Page, ct);
        return new PagedResult<ApiKeyResponse>(rows.Select(ApiKeyMapping.ToResponse).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
