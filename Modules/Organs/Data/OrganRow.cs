using OrganAffairs.Contracts.Organs;

namespace OrganAffairs.Organs.Data;

/// <summary>A row of organs_organ.</summary>
internal sealed class OrganRow
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string? ShortName { get; set; }
    public string DivisionCode { get; set; } = "";
    public string Uscc { get; set; } = "";
    public bool UsccCheckOverridden { get; set; }
    public string? UsccOverrideReason { get; set; }
    public AdministrativeLevel Level { get; set; }
    public OrganType OrganType { get; set; }
    public Guid? ParentId { get; set; }
    public OrganStatus Status { get; set; }
    public DateOnly? DissolvedOn { get; set; }
    public string? DissolveReason { get; set; }
    public bool IsBureau { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public OrganSummary ToSummary() => new(Id, Name, DivisionCode, Level, OrganType, ParentId, Status);
}

/// <summary>A row of organs_headcount.</summary>
internal sealed class HeadcountRow
{
    public Guid OrganId { get; set; }
    public string RankCode { get; set; } = "";
    public int Approved { get; set; }
}

/// <summary>Filters of the organ list; null means no filter.</summary>
internal sealed record OrganFilter(AdministrativeLevel? Level, OrganType? Type, Guid? ParentId, OrganStatus? Status, string? Search);
