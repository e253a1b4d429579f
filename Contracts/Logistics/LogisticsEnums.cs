namespace OrganAffairs.Contracts.Logistics;

/// <summary>
/// 工单状态 — Raised → Triaged → Assigned → OnSite → Resolved → Closed (the requester's confirmation with a rating
/// closes it); Triaged, Assigned and OnSite may be put OnHold with a reason and resumed to where they were; a Resolved or
/// Closed order may be reopened within the reopen window (back to Assigned); Raised and Triaged may be Cancelled.
/// </summary>
public enum WorkOrderStatus
{
    Raised = 1,
    Triaged = 2,
    Assigned = 3,
    OnSite = 4,
    OnHold = 5,
    Resolved = 6,
    Closed = 7,
    Cancelled = 8,
}

/// <summary>
/// 服务类别 — Repair 维修, Cleaning 保洁, Security 安保, Greening 绿化, MeetingService 会议服务, Catering 餐饮,
/// Printing 印刷, Other 其他.
/// </summary>
public enum ServiceCategory
{
    Repair = 1,
    Cleaning = 2,
    Security = 3,
    Greening = 4,
    MeetingService = 5,
    Catering = 6,
    Printing = 7,
    Other = 8,
}

/// <summary>优先级 — Emergency 紧急, Urgent 加急, Routine 一般, Planned 计划.</summary>
public enum WorkOrderPriority
{
    Emergency = 1,
    Urgent = 2,
    Routine = 3,
    Planned = 4,
}

/// <summary>What a work-order history entry records: Raised, Updated, a status change, or a hold's end.</summary>
public enum WorkOrderAction
{
    Raised = 1,
    Updated = 2,
    Triaged = 3,
    Assigned = 4,
    ArrivedOnSite = 5,
    PutOnHold = 6,
    Resumed = 7,
    Resolved = 8,
    Confirmed = 9,
    Reopened = 10,
    Cancelled = 11,
    CostRecorded = 12,
}

/// <summary>How a service-level target is counted: WorkingTime (the business calendar's working hours on working days, 调休 included, lunch break excluded) or CalendarTime (round the clock).</summary>
public enum SlaBasis
{
    WorkingTime = 1,
    CalendarTime = 2,
}
