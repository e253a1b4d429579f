using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Domain;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

internal sealed record GetOrganAreaSummaryQuery(Guid OrganId, DateOnly? On) : IQuery<OrganAreaSummary>;

/// <summary>
/// An organ's approved office area (the version in force on the date) against the area of the rooms
/// allocated to it on that date, by room type; allocated office area above the approved area is an
/// organ-level over-standard finding. Another organ's summary answers 404.
/// </summary>
internal sealed class GetOrganAreaSummaryHandler(IMediator mediator, AllocationRepository allocations, SpaceRepository space, BusinessClock clock)
    : IRequestHandler<GetOrganAreaSummaryQuery, OrganAreaSummary>
{
    public async Task<OrganAreaSummary> Handle(GetOrganAreaSummaryQuery query, CancellationToken ct)
    {
        _ = await mediator.Send(new GetOrganQuery(query.OrganId), ct) ?? throw new ProblemException(BuildingsErrors.OrganNotFound);
        var on = query.On ?? clock.Today;
        return (await OrganAreas.SummariseAsync(allocations, space, [query.OrganId], on, ct))[0];
    }
}

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
            var mine = held.Where(a => a.OrganId == organId).Select(a => rooms[a.RoomId]).ToList();
            var byType = mine.GroupBy(r => r.RoomType).OrderBy(g => g.Key)
                .Select(g => new AreaByType(g.Key, Area.FromCenti(g.Sum(r => r.UsableAreaCenti)), g.Count())).ToList();
            var officeCenti = mine.Where(r => r.RoomType == RoomType.Office).Sum(r => r.UsableAreaCenti);
            var overCenti = version is null ? 0 : Math.Max(0, officeCenti - version.OfficeAreaCenti);
            return new OrganAreaSummary(organId, on, version is null ? null : Area.FromCenti(version.OfficeAreaCenti), version?.ApprovalReference,
                Area.FromCenti(officeCenti), Area.FromCenti(overCenti), overCenti > 0, byType);
        }).ToList();
    }
}
