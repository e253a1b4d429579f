using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Contracts.Buildings;

/// <summary>
/// A meeting-room booking with add-ons (tea, catering, AV, setup) was made: for the logistics
/// service to prepare. Published once per booking (each occurrence of a series is a booking).
/// </summary>
public sealed record MeetingServicesRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid BookingId,
    Guid RoomId,
    Guid OrganId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int Attendees,
    IReadOnlyList<BookingAddOn> AddOns) : IIntegrationEvent;

/// <summary>A booking whose meeting services were requested was cancelled or rejected: the services are no longer needed.</summary>
public sealed record MeetingServicesCancelled(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid BookingId,
    Guid RoomId,
    Guid OrganId,
    BookingStatus Status) : IIntegrationEvent;
