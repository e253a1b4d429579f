using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Support;

/// <summary>
/// The daily sweep of the Vehicles module (docs/adr/0029): every open reminder of a vehicle still in the fleet that
/// is overdue on the day — its date passed or its mileage reached — opens a <c>vehicles.overdue-reminder</c>
/// violation (V7), once. Completing the reminder closes it (Corrected); disposing of the vehicle closes it (SubjectEnded).
/// </summary>
internal sealed class OverdueReminderSweep(ReminderRepository reminders, VehicleViolations violations) : IViolationSweep
{
    public Duty Duty => Duty.Vehicles;

    public async Task SweepAsync(DateOnly today, CancellationToken ct)
    {
        foreach (var reminder in await reminders.OpenAsync(null, null, ct))
        {
            if (ReminderSchedule.StateOf(reminder.DueOn, reminder.DueKm, reminder.OdometerKm, null, today, 0, 0) == ReminderState.Overdue)
            {
                await violations.OpenOverdueReminderAsync(reminder, today, ct);
            }
        }
    }
}
