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
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Access.Features;

/// <summary>List API keys (Access_ListApiKeys): the route.</summary>
internal static class ListApiKeys
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder keys) =>
        keys.MapGet("/", Handle).WithName("Access_ListApiKeys")
            .WithSummary("List API keys (never the keys themselves; API 密钥列表)")
            .WithDescription("Filters: organId, includeRevoked (default false). Ordered by creation.")
            .Produces<PagedResult<ApiKeyResponse>>().Problems(400);

    private static async Task<Ok<PagedResult<ApiKeyResponse>>> Handle([AsParameters] ApiKeyListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListApiKeysQuery(p.OrganId, p.IncludeRevoked ?? false, PageRequest.From(p.Page, p.PageSize)), ct));
}

internal sealed record ListApiKeysQuery(Guid? OrganId, bool IncludeRevoked, PageRequest Page) : IQuery<PagedResult<ApiKeyResponse>>;

internal sealed class ListApiKeysHandler(ApiKeyRepository keys) : IRequestHandler<ListApiKeysQuery, PagedResult<ApiKeyResponse>>
{
    public async Task<PagedResult<ApiKeyResponse>> Handle(ListApiKeysQuery query, CancellationToken ct)
    {
        var (rows, total) = await keys.ListAsync(query.OrganId, query.IncludeRevoked, query.Page, ct);
        return new PagedResult<ApiKeyResponse>(rows.Select(ApiKeyMapping.ToResponse).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}

/// <summary>Query parameters of GET /api/v1/access/api-keys.</summary>
internal sealed record ApiKeyListParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "includeRevoked")] public bool? IncludeRevoked { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
}
