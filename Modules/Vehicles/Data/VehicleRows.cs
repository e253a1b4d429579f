using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Vehicles.Data;

/// <summary>A row of vehicles_vehicle.</summary>
internal sealed class VehicleRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public string Plate { get; set; } = "";
    public string Vin { get; set; } = "";
    public string Brand { get; set; } = "";
    public string Model { get; set; } = "";
    public bool DomesticBrand { get; set; }
    public VehicleOrigin? Origin { get; set; }
    public EnergyType EnergyType { get; set; }
    public BodyType BodyType { get; set; }
    public VehicleCategory Category { get; set; }
    public int Seats { get; set; }
    public int? DisplacementMl { get; set; }
    public long PurchasePriceFen { get; set; }
    public DateOnly PurchasedOn { get; set; }
    public int OdometerKm { get; set; }
    public VehicleStatus Status { get; set; }
    public Guid? AssignedLeaderId { get; set; }
    public string? ApprovalReference { get; set; }
    public string? PurchaseStandardCode { get; set; }
    public DisposalMethod? DisposalMethod { get; set; }
    public DateOnly? DisposedOn { get; set; }
    public long? DisposalProceedsFen { get; set; }
    public string? DisposalReference { get; set; }
    public string? WriteOffReference { get; set; }
    public AcquisitionMethod AcquisitionMethod { get; set; } = AcquisitionMethod.InitialLedger;
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A row of vehicles_quota.</summary>
internal sealed class QuotaRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public VehicleCategory Category { get; set; }
    public int Approved { get; set; }
}

/// <summary>A row of vehicles_rule: one version of one rule of one kind.</summary>
internal sealed class RuleRow : IKindRuleRow
{
    public Guid Id { get; set; }
    public string Kind { get; set; } = "";
    public string RuleKey { get; set; } = "";
    public string Jurisdiction { get; set; } = "";
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string Value { get; set; } = "";
    public string Source { get; set; } = "";
    public Guid? DocumentId { get; set; }
}

/// <summary>Filters of the vehicle list; null means no filter.</summary>
internal sealed record VehicleFilter(Guid? OrganId, VehicleCategory? Category, VehicleStatus? Status, string? Search);

/// <summary>A vehicle's purchase, for the fleet report.</summary>
internal sealed class PurchaseRow
{
    public Guid OrganId { get; set; }
    public DateOnly PurchasedOn { get; set; }
    public EnergyType EnergyType { get; set; }
}

/// <summary>An organ's vehicles bought in a year and held at its end.</summary>
internal sealed class VehicleCountRow
{
    public Guid OrganId { get; set; }
    public long Bought { get; set; }
    public long Held { get; set; }
}
