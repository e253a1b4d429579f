using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Contracts.Buildings;

/// <summary>One booking with add-ons as the backfill query answers it: the fields of <see cref="MeetingServicesRequested"/> and the booking's status.</summary>
public sealed record BookingWithAddOns(
    Guid BookingId, Guid RoomId, Guid OrganId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Attendees, BookingStatus Status, IReadOnlyList<BookingAddOn> AddOns);

/// <summary>A page of bookings with add-ons in booking-id order; <paramref name="Next"/> is the cursor of the next page, null at the end.</summary>
public sealed record BookingWithAddOnsPage(IReadOnlyList<BookingWithAddOns> Items, Guid? Next);

/// <summary>
/// Cross-module query for backfill (DESIGN, "New consumers of old events"): the bookings that carry add-ons, whatever their
/// status, keyed by booking id, a page of at most <paramref name="PageSize"/> (1–1000) after the booking id
/// <paramref name="After"/>, with their add-ons read in chunks. Answers every organ's bookings to the system principal; an
/// ordinary principal only its visible organs'.
/// </summary>
public sealed record ListBookingsWithAddOnsQuery(Guid? After, int PageSize) : IQuery<BookingWithAddOnsPage>;
