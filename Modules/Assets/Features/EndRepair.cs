using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Assets.Features;

/// <summary>End repair (Assets_EndRepair): the route; the command is <see cref="RepairAssetCommand"/>.</summary>
internal static class EndRepair
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder assets) =>
        assets.MapPost("/{id:guid}/repair-return", Handle).WithName("Assets_EndRepair")
            .WithSummary("Take an asset back from repair (修复返回)")
            .WithDescription("InRepair → Assigned to its holder, or InStock when it had none.")
            .Produces<AssetResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(AssetsModule.WriteScope);

    private static async Task<Ok<AssetResponse>> Handle(Guid id, AssetActionRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new RepairAssetCommand(id, false, body), ct), a => a.Version);
}
