using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

internal sealed record OrganAreasReportQuery(DateOnly? On) : IQuery<IReadOnlyList<OrganAreaReportRow>>;

/// <summary>Per organ the caller may see: approved office area against allocated area by room type on the date.</summary>
internal sealed class OrganAreasReportHandler(IMediator mediator, AllocationRepository allocations, SpaceRepository space, BusinessClock clock)
    : IRequestHandler<OrganAreasReportQuery, IReadOnlyList<OrganAreaReportRow>>
{
    public async Task<IReadOnlyList<OrganAreaReportRow>> Handle(OrganAreasReportQuery query, CancellationToken ct)
    {
        var on = query.On ?? clock.Today;
        var names = new ReportNames(mediator);
        var rows = new List<OrganAreaReportRow>();
        foreach (var s in await OrganAreas.SummariseAsync(allocations, space, null, on, ct))
        {
            var area = (RoomType t) => s.AllocatedByType.Where(a => a.Type == t).Sum(a => a.Area) * 1.00m;
            rows.Add(new OrganAreaReportRow(s.OrganId, (await names.OrganAsync(s.OrganId, ct))?.Name ?? "", on, s.ApprovedOfficeArea,
                area(RoomType.Office), area(RoomType.Service), area(RoomType.Equipment), area(RoomType.Ancillary), s.OverBy, s.OverStandard));
        }
        return rows.OrderBy(r => r.OrganName, StringComparer.Ordinal).ThenBy(r => r.OrganId).ToList();
    }
}
