using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Support;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>Per-organ summary: approved office area against allocated area by room type (Buildings_GetOrganAreasReport): the route.</summary>
internal static class GetOrganAreasReport
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder reports) =>
        reports.MapGet("/organ-areas", Handle).WithName("Buildings_GetOrganAreasReport")
            .WithSummary("Per-organ summary: approved office area against allocated area by room type (各机关办公用房面积汇总)")
            .WithDescription("On `on` (default today), each organ the caller may see. `format=Csv` (or `Accept: text/csv` without a format) answers text/csv (UTF-8 with BOM) with the same columns.")
            .Produces<IReadOnlyList<OrganAreaReportRow>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400).StrictEnums<ReportParameters>()
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<IResult> Handle([FromQuery(Name = "on")] DateOnly? on, [FromQuery(Name = "format")] ReportFormat? format, HttpContext http, IMediator mediator, CancellationToken ct) =>
        Csv.Answer(format, http, await mediator.Send(new OrganAreasReportQuery(on), ct), [
            ("organId", r => r.OrganId), ("organName", r => r.OrganName), ("on", r => r.On), ("approvedOfficeArea", r => r.ApprovedOfficeArea),
            ("officeArea", r => r.OfficeArea), ("serviceArea", r => r.ServiceArea), ("equipmentArea", r => r.EquipmentArea), ("ancillaryArea", r => r.AncillaryArea),
            ("overBy", r => r.OverBy), ("overStandard", r => r.OverStandard)]);
}

internal sealed record OrganAreasReportQuery(DateOnly? On) : IQuery<IReadOnlyList<OrganAreaReportRow>>;

/// <summary>Per organ the caller may see: approved office area against allocated area by room type on the date.</summary>
internal sealed class OrganAreasReportHandler(IMediator mediator, AllocationRepository allocations, SpaceRepository space, BusinessClock clock)
    : IRequestHandler<OrganAreasReportQuery, IReadOnlyList<OrganAreaReportRow>>
{
    public async Task<IReadOnlyList<OrganAreaReportRow>> Handle(OrganAreasReportQuery query, CancellationToken ct)
    {
        var on = query.On ?? clock.Today;
        var names = new ReportNames(mediator);
        var summaries = await OrganAreas.SummariseAsync(allocations, space, null, on, ct);
        await names.LoadOrgansAsync(summaries.Select(s => s.OrganId), ct);
        var rows = new List<OrganAreaReportRow>();
        foreach (var s in summaries)
        {
            var area = (RoomType t) => s.AllocatedByType.Where(a => a.Type == t).Sum(a => a.Area) * 1.00m;
            rows.Add(new OrganAreaReportRow(s.OrganId, (await names.OrganAsync(s.OrganId, ct))?.Name ?? "", on, s.ApprovedOfficeArea,
                area(RoomType.Office), area(RoomType.Service), area(RoomType.Equipment), area(RoomType.Ancillary), s.OverBy, s.OverStandard));
        }
        return rows.OrderBy(r => r.OrganName, StringComparer.Ordinal).ThenBy(r => r.OrganId).ToList();
    }
}
