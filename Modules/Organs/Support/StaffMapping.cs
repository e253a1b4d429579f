using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Organs.Support;

/// <summary>Row → response, the audit snapshot, and the checks staff use cases share.</summary>
internal static class StaffMapping
{
    public static StaffMemberResponse ToResponse(StaffRow row, IEnumerable<PostRow> posts) => new(
        row.Id, row.Name, row.OrganId, row.RankCode, row.Status, row.StatusEffectiveOn,
        posts.Where(p => p.StaffMemberId == row.Id).Select(p => p.ToResponse()).ToList(),
        row.Version, row.CreatedAt, row.UpdatedAt);

    public static StaffSnapshot Snapshot(StaffRow row) => new(row.Name, row.OrganId, row.RankCode, row.Status, row.StatusEffectiveOn);

    /// <summary>An organ another record points at: 400 when missing or not visible, 409 when dissolved.</summary>
    public static async Task<OrganRow> ActiveOrganAsync(OrganRepository organs, Guid organId, string field, CancellationToken ct)
    {
        var organ = await organs.GetVisibleAsync(organId, ct) ?? throw ProblemException.ForField(OrgansErrors.OrganRefNotFound, field);
        if (organ.Status == OrganStatus.Dissolved)
        {
            throw new ProblemException(OrgansErrors.OrganDissolved);
        }
        return organ;
    }

    /// <summary>The rank must be one of the organ's level in force today for its division.</summary>
    public static async Task EnsureRankAsync(RankRepository ranks, BusinessClock clock, OrganRow organ, string rankCode, string field, CancellationToken ct)
    {
        var inForce = await ranks.InForceAsync(organ.Level, organ.DivisionCode, clock.Today, ct);
        if (!inForce.Any(r => r.Code == rankCode))
        {
            throw ProblemException.ForField(OrgansErrors.RankUnknown, field);
        }
    }

    public static void EnsureActive(StaffRow row)
    {
        if (row.Status != StaffStatus.Active)
        {
            throw new ProblemException(OrgansErrors.StaffNotActive);
        }
    }
}

/// <summary>What the audit trail records of a staff member.</summary>
internal sealed record StaffSnapshot(string Name, Guid OrganId, string RankCode, StaffStatus Status, DateOnly StatusEffectiveOn);
