using FluentValidation;
using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Domain;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

internal sealed record LeaderOfficesReportQuery(int Year, Guid? OrganId) : IQuery<IReadOnlyList<LeaderOfficeRow>>;

internal sealed class LeaderOfficesReportValidator : AbstractValidator<LeaderOfficesReportQuery>
{
    public LeaderOfficesReportValidator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100).OverridePropertyName("year");
}

/// <summary>The annual filing (备案) of leaders' offices: every office of a leader (rank flagged leader) at the year's end, against the standard then in force.</summary>
internal sealed class LeaderOfficesReportHandler(IMediator mediator, OfficeRepository offices, SpaceRepository space, BusinessClock clock)
    : IRequestHandler<LeaderOfficesReportQuery, IReadOnlyList<LeaderOfficeRow>>
{
    public async Task<IReadOnlyList<LeaderOfficeRow>> Handle(LeaderOfficesReportQuery query, CancellationToken ct)
    {
        var on = ReportNames.YearEnd(query.Year, clock.Today);
        var visible = await offices.OnDateAsync(on, query.OrganId, null, ct);
        var everyone = await offices.OnDateAsync(on, null, visible.Select(a => a.RoomId).Distinct().ToList(), ct);
        var rooms = (await space.RoomsAsync(visible.Select(a => a.RoomId).Distinct().ToList(), ct)).ToDictionary(r => r.Id);
        var names = new ReportNames(mediator);
        var rows = new List<LeaderOfficeRow>();
        foreach (var a in visible)
        {
            var staff = await names.StaffAsync(a.StaffMemberId, ct);
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
