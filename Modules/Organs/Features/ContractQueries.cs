using MediatR;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Organs.Features;

/// <summary>Answers other modules' <see cref="GetOrganQuery"/>; null for unknown and invisible alike.</summary>
internal sealed class GetOrganQueryHandler(OrganRepository organs) : IRequestHandler<GetOrganQuery, OrganSummary?>
{
    public async Task<OrganSummary?> Handle(GetOrganQuery query, CancellationToken ct) =>
        (await organs.GetVisibleAsync(query.OrganId, ct))?.ToSummary();
}

/// <summary>Answers <see cref="GetStaffMemberQuery"/> with the rank's name, level and leader flag in force today.</summary>
internal sealed class GetStaffMemberQueryHandler(OrganRepository organs, StaffRepository staff, RankRepository ranks, BusinessClock clock)
    : IRequestHandler<GetStaffMemberQuery, StaffMemberSummary?>
{
    public async Task<StaffMemberSummary?> Handle(GetStaffMemberQuery query, CancellationToken ct)
    {
        var row = await staff.GetVisibleAsync(query.StaffMemberId, ct);
        if (row is null || await organs.GetAsync(row.OrganId, ct) is not { } organ)
        {
            return null;
        }
        var rank = (await ranks.InForceAsync(organ.Level, organ.DivisionCode, clock.Today, ct)).FirstOrDefault(r => r.Code == row.RankCode);
        var posts = await staff.PostsAsync([row.Id], ct);
        return new StaffMemberSummary(
            row.Id, row.Name, row.OrganId, row.RankCode, rank?.NameZh ?? row.RankCode, organ.Level, rank?.IsLeader ?? false, row.Status,
            posts.Where(p => !p.IsPrimary && p.EndedOn is null).Select(p => p.OrganId).ToList());
    }
}

/// <summary>Answers <see cref="ListSubordinateOrgansQuery"/>, walking the hierarchy level by level.</summary>
internal sealed class ListSubordinateOrgansQueryHandler(OrganRepository organs) : IRequestHandler<ListSubordinateOrgansQuery, IReadOnlyList<OrganSummary>>
{
    public async Task<IReadOnlyList<OrganSummary>> Handle(ListSubordinateOrgansQuery query, CancellationToken ct)
    {
        if (await organs.GetVisibleAsync(query.OrganId, ct) is null)
        {
            return [];
        }
        var result = new List<OrganSummary>();
        var seen = new HashSet<Guid> { query.OrganId };
        IReadOnlyCollection<Guid> frontier = [query.OrganId];
        while (frontier.Count > 0)
        {
            var children = (await organs.ChildrenAsync(frontier, ct)).Where(c => seen.Add(c.Id)).ToList();
            result.AddRange(children.Select(c => c.ToSummary()));
            frontier = query.IncludeDescendants ? children.Select(c => c.Id).ToList() : [];
        }
        return result;
    }
}
