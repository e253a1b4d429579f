namespace OrganAffairs.Contracts.Buildings;

/// <summary>A service to prepare for a meeting (会务服务), passed on to the logistics service.</summary>
/// <param name="Kind" example="Tea">Tea, Catering, AudioVisual or Setup.</param>
/// <param name="Quantity" example="12">How many (servings, sets), 1–10000.</param>
/// <param name="Note" example="绿茶">Details, at most 500 characters.</param>
public sealed record BookingAddOn(AddOnKind Kind, int Quantity, string? Note);

/// <summary>Book a meeting room for one window.</summary>
/// <param name="RoomId">A bookable, active room.</param>
/// <param name="OrganId">The organising organ (主办单位); an ordinary organ books only for itself.</param>
/// <param name="Title" example="季度工作会议">Title, at most 200 characters.</param>
/// <param name="StartsAt" example="2026-12-01T01:00:00Z">Start, a UTC instant on a whole minute.</param>
/// <param name="EndsAt" example="2026-12-01T03:00:00Z">End, after the start, within 24 hours, on a whole minute.</param>
/// <param name="Attendees" example="12">Attendees, 1 to the room's capacity.</param>
/// <param name="AddOns">Services to prepare, at most 10.</param>
public sealed record CreateBookingRequest(
    Guid RoomId, Guid OrganId, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Attendees, IReadOnlyList<BookingAddOn>? AddOns);

/// <summary>Book a meeting room repeatedly: the first window, repeated daily or weekly up to a date.</summary>
/// <param name="RoomId">A bookable, active room.</param>
/// <param name="OrganId">The organising organ.</param>
/// <param name="Title" example="每周例会">Title, at most 200 characters.</param>
/// <param name="StartsAt" example="2026-12-01T01:00:00Z">Start of the first occurrence (UTC, whole minute).</param>
/// <param name="EndsAt" example="2026-12-01T02:00:00Z">End of the first occurrence.</param>
/// <param name="Attendees" example="8">Attendees, 1 to the room's capacity.</param>
/// <param name="Frequency" example="Weekly">Daily or Weekly.</param>
/// <param name="Until" example="2026-12-29">Last business date an occurrence may start on (at most 1 year after the first; at most 100 occurrences).</param>
/// <param name="AddOns">Services to prepare for every occurrence, at most 10.</param>
public sealed record CreateBookingSeriesRequest(
    Guid RoomId, Guid OrganId, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Attendees,
    RecurrenceFrequency Frequency, DateOnly Until, IReadOnlyList<BookingAddOn>? AddOns);

/// <summary>A decision or cancellation, with an optional note.</summary>
/// <param name="Note" example="同意">At most 500 characters.</param>
public sealed record BookingActionRequest(string? Note);

/// <summary>A meeting-room booking.</summary>
public sealed record BookingResponse(
    Guid Id,
    Guid RoomId,
    Guid OrganId,
    Guid? SeriesId,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int Attendees,
    BookingStatus Status,
    string? DecisionNote,
    IReadOnlyList<BookingAddOn> AddOns,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>The bookings of one recurring series, in time order.</summary>
public sealed record BookingSeriesResponse(Guid SeriesId, IReadOnlyList<BookingResponse> Bookings);

/// <summary>A busy window of a room's calendar. Id, organ and title are shown only when the caller may see the booking.</summary>
public sealed record CalendarEntry(DateTimeOffset StartsAt, DateTimeOffset EndsAt, BookingStatus Status, Guid? BookingId, Guid? OrganId, string? Title);

/// <summary>A room's calendar for a window.</summary>
public sealed record RoomCalendarResponse(Guid RoomId, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<CalendarEntry> Entries);

/// <summary>A window that conflicts with an existing booking: the requested occurrence and the booking in the way.</summary>
/// <param name="RequestedStartsAt">Start of the requested window (the occurrence, for a series).</param>
/// <param name="RequestedEndsAt">End of the requested window.</param>
/// <param name="ConflictStartsAt">Start of the existing booking.</param>
/// <param name="ConflictEndsAt">End of the existing booking.</param>
/// <param name="BookingId">The existing booking's id, only when the caller may see it.</param>
public sealed record BookingConflict(
    DateTimeOffset RequestedStartsAt, DateTimeOffset RequestedEndsAt, DateTimeOffset ConflictStartsAt, DateTimeOffset ConflictEndsAt, Guid? BookingId);
