namespace OrganAffairs.Contracts.Assets;

/// <summary>Reserves an asset (预约) for a future half-open range [startsAt, endsAt) in UTC.</summary>
/// <param name="AssetId">The asset.</param>
/// <param name="OrganId">The organ it is reserved for; an ordinary organ reserves for itself.</param>
/// <param name="StaffId">A staff member of the organ who will hold it, optional.</param>
/// <param name="StartsAt" example="2030-12-02T01:00:00Z">Start (inclusive), in the future.</param>
/// <param name="EndsAt" example="2030-12-04T09:00:00Z">End (exclusive), after the start, at most 90 days later.</param>
/// <param name="Purpose" example="年度培训使用投影仪">At most 200 characters.</param>
public sealed record CreateReservationRequest(Guid AssetId, Guid OrganId, Guid? StaffId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Purpose);

/// <summary>A reason for cancelling.</summary>
/// <param name="Reason" example="活动取消">1–500 characters.</param>
public sealed record CancelReservationRequest(string Reason);

/// <summary>A reservation of an asset.</summary>
public sealed record ReservationResponse(
    Guid Id, Guid AssetId, Guid OrganId, Guid? StaffId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Purpose, ReservationStatus Status,
    string? CancelReason, DateTimeOffset? StartedAt, long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>The reservation a request overlaps: its range always, its id only when the caller may see it.</summary>
public sealed record ReservationConflict(DateTimeOffset StartsAt, DateTimeOffset EndsAt, Guid? ReservationId);
