using OrganAffairs.Assets.Data;
using OrganAffairs.Contracts.Assets;

namespace OrganAffairs.Assets.Support;

internal static class ReservationMapping
{
    public static ReservationResponse ToResponse(this ReservationRow r) => new(
        r.Id, r.AssetId, r.OrganId, r.StaffId, r.StartsAt, r.EndsAt, r.Purpose, r.Status, r.CancelReason, r.StartedAt, r.Version, r.CreatedAt, r.UpdatedAt);
}
