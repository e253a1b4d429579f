using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Assets.Features;

/// <summary>Start repair (Assets_StartRepair): the route; the command is <see cref="RepairAssetCommand"/>.</summary>
internal static class StartRepair
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder assets) =>
        assets.MapPost("/{id:guid}/repair", Handle).WithName("Assets_StartRepair")
            .WithSummary("Send an asset to repair (送修)")
            .WithDescription("InStock or Assigned → InRepair; the holder stays. An asset in repair cannot be checked out.")
            .Produces<AssetResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(AssetsModule.WriteScope);

    private static async Task<Ok<AssetResponse>> Handle(Guid id, AssetActionRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new RepairAssetCommand(id, true, body), ct), a => a.Version);
}
