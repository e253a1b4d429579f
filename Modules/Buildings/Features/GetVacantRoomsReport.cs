using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Domain;
using OrganAffairs.Buildings.Support;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>Vacant rooms on a date (Buildings_GetVacantRoomsReport): the route.</summary>
internal static class GetVacantRoomsReport
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder reports) =>
        reports.MapGet("/vacant-rooms", Handle).WithName("Buildings_GetVacantRoomsReport")
            .WithSummary("Vacant rooms on a date (空置房间报表)")
            .WithDescription("Active rooms not allocated (bureau principals only see these), and allocated offices with nobody in them (an organ sees its own). `format=Csv` (or `Accept: text/csv` without a format) answers text/csv.")
            .Produces<IReadOnlyList<VacantRoomRow>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400).StrictEnums<ReportParameters>()
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<IResult> Handle([FromQuery(Name = "on")] DateOnly? on, [FromQuery(Name = "format")] ReportFormat? format, HttpContext http, IMediator mediator, CancellationToken ct) =>
        Csv.Answer(format, http, await mediator.Send(new VacantRoomsReportQuery(on), ct), [
            ("roomId", r => r.RoomId), ("buildingCode", r => r.BuildingCode), ("buildingName", r => r.BuildingName), ("roomNumber", r => r.RoomNumber),
            ("type", r => r.Type), ("usableArea", r => r.UsableArea), ("vacancy", r => r.Vacancy), ("organId", r => r.OrganId)]);
}

internal sealed record VacantRoomsReportQuery(DateOnly? On) : IQuery<IReadOnlyList<VacantRoomRow>>;

/// <summary>
/// Active rooms nobody uses on the date: not allocated (the bureau sees these), or an office allocated
/// to an organ with no occupant (an organ sees its own).
/// </summary>
internal sealed class VacantRoomsReportHandler(SpaceRepository space, AllocationRepository allocations, OfficeRepository offices, OrganScope scope, BusinessClock clock)
    : IRequestHandler<VacantRoomsReportQuery, IReadOnlyList<VacantRoomRow>>
{
    public async Task<IReadOnlyList<VacantRoomRow>> Handle(VacantRoomsReportQuery query, CancellationToken ct)
    {
        var on = query.On ?? clock.Today;
        var rooms = new List<RoomRow>();
        for (var page = 1; ; page++)
        {
            var (batch, total) = await space.ListRoomsAsync(new RoomFilter(null, null, null, null, SpaceStatus.Active), new PageRequest(page, PageRequest.MaxPageSize),
                SpaceRepository.RoomSort.OrderBy(null), ct);
            rooms.AddRange(batch);
            if (rooms.Count >= total || batch.Count == 0)
            {
                break;
            }
        }
        var held = (await allocations.OfOrgansAsync(null, ct)).Where(a => a.HoldsOn(on)).ToDictionary(a => a.RoomId);
        var occupied = (await offices.OnDateAsync(on, null, rooms.Where(r => r.RoomType == RoomType.Office).Select(r => r.Id).ToList(), ct))
            .Select(o => o.RoomId).ToHashSet();
        var buildings = new Dictionary<Guid, BuildingRow>();
        var rows = new List<VacantRoomRow>();
        foreach (var room in rooms)
        {
            Vacancy? vacancy = null;
            Guid? organId = null;
            if (!held.TryGetValue(room.Id, out var allocation))
            {
                // Whether a room is held by another organ is not an ordinary organ's business: it sees only its own.
                vacancy = scope.SeesAll ? Vacancy.Unallocated : null;
            }
            else if (room.RoomType == RoomType.Office && !occupied.Contains(room.Id))
            {
                vacancy = Vacancy.Unoccupied;
                organId = allocation.OrganId;
            }
            if (vacancy is null)
            {
                continue;
            }
            if (!buildings.TryGetValue(room.BuildingId, out var building))
            {
                buildings[room.BuildingId] = building = (await space.GetBuildingAsync(room.BuildingId, ct))!;
            }
            rows.Add(new VacantRoomRow(room.Id, building.Code, building.Name, room.Number, room.RoomType, Area.FromCenti(room.UsableAreaCenti), vacancy.Value, organId));
        }
        return rows.OrderBy(r => r.BuildingCode, StringComparer.Ordinal).ThenBy(r => r.RoomNumber, StringComparer.Ordinal).ToList();
    }
}
