using MediatR;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>The Contracts query of visits and travellers per organ and year (no route: Costs and reports send it).</summary>
internal sealed class GetOutboundVisitCountsHandler(VisitRepository visits) : IRequestHandler<GetOutboundVisitCountsQuery, IReadOnlyList<OutboundVisitCount>>
{
    public async Task<IReadOnlyList<OutboundVisitCount>> Handle(GetOutboundVisitCountsQuery query, CancellationToken ct)
    {
        var wanted = query.OrganIds?.ToHashSet();
        return (await visits.CountsAsync(query.Year, ct))
            .Where(c => wanted is null || wanted.Contains(c.OrganId))
            .Select(c => new OutboundVisitCount(c.OrganId, query.Year, c.Visits, c.Travellers, c.DistinctTravellers))
            .ToList();
    }
}
