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
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>Annual publication (公示) of room use per organ (Buildings_GetPublicationReport): the route.</summary>
internal static class GetPublicationReport
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder reports) =>
        reports.MapGet("/publication", Handle).WithName("Buildings_GetPublicationReport")
            .WithSummary("Annual publication (公示) of room use per organ")
            .WithDescription("Rooms each organ holds at the end of `year` (today while the year runs), with agreement, certificate, office occupants and the room's rents, loans and uses by other units during the year with their approvals (otherUses). Filter: organId. `format=Csv` (or `Accept: text/csv` without a format) answers text/csv.")
            .Produces<IReadOnlyList<PublicationRow>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400).StrictEnums<ReportParameters>()
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<IResult> Handle([FromQuery(Name = "year")] int year, [FromQuery(Name = "organId")] Guid? organId, [FromQuery(Name = "format")] ReportFormat? format,
        HttpContext http, IMediator mediator, CancellationToken ct) =>
        Csv.Answer(format, http, await mediator.Send(new PublicationReportQuery(year, organId), ct), [
            ("organId", r => r.OrganId), ("organName", r => r.OrganName), ("buildingCode", r => r.BuildingCode), ("buildingName", r => r.BuildingName),
            ("roomNumber", r => r.RoomNumber), ("type", r => r.Type), ("usableArea", r => r.UsableArea), ("agreementNumber", r => r.AgreementNumber),
            ("certificateNumber", r => r.CertificateNumber), ("occupants", r => r.Occupants), ("otherUses", r => r.OtherUses)]);
}

internal sealed record PublicationReportQuery(int Year, Guid? OrganId) : IQuery<IReadOnlyList<PublicationRow>>;

internal sealed class PublicationReportValidator : AbstractValidator<PublicationReportQuery>
{
    public PublicationReportValidator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100).OverridePropertyName("year");
}

/// <summary>
/// The annual internal publication (公示) of room use: per organ, every room it holds at the year's end
/// (or today while the year runs), with the agreement, certificate and the occupants of offices.
/// </summary>
internal sealed class PublicationReportHandler(
    IMediator mediator, AllocationRepository allocations, SpaceRepository space, OfficeRepository offices, RoomUseRepository roomUses, BusinessClock clock)
    : IRequestHandler<PublicationReportQuery, IReadOnlyList<PublicationRow>>
{
    public async Task<IReadOnlyList<PublicationRow>> Handle(PublicationReportQuery query, CancellationToken ct)
    {
        var on = ReportYear.AsOf(query.Year, clock.Today);
        var held = (await allocations.OfOrgansAsync(query.OrganId is { } id ? [id] : null, ct)).Where(a => a.HoldsOn(on)).ToList();
        var roomIds = held.Select(a => a.RoomId).Distinct().ToList();
        var rooms = (await space.RoomsAsync(roomIds, ct)).ToDictionary(r => r.Id);
        var buildings = new Dictionary<Guid, BuildingRow>();
        foreach (var buildingId in rooms.Values.Select(r => r.BuildingId).Distinct())
        {
            buildings[buildingId] = (await space.GetBuildingAsync(buildingId, ct))!;
        }
        var occupants = await offices.OnDateAsync(on, null, roomIds, ct);
        var (yearStart, yearEnd) = (new DateOnly(query.Year, 1, 1), new DateOnly(query.Year, 12, 31));
        var uses = (await roomUses.OfAllocationsAsync(held.Select(a => a.Id).ToList(), ct)).Where(u => u.Overlaps(yearStart, yearEnd)).ToList();
        var names = new ReportNames(mediator);
        await names.LoadOrgansAsync(held.Select(a => a.OrganId), ct);
        var rows = new List<PublicationRow>();
        foreach (var a in held)
        {
            var room = rooms[a.RoomId];
            var building = buildings[room.BuildingId];
            var people = new List<string>();
            foreach (var o in occupants.Where(o => o.RoomId == room.Id))
            {
                var staff = await names.StaffAsync(o.StaffMemberId, ct);
                people.Add(staff is null ? o.StaffMemberId.ToString() : $"{staff.Name}（{staff.RankNameZh}）");
            }
            rows.Add(new PublicationRow(a.OrganId, (await names.OrganAsync(a.OrganId, ct))?.Name ?? "", building.Code, building.Name, room.Number, room.RoomType,
                Area.FromCenti(room.UsableAreaCenti), a.AgreementNumber, a.CertificateNumber, string.Join("、", people),
                string.Join("；", uses.Where(u => u.AllocationId == a.Id).Select(Describe))));
        }
        return rows.OrderBy(r => r.OrganName, StringComparer.Ordinal).ThenBy(r => r.BuildingCode, StringComparer.Ordinal).ThenBy(r => r.RoomNumber, StringComparer.Ordinal).ToList();
    }

    /// <summary>"出借：市档案馆 2027-03-01—2027-06-30（机关事务〔2027〕5号）".</summary>
    private static string Describe(RoomUseRow u)
    {
        var kind = u.Kind switch
        {
            RoomUseKind.Rent => "出租",
            RoomUseKind.Lend => "出借",
            _ => "调整给其他单位使用",
        };
        return $"{kind}：{u.UserName} {u.StartsOn:yyyy-MM-dd}—{(u.EndsOn is { } end ? end.ToString("yyyy-MM-dd") : "")}（{u.ApprovalReference}）";
    }
}
