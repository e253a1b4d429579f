using OrganAffairs.Buildings.Domain;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Buildings.Data;

/// <summary>A row of buildings_allocation.</summary>
internal sealed class AllocationRow
{
    public Guid Id { get; set; }
    public Guid RoomId { get; set; }
    public Guid OrganId { get; set; }
    public AllocationRoute Route { get; set; }
    public string AgreementNumber { get; set; } = "";
    public string CertificateNumber { get; set; } = "";
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? ReleasedOn { get; set; }
    public string? ReleaseReason { get; set; }
    public HoldingStatus Status { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool OverApprovedArea { get; set; }
    public string? ExceptionApprovalReference { get; set; }

    /// <summary>Holds the room on a date: from the start until the day before release.</summary>
    public bool HoldsOn(DateOnly on) => EffectiveFrom <= on && (ReleasedOn is null || on < ReleasedOn);

    public AllocationResponse ToResponse() => new(Id, RoomId, OrganId, Route, AgreementNumber, CertificateNumber, EffectiveFrom, ReleasedOn, ReleaseReason,
        Status, Version, CreatedAt, UpdatedAt, OverApprovedArea, ExceptionApprovalReference);
}

/// <summary>A row of buildings_approved_area: one version of an organ's approved office area.</summary>
internal sealed class ApprovedAreaRow : IRuleRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public long OfficeAreaCenti { get; set; }
    public string ApprovalReference { get; set; } = "";
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Per organ, not per region: every version is the organ's own.</summary>
    public string Jurisdiction => Jurisdictions.National;

    public ApprovedAreaResponse ToResponse() => new(Id, OrganId, Area.FromCenti(OfficeAreaCenti), ApprovalReference, EffectiveFrom, EffectiveTo);
}

internal sealed record AllocationFilter(Guid? OrganId, Guid? RoomId, HoldingStatus? Status);
