using MediatR;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;

namespace OrganAffairs.Organs.Features;

/// <summary>Answers <see cref="GetStaffAsOfQuery"/> from the staff rank history, with the rank's name, level and leader flag in force on the date.</summary>
internal sealed class GetStaffAsOfQueryHandler(OrganRepository organs, StaffRepository staff, RankRepository ranks)
    : IRequestHandler<GetStaffAsOfQuery, IReadOnlyDictionary<Guid, StaffMemberAsOf>>
{
    public async Task<IReadOnlyDictionary<Guid, StaffMemberAsOf>> Handle(GetStaffAsOfQuery query, CancellationToken ct)
    {
        var ids = query.StaffMemberIds.Distinct().ToList();
        var history = (await staff.RankHistoryAsync(ids, ct)).Where(h => h.InForce(query.On)).ToList();
        var names = (await staff.ByIdsAsync(history.Select(h => h.StaffMemberId).ToList(), ct)).ToDictionary(s => s.Id, s => s.Name);
        var rankTables = new Dictionary<Guid, (OrganRow Organ, IReadOnlyList<RankRow> Ranks)?>();
        var result = new Dictionary<Guid, StaffMemberAsOf>();
        foreach (var h in history)
        {
            if (!rankTables.TryGetValue(h.OrganId, out var table))
            {
                rankTables[h.OrganId] = table = await organs.GetAsync(h.OrganId, ct) is { } organ
                    ? (organ, await ranks.InForceAsync(organ.Level, organ.DivisionCode, query.On, ct))
                    : null;
            }
            if (table is not { } t)
            {
                continue;
            }
            var rank = t.Ranks.FirstOrDefault(r => r.Code == h.RankCode);
            result[h.StaffMemberId] = new StaffMemberAsOf(h.StaffMemberId, names.GetValueOrDefault(h.StaffMemberId, ""), h.OrganId, h.RankCode, rank?.NameZh ?? h.RankCode,
                t.Organ.Level, rank?.IsLeader ?? false);
        }
        return result;
    }
}
