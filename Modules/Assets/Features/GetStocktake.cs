using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Assets.Features;

/// <summary>Get stocktake (Assets_GetStocktake): the route; the query is <see cref="GetStocktakeReportQuery"/>.</summary>
internal static class GetStocktake
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder stocktakes) =>
        stocktakes.MapGet("/{id:guid}", Handle).WithName("Assets_GetStocktake")
            .WithSummary("Get a stock-take with its counts (盘点详情)")
            .WithDescription("Expected, found (在位), found elsewhere (异位), missing (盘亏) and pending lines. An organ's campaign is visible to that organ, a building's only to the bureau.")
            .Produces<StocktakeResponse>().Problems(404)
            .RequireScope(AssetsModule.ReadScope);

    private static async Task<Ok<StocktakeResponse>> Handle(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok((await mediator.Send(new GetStocktakeReportQuery(id), ct)).Stocktake);
}
