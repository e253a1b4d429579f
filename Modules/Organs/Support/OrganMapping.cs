using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;

namespace OrganAffairs.Organs.Support;

/// <summary>Row → response, and the snapshot the audit trail compares.</summary>
internal static class OrganMapping
{
    public static OrganResponse ToResponse(OrganRow row, IEnumerable<HeadcountRow> headcount) => new(
        row.Id, row.Name, row.ShortName, row.DivisionCode, row.Uscc, row.UsccCheckOverridden, row.Level, row.OrganType,
        row.ParentId, row.Status, row.DissolvedOn, row.IsBureau,
        headcount.Where(h => h.OrganId == row.Id).OrderBy(h => h.RankCode, StringComparer.Ordinal).Select(h => new HeadcountItem(h.RankCode, h.Approved)).ToList(),
        row.Version, row.CreatedAt, row.UpdatedAt);

    public static OrganSnapshot Snapshot(OrganRow row, IEnumerable<HeadcountItem> headcount) => new(
        row.Name, row.ShortName, row.DivisionCode, row.Uscc, row.UsccCheckOverridden, row.UsccOverrideReason, row.Level,
        row.OrganType, row.ParentId, row.Status, row.DissolvedOn, row.DissolveReason, row.IsBureau,
        headcount.OrderBy(h => h.RankCode, StringComparer.Ordinal).Select(h => $"{h.RankCode}={h.Approved}").ToList());

    public static IReadOnlyList<HeadcountRow> Rows(Guid organId, IEnumerable<HeadcountItem>? items) =>
        (items ?? []).Select(i => new HeadcountRow { OrganId = organId, RankCode = i.RankCode, Approved = i.Approved }).ToList();
}

/// <summary>What the audit trail records of an organ.</summary>
internal sealed record OrganSnapshot(
    string Name, string? ShortName, string DivisionCode, string Uscc, bool UsccCheckOverridden, string? UsccOverrideReason,
    AdministrativeLevel Level, OrganType Type, Guid? ParentId, OrganStatus Status, DateOnly? DissolvedOn, string? DissolveReason,
    bool IsBureau, IReadOnlyList<string> Headcount);
