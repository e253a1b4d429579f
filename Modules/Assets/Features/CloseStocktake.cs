using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Assets.Data;
using OrganAffairs.Assets.Support;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Assets.Features;

/// <summary>Close stocktake (Assets_CloseStocktake): the route.</summary>
internal static class CloseStocktake
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder stocktakes) =>
        stocktakes.MapPost("/{id:guid}/close", Handle).WithName("Assets_CloseStocktake")
            .WithSummary("Close a stock-take: what was not seen is missing (盘亏)")
            .WithDescription("Every line still Pending becomes Missing, and every missing asset is flagged (`missing`, naming this campaign) until a later scan finds it or it is resolved.")
            .Produces<StocktakeResponse>().Problems(404, 409)
            .RequireScope(AssetsModule.WriteScope);

    private static async Task<Ok<StocktakeResponse>> Handle(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new CloseStocktakeCommand(id), ct));
}

internal sealed record CloseStocktakeCommand(Guid Id) : ICommand<StocktakeResponse>;

/// <summary>
/// Closing turns every line still Pending into Missing, and flags each missing asset (its missing flag names this
/// campaign) until a later scan finds it or someone resolves it.
/// </summary>
internal sealed class CloseStocktakeHandler(StocktakeRepository stocktakes, AssetLedger ledger, AuditTrail audit, BusinessClock clock, Violations violations, BureauOrgan bureau)
    : IRequestHandler<CloseStocktakeCommand, StocktakeResponse>
{
    public async Task<StocktakeResponse> Handle(CloseStocktakeCommand command, CancellationToken ct)
    {
        if (await stocktakes.GetVisibleAsync(command.Id, ct) is null)
        {
            throw new ProblemException(AssetsErrors.StocktakeNotFound);
        }
        await stocktakes.LockAsync(command.Id, ct);
        var row = (await stocktakes.GetVisibleAsync(command.Id, ct))!;
        if (row.Status != StocktakeStatus.Open)
        {
            throw new ProblemException(AssetsErrors.StocktakeClosed);
        }
        var items = await stocktakes.ItemsAsync(row.Id, ct);
        foreach (var item in items.Where(i => i.Result is StocktakeResult.Pending or StocktakeResult.Missing))
        {
            if (item.Result == StocktakeResult.Pending)
            {
                item.Result = StocktakeResult.Missing;
                await stocktakes.UpdateItemAsync(item, ct);
            }
            var asset = (await ledger.LockAsync(item.AssetId, ct))!;
            if (asset.Status != AssetStatus.Disposed)
            {
                var assetBefore = asset.ToResponse();
                asset.MissingStocktakeId = row.Id;
                await ledger.SaveAsync(asset, assetBefore, AssetEventKind.MarkedMissing, $"stocktake {row.Id}", null, ct);
                await violations.OpenOnceAsync(new ViolationFinding(
                    Duty.Assets, AssetLedger.MissingKind, asset.Id, OrganInBreach(asset.HolderOrganId ?? row.OrganId), "A1", null, clock.Today, null), ct);
            }
        }
        var before = StocktakeMapping.ToResponse(row, items);
        // An asset held by no organ, counted by a campaign of no organ, is the bureau's to account for.
        Guid OrganInBreach(Guid? organId) => organId ?? bureau.Id ?? throw new InvalidOperationException("The bureau's organ is not known yet.");
        var expected = row.Version;
        row.Status = StocktakeStatus.Closed;
        row.ClosedAt = clock.UtcNow;
        row.Version = expected + 1;
        if (!await stocktakes.CloseAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        var after = StocktakeMapping.ToResponse(row, items);
        audit.Record("AssetStocktake", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
