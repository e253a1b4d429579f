using OrganAffairs.Assets.Data;
using OrganAffairs.Assets.Domain;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Shared.Money;

namespace OrganAffairs.Assets.Support;

internal static class AssetMapping
{
    public static AssetResponse ToResponse(this AssetRow r) => new(
        r.Id, r.Tag, r.Category, r.Model, r.Manufacturer, r.Serial, r.PurchasedOn, Yuan.FromFen(r.PurchasePriceFen), r.WarrantyEndsOn, r.Status,
        r.RoomId, r.HolderOrganId, r.HolderStaffId, r.MissingStocktakeId is not null, r.MissingStocktakeId, r.DisposalMethod, r.DisposedOn,
        r.DisposalReference, r.Version, r.CreatedAt, r.UpdatedAt);

    public static AssetEventResponse ToResponse(this AssetEventRow e) =>
        new(e.Id, e.AssetId, e.Kind, e.OccurredAt, e.OrganId, e.HolderStaffId, e.RoomId, e.ReservationId, e.Note, e.Principal);

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
