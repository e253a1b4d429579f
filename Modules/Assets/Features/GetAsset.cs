using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Assets.Data;
using OrganAffairs.Assets.Support;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Assets.Features;

/// <summary>Get asset (Assets_GetAsset): the route.</summary>
internal static class GetAsset
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder assets) =>
        assets.MapGet("/{id:guid}", Handle).WithName("Assets_GetAsset")
            .WithSummary("Get an asset (资产), with its ETag")
            .WithDescription("An ordinary organ sees the assets it holds and those it has reserved; any other answers 404 like a missing one.")
            .Produces<AssetResponse>().Problems(404)
            .RequireScope(AssetsModule.ReadScope);

    private static async Task<Ok<AssetResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetAssetQuery(id), ct), a => a.Version);
}

internal sealed record GetAssetQuery(Guid Id) : IQuery<AssetResponse>;

internal sealed class GetAssetHandler(AssetRepository assets) : IRequestHandler<GetAssetQuery, AssetResponse>
{
    public async Task<AssetResponse> Handle(GetAssetQuery query, CancellationToken ct) =>
        (await assets.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(AssetsErrors.AssetNotFound)).ToResponse();
}
