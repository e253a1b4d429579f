using MediatR;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Costs.Data;
using OrganAffairs.Costs.Domain;
using OrganAffairs.Costs.Features;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Costs.Support;

/// <summary>
/// The reconciliation of an organ's year (issue 22 item 3): the source modules' items through their Contracts queries (Vehicles'
/// costs and purchases, ForeignAffairs' outbound visits and incoming delegations, Reception's cost lines), each mapped as its event is
/// (<see cref="CostItem"/>), against the ledger's entries, item by item.
/// </summary>
internal sealed class Reconciliations(LedgerRepository ledger, IMediator mediator, OrganScope scope)
{
    public const int PageSize = 1000;

    /// <summary>The sources whose items are compared.</summary>
    public static readonly IReadOnlySet<CostSource> Reconciled = new HashSet<CostSource> { CostSource.Vehicles, CostSource.ForeignAffairs, CostSource.Reception };

    /// <summary>404 costs.organ-not-found unless the organ exists and the caller may see it.</summary>
    public async Task EnsureOrganAsync(Guid organId, CancellationToken ct)
    {
        await scope.EnsureVisibleAsync(organId, CostsErrors.OrganNotFound, ct);
        if (await mediator.Send(new GetOrganQuery(organId), ct) is null)
        {
            throw new ProblemException(CostsErrors.OrganNotFound);
        }
    }

    /// <summary>The report, and the source items the ledger lacks (to post).</summary>
    public async Task<(ReconciliationResponse Report, IReadOnlyList<CostItem> Missing)> ReconcileAsync(Guid organId, int year, int posted, CancellationToken ct)
    {
        var sourceItems = await SourceItemsAsync(organId, year, ct);
        var entries = (await ledger.EntriesAsync(organId, year, ct))
            .Select(e => new ReconciledItem(e.EntryId, e.Source, e.SourceId, e.CorrectsEventId, e.OrganId, e.Line, e.AmountFen, e.PaidOn)).ToList();
        var differences = ReconciliationRules.Compare(sourceItems.Select(AsReconciled), entries, Reconciled);
        var lines = BudgetViews.Lines.Select(line =>
        {
            var all = entries.Where(e => e.Line == line).Sum(e => e.AmountFen);
            var unreconciled = entries.Where(e => e.Line == line && !Reconciled.Contains(e.Source)).Sum(e => e.AmountFen);
            var source = sourceItems.Where(i => i.Line == line).Sum(i => i.AmountFen);
            return new ReconciliationLineResponse(line, Yuan.FromFen(all), Yuan.FromFen(source), Yuan.FromFen(unreconciled), Yuan.FromFen(source - (all - unreconciled)));
        }).ToList();
        var answered = differences.Select(d => new ReconciliationDifference(d.Kind, d.Item.Line, d.Item.Source, d.Item.EntryId, d.Item.PaidOn,
            d.Source is { } s ? Yuan.FromFen(s.AmountFen) : null, d.Posted is { } p ? Yuan.FromFen(p.AmountFen) : null)).ToList();
        var missingIds = differences.Where(d => d.Kind == ReconciliationDifferenceKind.MissingInCosts).Select(d => d.Item.EntryId).ToHashSet();
        var report = new ReconciliationResponse(organId, year, lines, answered, answered.Count == 0,
            Enum.GetValues<CostSource>().Where(s => !Reconciled.Contains(s)).ToList(), posted);
        return (report, sourceItems.Where(i => missingIds.Contains(i.EntryId)).ToList());
    }

    private static ReconciledItem AsReconciled(CostItem i) => new(i.EntryId, i.Source, i.SourceId, i.CorrectsEventId, i.OrganId, i.Line, i.AmountFen, i.PaidOn);

    /// <summary>The organ's items of the year from every reconciled source (each query pages through the year, kept to the organ).</summary>
    private async Task<IReadOnlyList<CostItem>> SourceItemsAsync(Guid organId, int year, CancellationToken ct)
    {
        var items = new List<CostItem>();
        Guid? after = null;
        do
        {
            var page = await mediator.Send(new ListVehicleCostsQuery(year, after, PageSize), ct);
            items.AddRange(page.Items.Where(i => i.OrganId == organId).Select(i =>
                CostItem.FromEvent(CostSource.Vehicles, Guid.Empty, i.SourceId, i.OrganId, CostLine.VehicleOperation, i.AmountFen, i.PaidOn, null, null)));
            after = page.Next;
        }
        while (after is not null);
        do
        {
            var page = await mediator.Send(new ListVehiclePurchasesQuery(year, after, PageSize), ct);
            items.AddRange(page.Items.Where(i => i.OrganId == organId).Select(i => CostItem.Purchase(i.SourceId, i.OrganId, i.PriceFen, i.PurchasedOn)));
            after = page.Next;
        }
        while (after is not null);
        do
        {
            var page = await mediator.Send(new ListVehicleCostCorrectionsQuery(year, after, PageSize), ct);
            items.AddRange(page.Items.Where(i => i.OrganId == organId).Select(i => CostItem.VehicleCorrection(i.SourceId, i.CostId, i.OrganId, i.DifferenceFen, i.PaidOn)));
            after = page.Next;
        }
        while (after is not null);
        // Reception's query takes the organ: only its lines are read.
        do
        {
            var page = await mediator.Send(new ListReceptionCostsQuery(organId, year, after, PageSize), ct);
            items.AddRange(page.Items.Select(i =>
                CostItem.FromEvent(CostSource.Reception, Guid.Empty, i.SourceId, i.OrganId, CostLine.Reception, i.AmountFen, i.PaidOn, null, null)));
            after = page.Next;
        }
        while (after is not null);
        await ForeignAffairsAsync((cursor, token) => mediator.Send(new ListOutboundVisitCostsQuery(year, cursor, PageSize), token), CostLine.OutboundVisit);
        await ForeignAffairsAsync((cursor, token) => mediator.Send(new ListIncomingDelegationCostsQuery(year, cursor, PageSize), token), CostLine.Reception);
        return items;

        async Task ForeignAffairsAsync(Func<Guid?, CancellationToken, Task<ForeignAffairsCostPage>> next, CostLine line)
        {
            Guid? cursor = null;
            do
            {
                var page = await next(cursor, ct);
                // As the backfill maps them: the source id is the event id of the line's notification.
                items.AddRange(page.Items.Where(i => i.OrganId == organId).Select(i =>
                    CostItem.FromEvent(CostSource.ForeignAffairs, i.SourceId, i.SourceId, i.OrganId, line, i.AmountFen, i.PaidOn, i.CorrectsEventId, i.DifferenceFen)));
                cursor = page.Next;
            }
            while (cursor is not null);
        }
    }
}
