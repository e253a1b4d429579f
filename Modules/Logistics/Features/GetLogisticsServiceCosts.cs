using MediatR;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>
/// The Contracts query of logistics service costs per organ and year for the operating-cost survey (no route: the Costs
/// module sends it): contract charges of the year's months, costs of work orders closed and of service orders delivered in
/// the year (business dates).
/// </summary>
internal sealed class GetLogisticsServiceCostsHandler(CostRepository costs, OrganScope scope, BusinessClock clock)
    : IRequestHandler<GetLogisticsServiceCostsQuery, IReadOnlyDictionary<Guid, LogisticsServiceCost>>
{
    public async Task<IReadOnlyDictionary<Guid, LogisticsServiceCost>> Handle(GetLogisticsServiceCostsQuery query, CancellationToken ct)
    {
        var first = new DateOnly(query.Year, 1, 1);
        var last = new DateOnly(query.Year, 12, 31);
        var (from, to) = BusinessPeriod.Instants(first, last, clock);
        var rows = await costs.ServiceCostsAsync(query.OrganIds, first, last, from, to, ct);
        var visible = await scope.VisibleAsync(rows, r => r.OrganId, ct);
        return visible.GroupBy(r => r.OrganId).ToDictionary(g => g.Key, g => new LogisticsServiceCost(
            g.Key, g.Where(r => r.Source == "C").Sum(r => r.AmountFen), g.Where(r => r.Source == "W").Sum(r => r.AmountFen),
            g.Where(r => r.Source == "S").Sum(r => r.AmountFen)));
    }
}
