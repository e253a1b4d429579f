using OrganAffairs.Contracts.Buildings;

namespace OrganAffairs.Buildings.Support;

/// <summary>What the audit trail records of a booking.</summary>
internal sealed record BookingSnapshot(Guid RoomId, Guid OrganId, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Attendees, BookingStatus Status, string? DecisionNote, int AddOns)
{
    public static BookingSnapshot Of(BookingResponse b) => new(b.RoomId, b.OrganId, b.Title, b.StartsAt, b.EndsAt, b.Attendees, b.Status, b.DecisionNote, b.AddOns.Count);
}
