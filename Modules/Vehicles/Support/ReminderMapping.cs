using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Support;

internal static class ReminderMapping
{
    public const int DefaultDays = 30;
    public const int DefaultKm = 1000;

    public static ReminderResponse ToResponse(ReminderRow r, DateOnly today, int withinDays, int withinKm) => new(
        r.Id, r.VehicleId, r.OrganId, r.Plate, r.Kind, r.DueOn, r.DueKm, r.OdometerKm, r.Note, r.DoneOn,
        ReminderSchedule.StateOf(r.DueOn, r.DueKm, r.OdometerKm, r.DoneOn, today, withinDays, withinKm), r.CreatedAt);
}
