using MediatR;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;

namespace OrganAffairs.Organs.Features;

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
