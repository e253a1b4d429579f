using MediatR;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Data;

namespace OrganAffairs.Vehicles.Features;

/// <summary>The Contracts query of vehicles bought and held per organ and year (no route: other modules send it, e.g. for 三公经费 statistics).</summary>
internal sealed class GetVehicleCountsHandler(VehicleRepository vehicles, OrganScope scope)
    : IRequestHandler<GetVehicleCountsQuery, IReadOnlyDictionary<Guid, VehicleCounts>>
{
    public async Task<IReadOnlyDictionary<Guid, VehicleCounts>> Handle(GetVehicleCountsQuery query, CancellationToken ct)
    {
        var rows = await vehicles.CountsAsync(query.OrganIds, query.Year, ct);
        var visible = await scope.VisibleAsync(rows, r => r.OrganId, ct);
        return visible.ToDictionary(r => r.OrganId, r => new VehicleCounts((int)r.Bought, (int)r.Held));
    }
}
