using MediatR;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Data;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Reception.Features;

/// <summary>The Contracts query of receptions and guests per organ and year (no route: other modules send it, e.g. for 三公经费 statistics).</summary>
internal sealed class GetReceptionCountsHandler(ReceptionRepository receptions, OrganScope scope)
    : IRequestHandler<GetReceptionCountsQuery, IReadOnlyDictionary<Guid, ReceptionCounts>>
{
    public async Task<IReadOnlyDictionary<Guid, ReceptionCounts>> Handle(GetReceptionCountsQuery query, CancellationToken ct)
    {
        var rows = await receptions.CountsAsync(query.OrganIds, query.Year, ct);
        var visible = await scope.VisibleAsync(rows, r => r.OrganId, ct);
        return visible.ToDictionary(r => r.OrganId, r => new ReceptionCounts((int)r.Receptions, (int)r.Guests));
    }
}
