using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Costs.Data;
using OrganAffairs.Costs.Support;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Costs.Features;

/// <summary>
/// One source item of a duty module, as every source maps to it: an original cost (<paramref name="CorrectsEventId"/>
/// null; its entry id is the source id) or a correction (its entry id is the correction event's id, its amount the
/// signed difference). The payment's business date decides the budget year.
/// </summary>
internal sealed record CostItem(CostSource Source, Guid EntryId, Guid SourceId, Guid? CorrectsEventId, Guid OrganId, CostLine Line, long AmountFen, DateOnly PaidOn)
{
    /// <summary>The item of a cost event in DESIGN's shape.</summary>
    public static CostItem FromEvent(CostSource source, Guid eventId, Guid sourceId, Guid organId, CostLine line, long amountFen, DateOnly paidOn, Guid? correctsEventId, long? differenceFen) =>
        correctsEventId is { } corrected
            ? new(source, eventId, sourceId, corrected, organId, line, differenceFen ?? 0, paidOn)
            : new(source, sourceId, sourceId, null, organId, line, amountFen, paidOn);

    /// <summary>
    /// A correction of a vehicle cost (VehicleCostCorrected): its own item, entry id the correction's id, the corrected cost as source and
    /// as what it corrects, the signed difference, the corrected cost's date.
    /// </summary>
    public static CostItem VehicleCorrection(Guid correctionId, Guid costId, Guid organId, long differenceFen, DateOnly paidOn) =>
        new(CostSource.Vehicles, correctionId, costId, costId, organId, CostLine.VehicleOperation, differenceFen, paidOn);

    /// <summary>A vehicle bought (购置): the vehicle's id is the source and entry id, the purchase date decides the year.</summary>
    public static CostItem Purchase(Guid vehicleId, Guid organId, long priceFen, DateOnly purchasedOn) =>
        new(CostSource.Vehicles, vehicleId, vehicleId, null, organId, CostLine.VehiclePurchase, priceFen, purchasedOn);
}

/// <summary>
/// Posts source items to the actuals ledger (sent by the event handlers and the backfill as the system principal):
/// each entry id once, whoever delivers it and however often; then the over-budget check of the organs' years. Answers how
/// many items were new to the ledger.
/// </summary>
internal sealed record PostCostsCommand(IReadOnlyList<CostItem> Items) : ICommand<int>;

internal sealed class PostCostsHandler(LedgerRepository ledger, OverBudgetCheck overBudget, IdGenerator ids, BusinessClock clock) : IRequestHandler<PostCostsCommand, int>
{
    public async Task<int> Handle(PostCostsCommand command, CancellationToken ct)
    {
        if (command.Items.Count == 0)
        {
            return 0;
        }
        var now = clock.UtcNow;
        var rows = command.Items.DistinctBy(i => i.EntryId).Select(i => new EntryRow
        {
            Id = ids.NewId(), EntryId = i.EntryId, Source = i.Source, SourceId = i.SourceId, CorrectsEventId = i.CorrectsEventId, OrganId = i.OrganId,
            Year = i.PaidOn.Year, Line = i.Line, AmountFen = i.AmountFen, PaidOn = i.PaidOn, RecordedAt = now,
        }).ToList();
        var inserted = await ledger.InsertIfAbsentAsync(rows, ct);
        await overBudget.CheckAsync(rows.Select(r => (r.OrganId, r.Year)), ct);
        return inserted;
    }
}
