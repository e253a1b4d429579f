using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Assets.Data;
using OrganAffairs.Assets.Domain;
using OrganAffairs.Assets.Support;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Assets.Features;

/// <summary>Record scan (Assets_RecordScan): the route.</summary>
internal static class RecordScan
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder stocktakes) =>
        stocktakes.MapPost("/{id:guid}/scans", Handle).WithName("Assets_RecordScan")
            .WithSummary("Record a scan or entry (扫码/录入) of one asset")
            .WithDescription("By asset tag. An expected asset in its expected room (or with no room recorded) is Found; in another room, or not expected in this campaign, FoundElsewhere; `missing: true` records it as Missing. A later scan replaces an earlier one. A closed campaign is 409 assets.stocktake-closed; an unknown tag 400.")
            .Produces<StocktakeItemResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(AssetsModule.WriteScope);

    private static async Task<Ok<StocktakeItemResponse>> Handle(Guid id, RecordScanRequest body, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new RecordScanCommand(id, body), ct));
}

internal sealed record RecordScanCommand(Guid StocktakeId, RecordScanRequest Body) : ICommand<StocktakeItemResponse>;

internal sealed class RecordScanValidator : AbstractValidator<RecordScanCommand>
{
    public RecordScanValidator()
    {
        RuleFor(c => c.Body.Tag).NotEmpty().MaximumLength(40);
        RuleFor(c => c.Body.Note).MaximumLength(500);
        RuleFor(c => c.Body.RoomId).Null().When(c => c.Body.Missing).WithMessage("A missing asset has no room.");
    }
}

/// <summary>
/// One scan or entry. An expected asset seen in its expected room (or where none was recorded) is Found; seen in
/// another room, or not expected in this campaign at all, it is FoundElsewhere; `missing` records it as not found.
/// A later scan overrides an earlier one until the campaign closes. Seeing an asset clears a missing flag left by
/// an earlier campaign.
/// </summary>
internal sealed class RecordScanHandler(StocktakeRepository stocktakes, AssetRepository assets, AssetLedger ledger, IMediator mediator, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<RecordScanCommand, StocktakeItemResponse>
{
    public async Task<StocktakeItemResponse> Handle(RecordScanCommand command, CancellationToken ct)
    {
        var b = command.Body;
        if (await stocktakes.GetVisibleAsync(command.StocktakeId, ct) is null)
        {
            throw new ProblemException(AssetsErrors.StocktakeNotFound);
        }
        var room = await References.RoomAsync(mediator, b.RoomId, "roomId", ct);
        await stocktakes.LockAsync(command.StocktakeId, ct);
        var stocktake = (await stocktakes.GetVisibleAsync(command.StocktakeId, ct))!;
        if (stocktake.Status != StocktakeStatus.Open)
        {
            throw new ProblemException(AssetsErrors.StocktakeClosed);
        }
        var asset = await assets.GetByTagAsync(b.Tag.Trim(), ct) ?? throw ProblemException.ForField(AssetsErrors.TagNotFound, "tag");
        var item = (await stocktakes.ItemsAsync(stocktake.Id, ct)).FirstOrDefault(i => i.AssetId == asset.Id);
        var isNew = item is null;
        item ??= new StocktakeItemRow { Id = ids.NewId(), StocktakeId = stocktake.Id, AssetId = asset.Id, Expected = false, Tag = asset.Tag, Category = asset.Category, Model = asset.Model };
        item.FoundRoomId = room;
        item.Result = StocktakeScan.Result(b.Missing, item.Expected, item.ExpectedRoomId, room);
        item.Note = AssetMapping.Clean(b.Note);
        item.ScannedAt = clock.UtcNow;
        if (isNew)
        {
            await stocktakes.InsertItemsAsync([item], ct);
        }
        else
        {
            await stocktakes.UpdateItemAsync(item, ct);
        }
        if (!b.Missing && asset.MissingStocktakeId is not null)
        {
            var locked = await ledger.LockVisibleAsync(asset.Id, ct);
            var before = locked.ToResponse();
            locked.MissingStocktakeId = null;
            await ledger.SaveAsync(locked, before, AssetEventKind.MissingResolved, $"stocktake {stocktake.Id}", null, ct);
        }
        return StocktakeMapping.ToResponse(item);
    }
}
