using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Vehicles.Data;

namespace OrganAffairs.Vehicles.Features;

/// <summary>The Contracts query of vehicle costs by source id, for a consumer's backfill and reconciliation (no route: other modules send it).</summary>
internal sealed class ListVehicleCostsValidator : AbstractValidator<ListVehicleCostsQuery>
{
    public ListVehicleCostsValidator()
    {
        RuleFor(q => q.PageSize).InclusiveBetween(1, 1000);
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
    }
}

internal sealed class ListVehicleCostsHandler(CostRepository costs) : IRequestHandler<ListVehicleCostsQuery, VehicleCostPage>
{
    public async Task<VehicleCostPage> Handle(ListVehicleCostsQuery query, CancellationToken ct)
    {
        var rows = await costs.PageAsync(query.Year, query.After, query.PageSize, ct);
        var items = rows.Select(r => new VehicleCostItem(r.Id, r.VehicleId, r.OrganId, r.Kind, VehicleCostRecorded.OperationLine, r.AmountFen, r.OccurredOn)).ToList();
        return new VehicleCostPage(items, items.Count == query.PageSize ? items[^1].SourceId : null);
    }
}
