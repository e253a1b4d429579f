using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Vehicles.Data;

namespace OrganAffairs.Vehicles.Features;

/// <summary>The Contracts query of cost corrections by their id, for Costs' backfill and reconciliation (no route: other modules send it).</summary>
internal sealed class ListVehicleCostCorrectionsValidator : AbstractValidator<ListVehicleCostCorrectionsQuery>
{
    public ListVehicleCostCorrectionsValidator()
    {
        RuleFor(q => q.PageSize).InclusiveBetween(1, 1000);
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
    }
}

internal sealed class ListVehicleCostCorrectionsHandler(CostRepository costs) : IRequestHandler<ListVehicleCostCorrectionsQuery, VehicleCostCorrectionPage>
{
    public async Task<VehicleCostCorrectionPage> Handle(ListVehicleCostCorrectionsQuery query, CancellationToken ct)
    {
        var items = (await costs.CorrectionPageAsync(query.Year, query.After, query.PageSize, ct))
            .Select(r => new VehicleCostCorrectionItem(r.Id, r.CostId, r.VehicleId, r.OrganId, VehicleCostRecorded.OperationLine, r.DifferenceFen, r.OccurredOn)).ToList();
        return new VehicleCostCorrectionPage(items, items.Count == query.PageSize ? items[^1].SourceId : null);
    }
}
