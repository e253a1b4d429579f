using MediatR;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Organs.Features;

/// <summary>Answers <see cref="GetStaffMemberQuery"/> with the rank's name, level and leader flag in force today.</summary>
internal sealed class GetStaffMemberQueryHandler(OrganRepository organs, StaffRepository staff, RankRepository ranks, BusinessClock clock)
    : IRequestHandler<GetStaffMemberQuery, StaffMemberSummary?>
{
    public async Task<StaffMemberSummary?> Handle(GetStaffMemberQuery query, CancellationToken ct)
    {
        var row = await staff.GetVisibleAsync(query.StaffMemberId, ct);
        if (row is null || await organs.GetAsync(row.OrganId, ct) is not { } organ)
        {
            return null;
        }
        var rank = (await ranks.InForceAsync(organ.Level, organ.DivisionCode, clock.Today, ct)).FirstOrDefault(r => r.Code == row.RankCode);
        var posts = await staff.PostsAsync([row.Id], ct);
        return new StaffMemberSummary(
            row.Id, row.Name, row.OrganId, row.RankCode, rank?.NameZh ?? row.RankCode, organ.Level, rank?.IsLeader ?? false, row.Status,
            posts.Where(p => !p.IsPrimary && p.EndedOn is null).Select(p => p.OrganId).ToList());
    }
}
