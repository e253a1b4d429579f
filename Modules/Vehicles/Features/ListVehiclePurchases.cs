using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Vehicles.Data;

namespace OrganAffairs.Vehicles.Features;

/// <summary>The Contracts query of purchased vehicles by source id, for a consumer's backfill and reconciliation (no route: other modules send it).</summary>
internal sealed class ListVehiclePurchasesValidator : AbstractValidator<ListVehiclePurchasesQuery>
{
    public ListVehiclePurchasesValidator()
    {
        RuleFor(q => q.PageSize).InclusiveBetween(1, 1000);
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
    }
}

internal sealed class ListVehiclePurchasesHandler(VehicleRepository vehicles) : IRequestHandler<ListVehiclePurchasesQuery, VehiclePurchasePage>
{
    public async Task<VehiclePurchasePage> Handle(ListVehiclePurchasesQuery query, CancellationToken ct)
    {
        var rows = await vehicles.PurchasesAsync(query.Year, query.After, query.PageSize, ct);
        var items = rows.Select(r => new VehiclePurchaseItem(r.Id, r.Id, r.OrganId, r.PurchasePriceFen, r.PurchasedOn)).ToList();
        return new VehiclePurchasePage(items, items.Count == query.PageSize ? items[^1].SourceId : null);
    }
}
