using OrganAffairs.Contracts.Assets;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Assets.Data;

/// <summary>A row of assets_asset.</summary>
internal sealed class AssetRow
{
    public Guid Id { get; set; }
    public string Tag { get; set; } = "";
    public AssetCategory Category { get; set; }
    public string Model { get; set; } = "";
    public string Manufacturer { get; set; } = "";
    public string? Serial { get; set; }
    public DateOnly PurchasedOn { get; set; }
    public long PurchasePriceFen { get; set; }
    public DateOnly? WarrantyEndsOn { get; set; }
    public AssetStatus Status { get; set; }
    public Guid? RoomId { get; set; }
    public Guid? HolderOrganId { get; set; }
    public Guid? HolderStaffId { get; set; }
    public Guid? MissingStocktakeId { get; set; }
    public AssetDisposalMethod? DisposalMethod { get; set; }
    public DateOnly? DisposedOn { get; set; }
    public string? DisposalReference { get; set; }
    public string? AppraisalReference { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A row of assets_event: one entry of an asset's history.</summary>
internal sealed class AssetEventRow
{
    public Guid Id { get; set; }
    public Guid AssetId { get; set; }
    public AssetEventKind Kind { get; set; }
    public Guid? OrganId { get; set; }
    public Guid? HolderStaffId { get; set; }
    public Guid? RoomId { get; set; }
    public Guid? ReservationId { get; set; }
    public string? Note { get; set; }
    public string Principal { get; set; } = "";
    public DateTimeOffset OccurredAt { get; set; }
}

/// <summary>A row of assets_reservation.</summary>
internal sealed class ReservationRow
{
    public Guid Id { get; set; }
    public Guid AssetId { get; set; }
    public Guid OrganId { get; set; }
    public Guid? StaffId { get; set; }
    public string Purpose { get; set; } = "";
    public ReservationStatus Status { get; set; }
    public string? CancelReason { get; set; }
    public long Version { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A row of assets_stocktake.</summary>
internal sealed class StocktakeRow
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public StocktakeScope Scope { get; set; }
    public Guid? OrganId { get; set; }
    public Guid? BuildingId { get; set; }
    public StocktakeStatus Status { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
}

/// <summary>A row of assets_stocktake_item, with the asset's tag, category and model for the report.</summary>
internal sealed class StocktakeItemRow
{
    public Guid Id { get; set; }
    public Guid StocktakeId { get; set; }
    public Guid AssetId { get; set; }
    public bool Expected { get; set; }
    public Guid? ExpectedRoomId { get; set; }
    public Guid? FoundRoomId { get; set; }
    public StocktakeResult Result { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset? ScannedAt { get; set; }
    public string Tag { get; set; } = "";
    public AssetCategory Category { get; set; }
    public string Model { get; set; } = "";
}

/// <summary>A row of assets_service_life: one version of a category's service life.</summary>
internal sealed class ServiceLifeRow : IRuleRow
{
    public Guid Id { get; set; }
    public AssetCategory Category { get; set; }
    public string Jurisdiction { get; set; } = "";
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public int Years { get; set; }
    public string Source { get; set; } = "";
    public Guid? DocumentId { get; set; }
}

/// <summary>Filters of the asset list; null means no filter.</summary>
internal sealed record AssetFilter(
    AssetCategory? Category, AssetStatus? Status, Guid? HolderOrganId, Guid? RoomId, bool? Missing, string? Search,
    DateOnly? WarrantyFrom = null, DateOnly? WarrantyTo = null, bool ExcludeDisposed = false, bool HeldOnly = false);

/// <summary>Filters of the reservation list.</summary>
internal sealed record ReservationFilter(Guid? AssetId, Guid? OrganId, ReservationStatus? Status, DateTimeOffset? From, DateTimeOffset? To);
