using OrganAffairs.Contracts.Vehicles;

namespace OrganAffairs.Vehicles.Domain;

/// <summary>When a maintenance, insurance or inspection reminder is due: on a date, at a mileage, or both (whichever comes first).</summary>
internal static class ReminderSchedule
{
    /// <summary>Overdue once the date has passed (due today is not yet overdue) or the mileage is reached; Upcoming within the look-ahead.</summary>
    public static ReminderState StateOf(DateOnly? dueOn, int? dueKm, int odometerKm, DateOnly? doneOn, DateOnly today, int withinDays, int withinKm)
    {
        if (doneOn is not null)
        {
            return ReminderState.Done;
        }
        if ((dueOn is { } on && on < today) || (dueKm is { } km && odometerKm >= km))
        {
            return ReminderState.Overdue;
        }
        if ((dueOn is { } soon && soon <= today.AddDays(withinDays)) || (dueKm is { } near && near - odometerKm <= withinKm))
        {
            return ReminderState.Upcoming;
        }
        return ReminderState.Later;
    }
}
