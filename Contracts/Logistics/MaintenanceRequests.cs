namespace OrganAffairs.Contracts.Logistics;

/// <summary>
/// A preventive maintenance plan (预防性维护) for a room: a cron schedule read in the configured business time zone, the
/// catalogue item, priority and checklist of the work orders it generates, and the requester they are raised for.
/// </summary>
/// <param name="OrganId">The organ the work is for; an ordinary organ plans only its own.</param>
/// <param name="RequesterStaffMemberId">The person the generated orders are raised for (confirms them), an active staff member of the organ.</param>
/// <param name="RoomId">The room (Buildings), active.</param>
/// <param name="ServiceItem" example="repair.hvac">A catalogue item in force for the organ's division (L1).</param>
/// <param name="Priority" example="Planned">The generated orders' priority.</param>
/// <param name="Title" example="空调季度保养">1–200 characters.</param>
/// <param name="Schedule" example="0 9 1 */3 *">A cron expression of 5 fields (minute hour day month weekday), in the business time zone.</param>
/// <param name="Checklist">What each visit checks, 1–50 items of 1–200 characters.</param>
public sealed record CreateMaintenancePlanRequest(
    Guid OrganId, Guid RequesterStaffMemberId, Guid RoomId, string ServiceItem, WorkOrderPriority Priority, string Title, string Schedule,
    IReadOnlyList<string> Checklist);

/// <summary>A preventive maintenance plan.</summary>
/// <param name="TimeZone">The zone the schedule is read in (the configured business time zone).</param>
/// <param name="NextDueAt">The next occurrence after now (UTC), or null when the schedule has none.</param>
public sealed record MaintenancePlanResponse(
    Guid Id, Guid OrganId, Guid RequesterStaffMemberId, Guid RoomId, string ServiceItem, WorkOrderPriority Priority, string Title, string Schedule,
    string TimeZone, IReadOnlyList<string> Checklist, DateTimeOffset? NextDueAt, DateTimeOffset CreatedAt);

/// <summary>What one generation run did.</summary>
/// <param name="Created">Work orders raised by this run, one per occurrence not generated before.</param>
public sealed record MaintenanceRunResponse(int Created, IReadOnlyList<Guid> WorkOrderIds);
