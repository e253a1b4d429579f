using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Costs.Data;
using OrganAffairs.Costs.Features;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Costs.Support;

/// <summary>
/// DESIGN, "New consumers of old events": the outbox does not redeliver history, so at start (after the migrations)
/// each source that has a Contracts query of its cost items is paged through once, keyed by source ids, and posted
/// through <see cref="PostCostsCommand"/> — an item its event already posted is a no-op. A source is marked done in
/// costs_backfill and skipped at the next start. Sources: Vehicles (<see cref="ListVehicleCostsQuery"/>; its purchases
/// <see cref="ListVehiclePurchasesQuery"/>, marked <c>Vehicles.Purchase</c>, on the VehiclePurchase line; its cost corrections
/// <see cref="ListVehicleCostCorrectionsQuery"/>, marked <c>Vehicles.Correction</c>), ForeignAffairs
/// outbound visits (<see cref="ListOutboundVisitCostsQuery"/>, marked <c>ForeignAffairs.Outbound</c>) and incoming delegations (<see cref="ListIncomingDelegationCostsQuery"/>,
/// marked <c>ForeignAffairs.Incoming</c>, on the Reception line) and Reception's cost lines (<see cref="ListReceptionCostsQuery"/>, marked
/// <c>Reception</c>). A new source is one more loop here.
/// </summary>
internal sealed class CostsBackfill(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<CostsBackfill> logger) : IHostedService
{
    public const int PageSize = 500;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Costs:BackfillOnStart", true))
        {
            return;
        }
        try
        {
            await RunAsync(force: false, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The Host serves anyway; the next start tries again (nothing was marked done).
            logger.LogWarning(ex, "Costs backfill failed");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Backfills every source not yet marked done (every source when <paramref name="force"/>); answers the items posted.</summary>
    public async Task<int> RunAsync(bool force, CancellationToken ct)
    {
        var posted = 0;
        if (force || !await DoneAsync(nameof(CostSource.Vehicles), ct))
        {
            Guid? after = null;
            do
            {
                var page = await SendAsync(new ListVehicleCostsQuery(null, after, PageSize), ct);
                await SendAsync(new PostCostsCommand(page.Items.Select(i =>
                    CostItem.FromEvent(CostSource.Vehicles, Guid.Empty, i.SourceId, i.OrganId, CostLine.VehicleOperation, i.AmountFen, i.PaidOn, null, null)).ToList()), ct);
                posted += page.Items.Count;
                after = page.Next;
            }
            while (after is not null);
            await SendAsync(new MarkBackfilledCommand(nameof(CostSource.Vehicles)), ct);
            logger.LogInformation("Costs backfill from {Source}: {Items} items", CostSource.Vehicles, posted);
        }
        if (force || !await DoneAsync(PurchaseMark, ct))
        {
            var purchases = 0;
            Guid? after = null;
            do
            {
                var page = await SendAsync(new ListVehiclePurchasesQuery(null, after, PageSize), ct);
                await SendAsync(new PostCostsCommand(page.Items.Select(i => CostItem.Purchase(i.SourceId, i.OrganId, i.PriceFen, i.PurchasedOn)).ToList()), ct);
                purchases += page.Items.Count;
                after = page.Next;
            }
            while (after is not null);
            await SendAsync(new MarkBackfilledCommand(PurchaseMark), ct);
            logger.LogInformation("Costs backfill from {Source}: {Items} items", PurchaseMark, purchases);
            posted += purchases;
        }
        if (force || !await DoneAsync(CorrectionMark, ct))
        {
            var corrections = 0;
            Guid? after = null;
            do
            {
                var page = await SendAsync(new ListVehicleCostCorrectionsQuery(null, after, PageSize), ct);
                await SendAsync(new PostCostsCommand(page.Items.Select(i => CostItem.VehicleCorrection(i.SourceId, i.CostId, i.OrganId, i.DifferenceFen, i.PaidOn)).ToList()), ct);
                corrections += page.Items.Count;
                after = page.Next;
            }
            while (after is not null);
            await SendAsync(new MarkBackfilledCommand(CorrectionMark), ct);
            logger.LogInformation("Costs backfill from {Source}: {Items} items", CorrectionMark, corrections);
            posted += corrections;
        }
        if (force || !await DoneAsync(nameof(CostSource.Reception), ct))
        {
            var lines = 0;
            Guid? after = null;
            do
            {
                var page = await SendAsync(new ListReceptionCostsQuery(null, null, after, PageSize), ct);
                await SendAsync(new PostCostsCommand(page.Items.Select(i =>
                    CostItem.FromEvent(CostSource.Reception, Guid.Empty, i.SourceId, i.OrganId, CostLine.Reception, i.AmountFen, i.PaidOn, null, null)).ToList()), ct);
                lines += page.Items.Count;
                after = page.Next;
            }
            while (after is not null);
            await SendAsync(new MarkBackfilledCommand(nameof(CostSource.Reception)), ct);
            logger.LogInformation("Costs backfill from {Source}: {Items} items", CostSource.Reception, lines);
            posted += lines;
        }
        posted += await BackfillForeignAffairsAsync(OutboundMark, force, (cursor, token) => SendAsync(new ListOutboundVisitCostsQuery(null, cursor, PageSize), token),
            CostLine.OutboundVisit, ct);
        posted += await BackfillForeignAffairsAsync(IncomingMark, force, (cursor, token) => SendAsync(new ListIncomingDelegationCostsQuery(null, cursor, PageSize), token),
            CostLine.Reception, ct);
        return posted;
    }

    /// <summary>The backfill mark of the vehicles bought (Vehicles' purchases, on the VehiclePurchase line).</summary>
    public const string PurchaseMark = "Vehicles.Purchase";

    /// <summary>The backfill mark of Vehicles' cost corrections (each its own item, on the VehicleOperation line).</summary>
    public const string CorrectionMark = "Vehicles.Correction";

    /// <summary>The backfill mark of the outbound visits' costs (the ForeignAffairs source has more than one kind of cost).</summary>
    public const string OutboundMark = "ForeignAffairs.Outbound";

    /// <summary>The backfill mark of the incoming delegations' costs (posted on the Reception line).</summary>
    public const string IncomingMark = "ForeignAffairs.Incoming";

    private async Task<int> BackfillForeignAffairsAsync(string mark, bool force, Func<Guid?, CancellationToken, Task<ForeignAffairsCostPage>> page, CostLine line,
        CancellationToken ct)
    {
        if (!force && await DoneAsync(mark, ct))
        {
            return 0;
        }
        var posted = 0;
        Guid? after = null;
        do
        {
            var items = await page(after, ct);
            // The source id is the event id of the line's notification, so a correction posts under the same entry id as its event did.
            await SendAsync(new PostCostsCommand(items.Items.Select(i =>
                CostItem.FromEvent(CostSource.ForeignAffairs, i.SourceId, i.SourceId, i.OrganId, line, i.AmountFen, i.PaidOn, i.CorrectsEventId, i.DifferenceFen)).ToList()), ct);
            posted += items.Items.Count;
            after = items.Next;
        }
        while (after is not null);
        await SendAsync(new MarkBackfilledCommand(mark), ct);
        logger.LogInformation("Costs backfill from {Source}: {Items} items", mark, posted);
        return posted;
    }

    private async Task<bool> DoneAsync(string source, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LedgerRepository>().BackfilledAsync(source, ct);
    }

    /// <summary>Each request in its own scope as the system principal, so every page is its own transaction.</summary>
    private async Task<T> SendAsync<T>(IRequest<T> request, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().SetSystem();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, ct);
    }
}
