using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Access.Features;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Access;

/// <summary>Every route of the Access module: API key management, for the admin scope.</summary>
internal static class AccessEndpoints
{
    private const string Root = "/api/v1/access/api-keys";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup(Root).WithTags(AccessModule.Tag).RequireScope(Scopes.Admin);

        keys.MapPost("/", Create).WithName("Access_CreateApiKey")
            .WithSummary("Create an API key; the key is in this response only")
            .WithDescription("Stored only as a hash. Scopes must be declared ones (organs.read, organs.write, admin, …). The owning organ limits what the key sees unless it is the bureau. Accepts Idempotency-Key.")
            .Produces<IssuedApiKeyResponse>(StatusCodes.Status201Created).CreateProblems();
        keys.MapGet("/", List).WithName("Access_ListApiKeys")
            .WithSummary("List API keys (never the keys themselves)")
            .WithDescription("Filters: organId, includeRevoked (default false). Ordered by creation.")
            .Produces<PagedResult<ApiKeyResponse>>().Problems(400);
        keys.MapGet("/{id:guid}", Get).WithName("Access_GetApiKey")
            .WithSummary("Get an API key's metadata, including when it was last used")
            .WithDescription("Last use is recorded at most once a minute.")
            .Produces<ApiKeyResponse>().Problems(404);
        keys.MapPost("/{id:guid}/revoke", Revoke).WithName("Access_RevokeApiKey")
            .WithSummary("Revoke an API key; it fails from the next request on")
            .WithDescription("Revoked keys stay listed (includeRevoked=true) for the audit trail.")
            .Produces<ApiKeyResponse>().Problems(404, 409);
        keys.MapPost("/{id:guid}/rotate", Rotate).WithName("Access_RotateApiKey")
            .WithSummary("Rotate an API key: a new secret, the old one stops working at once")
            .WithDescription("Same id, name, organ and scopes. The new key is in this response only.")
            .Produces<IssuedApiKeyResponse>().Problems(404, 409);
        return app;
    }

    private static async Task<Created<IssuedApiKeyResponse>> Create(CreateApiKeyRequest body, IMediator mediator, CancellationToken ct)
    {
        var issued = await mediator.Send(new CreateApiKeyCommand(body), ct);
        return TypedResults.Created($"{Root}/{issued.ApiKey.Id}", issued);
    }

    private static async Task<Ok<PagedResult<ApiKeyResponse>>> List([AsParameters] ApiKeyListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListApiKeysQuery(p.OrganId, p.IncludeRevoked ?? false, PageRequest.From(p.Page, p.PageSize)), ct));

    private static async Task<Ok<ApiKeyResponse>> Get(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetApiKeyQuery(id), ct));

    private static async Task<Ok<ApiKeyResponse>> Revoke(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new RevokeApiKeyCommand(id), ct));

    private static async Task<Ok<IssuedApiKeyResponse>> Rotate(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new RotateApiKeyCommand(id), ct));
}

/// <summary>Query parameters of GET /api/v1/access/api-keys.</summary>
internal sealed record ApiKeyListParameters(
    [property: FromQuery(Name = "organId")] Guid? OrganId,
    [property: FromQuery(Name = "includeRevoked")] bool? IncludeRevoked,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize);
