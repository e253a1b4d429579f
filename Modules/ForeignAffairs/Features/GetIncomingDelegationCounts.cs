using MediatR;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>The Contracts query of incoming delegations and their guests per organ and year (no route: Costs sends it for the 三公经费 statistics).</summary>
internal sealed class GetIncomingDelegationCountsHandler(DelegationRepository delegations, OrganScope scope)
    : IRequestHandler<GetIncomingDelegationCountsQuery, IReadOnlyDictionary<Guid, IncomingDelegationCount>>
{
    public async Task<IReadOnlyDictionary<Guid, IncomingDelegationCount>> Handle(GetIncomingDelegationCountsQuery query, CancellationToken ct)
    {
        var rows = await delegations.ArrivingAsync(query.OrganIds, query.Year, ct);
        var visible = await scope.VisibleAsync(rows, r => r.OrganId, ct);
        return visible.GroupBy(r => r.OrganId)
            .ToDictionary(g => g.Key, g => new IncomingDelegationCount(g.Key, g.Count(), g.Sum(r => DelegationMapping.GuestsOf(r).Count)));
    }
}
