using MediatR;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Organs.Features;

/// <summary>
/// Answers <see cref="GetOrganStaffingQuery"/> (no route: Costs' operating cost reads it): staff in post on the date from the rank
/// history, the approved headcount summed over ranks (the current one: headcount has no history), for the visible organs.
/// </summary>
internal sealed class GetOrganStaffingQueryHandler(OrganRepository organs, StaffRepository staff, OrganScope scope)
    : IRequestHandler<GetOrganStaffingQuery, IReadOnlyDictionary<Guid, OrganStaffing>>
{
    public async Task<IReadOnlyDictionary<Guid, OrganStaffing>> Handle(GetOrganStaffingQuery query, CancellationToken ct)
    {
        var ids = await scope.VisibleAsync(query.OrganIds.Distinct().ToList(), id => id, ct);
        var inPost = (await staff.InPostCountsAsync(ids, query.On, ct)).ToDictionary(r => r.OrganId, r => (int)r.Staff);
        var headcount = (await organs.HeadcountAsync(ids, ct)).GroupBy(h => h.OrganId).ToDictionary(g => g.Key, g => g.Sum(h => h.Approved));
        return ids.ToDictionary(id => id, id => new OrganStaffing(id, inPost.GetValueOrDefault(id), headcount.GetValueOrDefault(id)));
    }
}
