using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Domain;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Buildings.Support;

/// <summary>Approved against allocated area per organ on a date: the summary, the findings and the report share it.</summary>
internal static class OrganAreas
{
    public static async Task<IReadOnlyList<OrganAreaSummary>> SummariseAsync(
        AllocationRepository allocations, SpaceRepository space, IReadOnlyCollection<Guid>? organIds, DateOnly on, CancellationToken ct)
    {
        var held = (await allocations.OfOrgansAsync(organIds, ct)).Where(a => a.HoldsOn(on)).ToList();
        var approved = await allocations.ApprovedAreasAsync(organIds, ct);
        var rooms = (await space.RoomsAsync(held.Select(a => a.RoomId).Distinct().ToList(), ct)).ToDictionary(r => r.Id);
        var ids = organIds ?? held.Select(a => a.OrganId).Concat(approved.Select(a => a.OrganId)).Distinct().ToList();
        return ids.Select(organId =>
        {
            var version = RuleResolver.Resolve(approved.Where(a => a.OrganId == organId), null, on);
            var mine = held.Where(a => a.OrganId == organId).Select(a => rooms[a.RoomId]).Select(r => (r.RoomType, r.UsableAreaCenti)).ToList();
            return OrganOfficeArea.Summarise(organId, on, version?.OfficeAreaCenti, version?.ApprovalReference, mine);
        }).ToList();
    }
}
