using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Assets.Features;

namespace OrganAffairs.Assets;

/// <summary>The Assets module's index: one line per operation, in the contract's order; each route is in its feature file.</summary>
internal static class AssetsEndpoints
{
    internal const string Root = "/api/v1/assets";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var assets = app.MapGroup(Root).WithTags(AssetsModule.AssetsTag);
        RegisterAsset.Map(assets);
        GetAsset.Map(assets);
        ListAssets.Map(assets);
        UpdateAsset.Map(assets);
        CheckoutAsset.Map(assets);
        CheckinAsset.Map(assets);
        MoveAsset.Map(assets);
        StartRepair.Map(assets);
        EndRepair.Map(assets);
        DisposeAsset.Map(assets);
        ResolveMissing.Map(assets);
        ListAssetHistory.Map(assets);
        ListWarranty.Map(assets);
        ListEndOfLife.Map(assets);
        GetHoldingsReport.Map(assets);

        var reservations = app.MapGroup(Root + "/reservations").WithTags(AssetsModule.ReservationsTag);
        CreateReservation.Map(reservations);
        GetReservation.Map(reservations);
        ListReservations.Map(reservations);
        CancelReservation.Map(reservations);
        StartReservation.Map(reservations);

        var stocktakes = app.MapGroup(Root + "/stocktakes").WithTags(AssetsModule.StocktakesTag);
        CreateStocktake.Map(stocktakes);
        GetStocktake.Map(stocktakes);
        ListStocktakes.Map(stocktakes);
        RecordScan.Map(stocktakes);
        CloseStocktake.Map(stocktakes);
        GetStocktakeReport.Map(stocktakes);

        var rules = app.MapGroup(Root + "/rules").WithTags(AssetsModule.RulesTag);
        ListServiceLifeRules.Map(rules);
        CreateServiceLifeRule.Map(rules);
        return app;
    }
}
