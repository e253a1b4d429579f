using OrganAffairs.Buildings.Domain;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Buildings.Data;

/// <summary>A row of buildings_office_standard: one version of the m² per person of one rank.</summary>
internal sealed class OfficeStandardRow : IRuleRow
{
    public Guid Id { get; set; }
    public string Jurisdiction { get; set; } = "";
    public AdministrativeLevel Level { get; set; }
    public string RankCode { get; set; } = "";
    public long AreaCenti { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string Source { get; set; } = "";
    public Guid? DocumentId { get; set; }

    public OfficeStandardResponse ToResponse() => new(Id, Jurisdiction, Level, RankCode, Area.FromCenti(AreaCenti), EffectiveFrom, EffectiveTo, Source, DocumentId);
}

/// <summary>A row of buildings_office_count_rule: one version of how many offices a person may hold (B3, B5).</summary>
internal sealed class OfficeCountRuleRow : IRuleRow
{
    public Guid Id { get; set; }
    public string Jurisdiction { get; set; } = "";
    public int PrimaryOrganOffices { get; set; }
    public int MaxOffices { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string Source { get; set; } = "";
    public Guid? DocumentId { get; set; }

    public OfficeCountRuleResponse ToResponse() => new(Id, Jurisdiction, PrimaryOrganOffices, MaxOffices, EffectiveFrom, EffectiveTo, Source, DocumentId);
}

/// <summary>A row of buildings_assignment.</summary>
internal sealed class AssignmentRow
{
    public Guid Id { get; set; }
    public Guid RoomId { get; set; }
    public Guid StaffMemberId { get; set; }
    public Guid OrganId { get; set; }
    public Guid AllocationId { get; set; }
    public bool IsSecondOffice { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? ReleasedOn { get; set; }
    public string? ReleaseReason { get; set; }
    public HoldingStatus Status { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool OverStandard { get; set; }
    public string? ExceptionApprovalReference { get; set; }
    public string? ConcurrentPostRankCode { get; set; }
    public string? SecondOfficeReason { get; set; }
    public string? SecondOfficeApprovalReference { get; set; }

    /// <summary>In use on a date: from the start until the day before release.</summary>
    public bool HoldsOn(DateOnly on) => StartedOn <= on && (ReleasedOn is null || on < ReleasedOn);

    public AssignmentResponse ToResponse() => new(Id, RoomId, StaffMemberId, OrganId, AllocationId, IsSecondOffice, StartedOn, ReleasedOn, ReleaseReason,
        Status, Version, CreatedAt, UpdatedAt, OverStandard, ExceptionApprovalReference, ConcurrentPostRankCode, SecondOfficeReason, SecondOfficeApprovalReference);
}

internal sealed record AssignmentFilter(Guid? OrganId, Guid? StaffMemberId, Guid? RoomId, HoldingStatus? Status);
