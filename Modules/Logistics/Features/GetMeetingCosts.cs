using MediatR;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>
/// The Contracts query of meetings per organ and year for the 会议费 companion table (no route: the Costs module sends it):
/// meetings not cancelled whose start falls in the year (business dates), attendees × days, the settled cost or the budget.
/// </summary>
internal sealed class GetMeetingCostsHandler(CostRepository costs, OrganScope scope, BusinessClock clock)
    : IRequestHandler<GetMeetingCostsQuery, IReadOnlyDictionary<Guid, MeetingCostLine>>
{
    public async Task<IReadOnlyDictionary<Guid, MeetingCostLine>> Handle(GetMeetingCostsQuery query, CancellationToken ct)
    {
        var (from, to) = BusinessPeriod.Instants(new DateOnly(query.Year, 1, 1), new DateOnly(query.Year, 12, 31), clock);
        var rows = await costs.MeetingCostsAsync(query.OrganIds, from, to, ct);
        var visible = await scope.VisibleAsync(rows, r => r.OrganId, ct);
        return visible.ToDictionary(r => r.OrganId, r => new MeetingCostLine(r.OrganId, (int)r.Meetings, r.AttendeeDays, r.CostFen, (int)r.Unsettled));
    }
}
