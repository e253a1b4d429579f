namespace OrganAffairs.Contracts.Logistics;

/// <summary>
/// A preventive maintenance plan (预防性维护) for a room: a cron schedule read in the configured business time zone, the
/// catalogue item, priority and checklist of the work orders it generates, and the requester they are raised for.
/// </summary>
/// <param name="OrganId">The organ the work is for; an ordinary organ plans only its own.</param>
/// <param name="RequesterStaffMemberId">The person the generated orders are raised for (confirms them), an active staff member of the organ.</param>
/// <param name="RoomId">The room (Buildings), active, where the generated orders are raised: the target itself when no `target` is given; with a building or floor target, a room of it (the plant room, say; default its first active room by number); with an asset target, default the asset's recorded room.</param>
/// <param name="ServiceItem" example="repair.hvac">A catalogue item in force for the organ's division (L1).</param>
/// <param name="Priority" example="Planned">The generated orders' priority.</param>
/// <param name="Title" example="空调季度保养">1–200 characters.</param>
/// <param name="Schedule" example="0 9 1 */3 *">A cron expression of 5 fields (minute hour day month weekday), in the business time zone.</param>
/// <param name="Checklist">What each visit checks, 1–50 items of 1–200 characters.</param>
/// <param name="Target">What the plan maintains: a building, a floor, a room or an asset, checked through the Buildings and Assets queries (422 logistics.plan-target-not-found when unknown, retired or without an active room); null: the room `roomId`.</param>
public sealed record CreateMaintenancePlanRequest(
    Guid OrganId, Guid RequesterStaffMemberId, Guid? RoomId, string ServiceItem, WorkOrderPriority Priority, string Title, string Schedule,
    IReadOnlyList<string> Checklist, PlanTarget? Target = null);

/// <summary>What a preventive maintenance plan maintains.</summary>
public enum PlanTargetKind
{
    /// <summary>A whole building (Buildings).</summary>
    Building,

    /// <summary>One floor of a building (Buildings' floor id, with its building).</summary>
    Floor,

    /// <summary>A room (Buildings).</summary>
    Room,

    /// <summary>An asset (Assets), held by the organ.</summary>
    Asset,
}

/// <summary>The target of a preventive maintenance plan: its kind and id (a floor also names its building).</summary>
/// <param name="Kind" example="Building">Building, Floor, Room or Asset.</param>
/// <param name="Id">The building's, floor's, room's or asset's id.</param>
/// <param name="BuildingId">For a floor: its building (required); otherwise ignored on input and set on output to the target's building.</param>
public sealed record PlanTarget(PlanTargetKind Kind, Guid Id, Guid? BuildingId = null);

/// <summary>The editable parts of a plan (PUT with If-Match): its title, schedule and checklist. A new schedule counts from the edit.</summary>
/// <param name="Title" example="空调季度保养">1–200 characters.</param>
/// <param name="Schedule" example="0 9 1 */2 *">A cron expression of 5 fields, in the business time zone.</param>
/// <param name="Checklist">1–50 items of 1–200 characters.</param>
public sealed record UpdateMaintenancePlanRequest(string Title, string Schedule, IReadOnlyList<string> Checklist);

/// <summary>Retires a plan (If-Match): it generates nothing more; the orders it already raised stay.</summary>
/// <param name="Reason" example="设备已报废，改由厂家保修">Why, 1–500 characters.</param>
public sealed record RetireMaintenancePlanRequest(string Reason);

/// <summary>A preventive maintenance plan.</summary>
/// <param name="TimeZone">The zone the schedule is read in (the configured business time zone).</param>
/// <param name="NextDueAt">The next occurrence after now (UTC), or null when the schedule has none or the plan is retired.</param>
/// <param name="Target">What the plan maintains (a plan made before targets existed: its room).</param>
/// <param name="ScheduleFrom">Occurrences count from this instant: the creation, or the last edit that changed the schedule.</param>
/// <param name="RetiredAt">Set when the plan is retired: it generates nothing more.</param>
public sealed record MaintenancePlanResponse(
    Guid Id, Guid OrganId, Guid RequesterStaffMemberId, Guid RoomId, string ServiceItem, WorkOrderPriority Priority, string Title, string Schedule,
    string TimeZone, IReadOnlyList<string> Checklist, DateTimeOffset? NextDueAt, DateTimeOffset CreatedAt, PlanTarget? Target = null, Guid? AssetId = null,
    DateTimeOffset? ScheduleFrom = null, DateTimeOffset? RetiredAt = null, string? RetiredReason = null, long Version = 1);

/// <summary>What one generation run did.</summary>
/// <param name="Created">Work orders raised by this run, one per occurrence not generated before.</param>
public sealed record MaintenanceRunResponse(int Created, IReadOnlyList<Guid> WorkOrderIds);
