using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Domain;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

internal sealed record ListStaffOfficeFindingsQuery(DateOnly? On, Guid? OrganId, bool OverOnly) : IQuery<IReadOnlyList<StaffOfficeFinding>>;

/// <summary>
/// Per person and office in use on the date: the occupied share against the entitlement of the
/// standard version in force on that date for the person's level, rank and organ's division.
/// </summary>
internal sealed class ListStaffOfficeFindingsHandler(IMediator mediator, OfficeRepository offices, SpaceRepository space, BusinessClock clock)
    : IRequestHandler<ListStaffOfficeFindingsQuery, IReadOnlyList<StaffOfficeFinding>>
{
    public async Task<IReadOnlyList<StaffOfficeFinding>> Handle(ListStaffOfficeFindingsQuery query, CancellationToken ct)
    {
        var on = query.On ?? clock.Today;
        var visible = await offices.OnDateAsync(on, query.OrganId, null, ct);
        // Occupancy counts everyone in the room that day, whichever organ they belong to.
        var everyone = await offices.OnDateAsync(on, null, visible.Select(a => a.RoomId).Distinct().ToList(), ct);
        var rooms = (await space.RoomsAsync(visible.Select(a => a.RoomId).Distinct().ToList(), ct)).ToDictionary(r => r.Id);
        var staffCache = new Dictionary<Guid, StaffMemberSummary?>();
        var organCache = new Dictionary<Guid, OrganSummary?>();
        var findings = new List<StaffOfficeFinding>();
        foreach (var a in visible)
        {
            if (!staffCache.TryGetValue(a.StaffMemberId, out var staff))
            {
                staffCache[a.StaffMemberId] = staff = await mediator.Send(new GetStaffMemberQuery(a.StaffMemberId), ct);
            }
            if (staff is null)
            {
                continue;
            }
            if (!organCache.TryGetValue(staff.OrganId, out var organ))
            {
                organCache[staff.OrganId] = organ = await mediator.Send(new GetOrganQuery(staff.OrganId), ct);
            }
            var occupants = everyone.Count(o => o.RoomId == a.RoomId);
            var share = OfficeShare.PerPerson(rooms[a.RoomId].UsableAreaCenti, occupants);
            var standard = await OfficeStandards.ForAsync(offices, staff.Level, staff.RankCode, organ?.DivisionCode ?? "", on, ct);
            var entitled = standard is null ? (decimal?)null : Area.FromCenti(standard.AreaCenti);
            var over = entitled is { } e && OfficeShare.IsOver(share, e, a.IsSecondOffice);
            findings.Add(new StaffOfficeFinding(staff.Id, staff.Name, a.OrganId, staff.Level, staff.RankCode, a.RoomId, a.Id, a.IsSecondOffice, occupants,
                OfficeShare.Display(share), entitled, standard?.Id, standard?.EffectiveFrom, standard?.Source, over));
        }
        return findings.Where(f => !query.OverOnly || f.OverStandard).OrderBy(f => f.OrganId).ThenBy(f => f.StaffName).ToList();
    }
}
