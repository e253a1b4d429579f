using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Organs.Data;

/// <summary>A row of organs_staff.</summary>
internal sealed class StaffRow
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public Guid OrganId { get; set; }
    public string RankCode { get; set; } = "";
    public StaffStatus Status { get; set; }
    public DateOnly StatusEffectiveOn { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A row of organs_staff_rank: the rank and organ of a staff member from one date to another.</summary>
internal sealed class StaffRankRow
{
    public Guid Id { get; set; }
    public Guid StaffMemberId { get; set; }
    public Guid OrganId { get; set; }
    public string RankCode { get; set; } = "";
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }

    public bool InForce(DateOnly on) => EffectiveFrom <= on && (EffectiveTo is null || on <= EffectiveTo);
}

/// <summary>A row of organs_post.</summary>
internal sealed class PostRow
{
    public Guid Id { get; set; }
    public Guid StaffMemberId { get; set; }
    public Guid OrganId { get; set; }
    public bool IsPrimary { get; set; }
    public string? Title { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }

    public PostResponse ToResponse() => new(Id, OrganId, IsPrimary, Title, StartedOn, EndedOn);
}

/// <summary>A row of organs_rank: one version of one rank in one jurisdiction.</summary>
internal sealed class RankRow : IRuleRow
{
    public Guid Id { get; set; }
    public string Jurisdiction { get; set; } = "";
    public AdministrativeLevel Level { get; set; }
    public string Code { get; set; } = "";
    public string NameZh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public bool IsLeader { get; set; }
    public int SortOrder { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string Source { get; set; } = "";
    public Guid? DocumentId { get; set; }

    public RankResponse ToResponse() => new(Id, Jurisdiction, Level, Code, NameZh, NameEn, IsLeader, SortOrder, EffectiveFrom, EffectiveTo, Source, DocumentId);
}

internal sealed record StaffFilter(Guid? OrganId, StaffStatus? Status, string? RankCode, string? Search);

/// <summary>Staff in post per organ on a date.</summary>
internal sealed class StaffCountRow
{
    public Guid OrganId { get; set; }
    public long Staff { get; set; }
}
