using FluentValidation;
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
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>Annual filing (备案) of leaders' offices (Buildings_GetLeaderOfficesReport): the route.</summary>
internal static class GetLeaderOfficesReport
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder reports) =>
        reports.MapGet("/leader-offices", Handle).WithName("Buildings_GetLeaderOfficesReport")
            .WithSummary("Annual filing (备案) of leaders' offices")
            .WithDescription("Offices of leaders (ranks flagged leader) at the end of `year`, with occupied and entitled m² under the standard then in force. Filter: organId. `format=Csv` (or `Accept: text/csv` without a format) answers text/csv.")
            .Produces<IReadOnlyList<LeaderOfficeRow>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400).StrictEnums<ReportParameters>()
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<IResult> Handle([FromQuery(Name = "year")] int year, [FromQuery(Name = "organId")] Guid? organId, [FromQuery(Name = "format")] ReportFormat? format,
        HttpContext http, IMediator mediator, CancellationToken ct) =>
        Csv.Answer(format, http, await mediator.Send(new LeaderOfficesReportQuery(year, organId), ct), [
            ("staffMemberId", r => r.StaffMemberId), ("staffName", r => r.StaffName), ("organId", r => r.OrganId), ("organName", r => r.OrganName),
            ("level", r => r.Level), ("rankCode", r => r.RankCode), ("buildingCode", r => r.BuildingCode), ("roomNumber", r => r.RoomNumber),
            ("isSecondOffice", r => r.IsSecondOffice), ("occupants", r => r.Occupants), ("occupiedArea", r => r.OccupiedArea), ("entitledArea", r => r.EntitledArea),
            ("overStandard", r => r.OverStandard)]);
}

internal sealed record LeaderOfficesReportQuery(int Year, Guid? OrganId) : IQuery<IReadOnlyList<LeaderOfficeRow>>;

internal sealed class LeaderOfficesReportValidator : AbstractValidator<LeaderOfficesReportQuery>
{
    public LeaderOfficesReportValidator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100).OverridePropertyName("year");
}

/// <summary>The annual filing (备案) of leaders' offices: every office of a leader (rank flagged leader on that date) at the year's end, with the rank then held, against the standard then in force.</summary>
internal sealed class LeaderOfficesReportHandler(IMediator mediator, OfficeRepository offices, SpaceRepository space, BusinessClock clock)
    : IRequestHandler<LeaderOfficesReportQuery, IReadOnlyList<LeaderOfficeRow>>
{
    public async Task<IReadOnlyList<LeaderOfficeRow>> Handle(LeaderOfficesReportQuery query, CancellationToken ct)
    {
        var on = ReportYear.AsOf(query.Year, clock.Today);
        var visible = await offices.OnDateAsync(on, query.OrganId, null, ct);
        var everyone = await offices.OnDateAsync(on, null, visible.Select(a => a.RoomId).Distinct().ToList(), ct);
        var rooms = (await space.RoomsAsync(visible.Select(a => a.RoomId).Distinct().ToList(), ct)).ToDictionary(r => r.Id);
        var names = new ReportNames(mediator);
        await names.LoadOrgansAsync(visible.Select(a => a.OrganId), ct);
        // The rank, organ and leader flag in force on the report's date (staff rank history in Organs); the current ones for a member with no history then.
        var asOf = await mediator.Send(new GetStaffAsOfQuery(visible.Select(a => a.StaffMemberId).Distinct().ToList(), on), ct);
        var rows = new List<LeaderOfficeRow>();
        foreach (var a in visible)
        {
            var staff = asOf.TryGetValue(a.StaffMemberId, out var then)
                ? then
                : await names.StaffAsync(a.StaffMemberId, ct) is { } now ? new StaffMemberAsOf(now.Id, now.Name, now.OrganId, now.RankCode, now.RankNameZh, now.Level, now.IsLeader) : null;
            if (staff is not { IsLeader: true })
            {
                continue;
            }
            var organ = await names.OrganAsync(staff.OrganId, ct);
            var room = rooms[a.RoomId];
            var building = (await space.GetBuildingAsync(room.BuildingId, ct))!;
            var count = everyone.Count(o => o.RoomId == a.RoomId);
            var share = OfficeShare.PerPerson(room.UsableAreaCenti, count);
            var standard = await OfficeStandards.ForAsync(offices, staff.Level, staff.RankCode, organ?.DivisionCode ?? "", on, ct);
            var entitled = standard is null ? (decimal?)null : Area.FromCenti(standard.AreaCenti);
            rows.Add(new LeaderOfficeRow(staff.Id, staff.Name, a.OrganId, (await names.OrganAsync(a.OrganId, ct))?.Name ?? "", staff.Level, staff.RankCode,
                building.Code, room.Number, a.IsSecondOffice, count, OfficeShare.Display(share), entitled, entitled is { } e && OfficeShare.IsOver(share, e, a.IsSecondOffice)));
        }
        return rows.OrderBy(r => r.OrganName, StringComparer.Ordinal).ThenBy(r => r.StaffName, StringComparer.Ordinal).ToList();
    }
}
