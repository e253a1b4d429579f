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
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Access.Features;

/// <summary>Get an API key (Access_GetApiKey): the route.</summary>
internal static class GetApiKey
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder keys) =>
        keys.MapGet("/{id:guid}", Handle).WithName("Access_GetApiKey")
            .WithSummary("Get an API key's metadata, including when it was last used (API 密钥详情)")
            .WithDescription("Last use is recorded at most once a minute.")
            .Produces<ApiKeyResponse>().Problems(404);

    private static async Task<Ok<ApiKeyResponse>> Handle(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetApiKeyQuery(id), ct));
}

internal sealed record GetApiKeyQuery(Guid Id) : IQuery<ApiKeyResponse>;

internal sealed class GetApiKeyHandler(ApiKeyRepository keys) : IRequestHandler<GetApiKeyQuery, ApiKeyResponse>
{
    public async Task<ApiKeyResponse> Handle(GetApiKeyQuery query, CancellationToken ct) =>
        ApiKeyMapping.ToResponse(await keys.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(AccessErrors.KeyNotFound));
}
