using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Domain;
using OrganAffairs.Buildings.Support;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>Per-person over-standard list (超标): entitled against occupied m² (Buildings_ListStaffOfficeFindings): the route.</summary>
internal static class ListStaffOfficeFindings
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(BuildingsEndpoints.Root + "/findings/staff-offices", Handle).WithTags(BuildingsModule.OfficesTag).WithName("Buildings_ListStaffOfficeFindings")
            .WithSummary("Per-person over-standard list (超标): entitled against occupied m²")
            .WithDescription("On `on` (default today), each office in use with its occupied share, the entitlement and the standard version used (in force on that date). `overOnly` (default true) keeps only findings. Filter: organId. An ordinary organ sees its own.")
            .Produces<IReadOnlyList<StaffOfficeFinding>>().Problems(400)
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<StaffOfficeFinding>>> Handle(
        [FromQuery(Name = "on")] DateOnly? on, [FromQuery(Name = "organId")] Guid? organId, [FromQuery(Name = "overOnly")] bool? overOnly, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListStaffOfficeFindingsQuery(on, organId, overOnly ?? true), ct));
}

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
                OfficeShare.Display(share), entitled, standard?.Id, standard?.EffectiveFrom, standard?.Source, over, a.ExceptionApprovalReference));
        }
        return findings.Where(f => !query.OverOnly || f.OverStandard).OrderBy(f => f.OrganId).ThenBy(f => f.StaffName).ToList();
    }
}
