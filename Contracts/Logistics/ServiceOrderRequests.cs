using OrganAffairs.Contracts.Buildings;

namespace OrganAffairs.Contracts.Logistics;

/// <summary>服务单状态 — Requested (to prepare), Delivered (served), Cancelled (the booking was cancelled or rejected).</summary>
public enum ServiceOrderStatus
{
    Requested = 1,
    Delivered = 2,
    Cancelled = 3,
}

/// <summary>
/// A conference service order (会务服务单): one add-on of a meeting-room booking (tea, catering, AV, setup) for the logistics
/// service to prepare by the meeting's start.
/// </summary>
/// <param name="BookingId">The Buildings booking it serves; with the kind, the order's key.</param>
/// <param name="Kind">Tea, Catering, AudioVisual or Setup.</param>
/// <param name="Quantity">What is to be served. Catering never exceeds the attendees (反食品浪费法).</param>
/// <param name="RequestedQuantity">What the booking asked for (add-ons of one kind summed); above Quantity only for catering above the attendees.</param>
/// <param name="Attendees">The booking's attendees.</param>
/// <param name="DueAt">When it is due: the meeting's start (UTC).</param>
/// <param name="EndsAt">The meeting's end (UTC).</param>
/// <param name="Cost">What the delivery cost in CNY, charged to the organ (recorded at delivery), or null.</param>
public sealed record ServiceOrderResponse(
    Guid Id, Guid BookingId, Guid RoomId, Guid OrganId, AddOnKind Kind, int Quantity, int RequestedQuantity, int Attendees, string? Note,
    DateTimeOffset DueAt, DateTimeOffset EndsAt, ServiceOrderStatus Status, DateTimeOffset? DeliveredAt, string? DeliveryNote,
    DateTimeOffset? CancelledAt, long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, decimal? Cost = null);

/// <summary>Marks a service order delivered (If-Match required).</summary>
/// <param name="Note" example="茶水已备好">At most 500 characters.</param>
/// <param name="Cost" example="450.00">What the delivery cost in CNY (2 decimals), charged to the organ; optional (none when the service is covered by a contract).</param>
public sealed record DeliverServiceOrderRequest(string? Note, decimal? Cost = null);
