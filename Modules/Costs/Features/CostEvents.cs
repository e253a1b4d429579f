using MediatR;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Contracts.Vehicles;

namespace OrganAffairs.Costs.Features;

/// <summary>
/// The duty modules' cost events → the actuals ledger, through <see cref="PostCostsCommand"/> (validation, transaction,
/// retry apply). A new source is one more Handle here and one more page loop in <c>CostsBackfill</c>.
/// ForeignAffairs posts its outbound visits' expenses on the OutboundVisit line and its foreign guests' costs on the Reception line
/// (docs/adr/0070).
/// </summary>
internal sealed class CostEventsHandler(IMediator mediator)
    : INotificationHandler<ReceptionCostRecorded>, INotificationHandler<VehicleCostRecorded>, INotificationHandler<OutboundVisitCostRecorded>,
        INotificationHandler<IncomingDelegationCostRecorded>, INotificationHandler<VehicleAcquired>,
        INotificationHandler<VehicleCostCorrected>
{
    public Task Handle(ReceptionCostRecorded e, CancellationToken ct) =>
        mediator.Send(new PostCostsCommand([CostItem.FromEvent(CostSource.Reception, e.EventId, e.SourceId, e.OrganId, CostLine.Reception, e.AmountFen, e.PaidOn, e.CorrectsEventId, e.DifferenceFen)]), ct);

    public Task Handle(VehicleCostRecorded e, CancellationToken ct) =>
        mediator.Send(new PostCostsCommand([CostItem.FromEvent(CostSource.Vehicles, e.EventId, e.SourceId, e.OrganId, CostLine.VehicleOperation, e.AmountFen, e.PaidOn, e.CorrectsEventId, e.DifferenceFen)]), ct);

    /// <summary>A vehicle cost's correction: the signed difference, deduplicated on the correction's own id.</summary>
    public Task Handle(VehicleCostCorrected e, CancellationToken ct) =>
        mediator.Send(new PostCostsCommand([CostItem.VehicleCorrection(e.SourceId, e.CostId, e.OrganId, e.DifferenceFen, e.PaidOn)]), ct);

    /// <summary>Only a purchase is 公务用车购置费 (its entry id the vehicle's id, its year the purchase date's); other acquisitions post nothing.</summary>
    public Task Handle(VehicleAcquired e, CancellationToken ct) =>
        e.Method == AcquisitionMethod.Purchase
            ? mediator.Send(new PostCostsCommand([CostItem.Purchase(e.SourceId, e.OrganId, e.PriceFen, e.AcquiredOn)]), ct)
            : Task.CompletedTask;

    public Task Handle(OutboundVisitCostRecorded e, CancellationToken ct) =>
        mediator.Send(new PostCostsCommand([CostItem.FromEvent(CostSource.ForeignAffairs, e.EventId, e.SourceId, e.OrganId, CostLine.OutboundVisit, e.AmountFen, e.PaidOn, e.CorrectsEventId, e.DifferenceFen)]), ct);

    public Task Handle(IncomingDelegationCostRecorded e, CancellationToken ct) =>
        mediator.Send(new PostCostsCommand([CostItem.FromEvent(CostSource.ForeignAffairs, e.EventId, e.SourceId, e.OrganId, CostLine.Reception, e.AmountFen, e.PaidOn, e.CorrectsEventId, e.DifferenceFen)]), ct);
}
