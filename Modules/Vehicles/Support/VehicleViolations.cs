using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Time;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Support;

/// <summary>
/// The Vehicles module's breaches in the Shared violation ledger (docs/adr/0029): holdings above the quota of a
/// category (V6) and overdue reminders (V7). Every call runs in the caller's transaction.
/// </summary>
internal sealed class VehicleViolations(VehicleRepository vehicles, Violations violations, BusinessClock clock)
{
    public const string OverQuota = "vehicles.over-quota";
    public const string OverdueReminder = "vehicles.overdue-reminder";

    /// <summary>
    /// Compares the organ's holdings with its quota per category: an over-quota violation opens (once) where the
    /// vehicles held exceed the approved number, and closes where they are back within it.
    /// </summary>
    public async Task ReviewQuotasAsync(Guid organId, CancellationToken ct)
    {
        var approved = (await vehicles.QuotasAsync(organId, ct)).ToDictionary(q => q.Category, q => q.Approved);
        var inUse = await vehicles.InUseAsync(organId, ct);
        foreach (var category in approved.Keys.Union(inUse.Keys).Order())
        {
            var subject = QuotaSubject.Of(organId, category);
            if (inUse.GetValueOrDefault(category) > approved.GetValueOrDefault(category))
            {
                await violations.OpenOnceAsync(new ViolationFinding(Duty.Vehicles, OverQuota, subject, organId, "V6", null, clock.Today, null), ct);
            }
            else
            {
                await violations.CloseOpenAsync(Duty.Vehicles, OverQuota, subject, clock.Today, ViolationCloseReason.Corrected,
                    $"{category}: {inUse.GetValueOrDefault(category)} ≤ {approved.GetValueOrDefault(category)}", ct);
            }
        }
    }

    /// <summary>An overdue reminder (maintenance, insurance, annual inspection not done in time) opens once.</summary>
    public Task OpenOverdueReminderAsync(ReminderRow reminder, DateOnly today, CancellationToken ct) =>
        violations.OpenOnceAsync(new ViolationFinding(Duty.Vehicles, OverdueReminder, reminder.Id, reminder.OrganId, "V7", null, today, null), ct);

    /// <summary>The reminder was done, or its vehicle left the fleet: its overdue violation, if open, closes.</summary>
    public Task CloseReminderAsync(Guid reminderId, DateOnly on, ViolationCloseReason reason, string? note, CancellationToken ct) =>
        violations.CloseOpenAsync(Duty.Vehicles, OverdueReminder, reminderId, on, reason, note, ct);
}
