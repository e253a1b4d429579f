using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Support;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Features;

/// <summary>
/// Answers <see cref="GetOrganAreasQuery"/> (no route: Costs' operating cost reads it): the area summary of the visible organs on the
/// date, as the per-organ summary and the organ-areas report compute it (<see cref="OrganAreas"/>), in one pass.
/// </summary>
internal sealed class GetOrganAreasHandler(AllocationRepository allocations, SpaceRepository space, OrganScope scope)
    : IRequestHandler<GetOrganAreasQuery, IReadOnlyDictionary<Guid, OrganAreaSummary>>
{
    public async Task<IReadOnlyDictionary<Guid, OrganAreaSummary>> Handle(GetOrganAreasQuery query, CancellationToken ct)
    {
        var ids = await scope.VisibleAsync(query.OrganIds.Distinct().ToList(), id => id, ct);
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, OrganAreaSummary>();
        }
        return (await OrganAreas.SummariseAsync(allocations, space, ids, query.On, ct)).ToDictionary(s => s.OrganId);
    }
}
