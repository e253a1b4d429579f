namespace OrganAffairs.Contracts.Logistics;

/// <summary>
/// Raises a work order (报修 / 服务工单) for a room of the bureau's buildings or for an asset (Assets): the requesting organ,
/// the person who raises it, the category, the priority and what is wrong.
/// </summary>
/// <param name="OrganId">The requesting organ; an ordinary organ raises only its own.</param>
/// <param name="RequesterStaffMemberId">The person who raises it (报修人), an active staff member of the requesting organ; only they confirm it.</param>
/// <param name="RoomId">The room (Buildings), active: where the work is done. Optional when an asset with a recorded room is named (that room is taken).</param>
/// <param name="ServiceItem" example="repair.hvac">The code of a catalogue item in force for the organ's division today (L1); another is 422 logistics.not-in-catalogue. It gives the category.</param>
/// <param name="Priority" example="Urgent">Emergency, Urgent, Routine or Planned; with the category it picks the service-level policy.</param>
/// <param name="Description" example="会议室空调不制冷">What is wrong or needed, 1–1000 characters.</param>
/// <param name="AssetId">The asset to repair or service (Assets), held by the organ and not disposed; optional.</param>
public sealed record CreateWorkOrderRequest(
    Guid OrganId, Guid RequesterStaffMemberId, Guid? RoomId, string ServiceItem, WorkOrderPriority Priority, string Description, Guid? AssetId = null);

/// <summary>The settable fields of a work order not yet on site (PUT with If-Match).</summary>
/// <param name="ServiceItem" example="repair.hvac">The code of a catalogue item in force on the day the order was raised (L1).</param>
/// <param name="Priority" example="Emergency">Emergency, Urgent, Routine or Planned; the service-level targets follow.</param>
/// <param name="Description" example="会议室空调不制冷，漏水">What is wrong or needed, 1–1000 characters.</param>
public sealed record UpdateWorkOrderRequest(string ServiceItem, WorkOrderPriority Priority, string Description);

/// <summary>A step of the workflow with an optional note (If-Match required).</summary>
/// <param name="Note" example="已电话联系报修人">At most 500 characters.</param>
public sealed record WorkOrderStepRequest(string? Note);

/// <summary>Assigns a work order to a team or a provider (If-Match required).</summary>
/// <param name="Assignee" example="物业维修班组">The team or provider that does the work, 1–200 characters; with a contract, defaults to its provider.</param>
/// <param name="Note" example="派单">At most 500 characters.</param>
/// <param name="ContractId">To assign to a provider: its property-service contract, in force today and covering the order's item (else 422 logistics.contract-not-covering).</param>
public sealed record AssignWorkOrderRequest(string? Assignee, string? Note, Guid? ContractId = null);

/// <summary>Puts a work order on hold, or cancels it, with the reason (If-Match required).</summary>
/// <param name="Reason" example="等待配件到货">Why, 1–500 characters.</param>
public sealed record WorkOrderReasonRequest(string Reason);

/// <summary>The requester confirms the work (验收) with a rating; this closes the order (If-Match required).</summary>
/// <param name="StaffMemberId">The requester who raised the order; another person is 422 logistics.not-the-requester.</param>
/// <param name="Rating" example="5">Satisfaction 1 (very dissatisfied) to 5 (very satisfied).</param>
/// <param name="Comment" example="维修及时">At most 500 characters.</param>
public sealed record ConfirmWorkOrderRequest(Guid StaffMemberId, int Rating, string? Comment);

/// <summary>The requester reopens a resolved or closed order within the reopen window (If-Match required).</summary>
/// <param name="StaffMemberId">The requester who raised the order.</param>
/// <param name="Reason" example="空调再次不制冷">Why, 1–500 characters.</param>
public sealed record ReopenWorkOrderRequest(Guid StaffMemberId, string Reason);

/// <summary>A work order, its state and its service-level clock.</summary>
/// <param name="Assignee">The team or provider it is assigned to, or null before assignment.</param>
/// <param name="HoldReason">Why it is on hold, or null.</param>
/// <param name="Rating">The requester's rating (1–5) once confirmed, or null.</param>
/// <param name="ResolvedAt">When it was last resolved (UTC), or null.</param>
/// <param name="ReopenCount">How many times it was reopened.</param>
/// <param name="Sla">The service-level clock, or null when no policy covers the order's category and priority.</param>
/// <param name="ContractId">The property-service contract it is assigned under, or null (a team, or not assigned).</param>
/// <param name="AssetId">The asset it is for (Assets), or null when the subject is the room.</param>
/// <param name="Cost">The cost charged to the organ (parts, outside labour) in CNY, recorded after resolution, or null.</param>
public sealed record WorkOrderResponse(
    Guid Id, Guid OrganId, Guid RequesterStaffMemberId, Guid RoomId, string ServiceItem, ServiceCategory Category, WorkOrderPriority Priority,
    string Description, WorkOrderStatus Status, string? Assignee, string? HoldReason, int? Rating, string? RatingComment, DateTimeOffset RaisedAt,
    DateTimeOffset? OnSiteAt, DateTimeOffset? ResolvedAt, DateTimeOffset? ClosedAt, int ReopenCount, WorkOrderSla? Sla, long Version, DateTimeOffset UpdatedAt,
    Guid? ContractId = null, decimal? Cost = null, Guid? AssetId = null);

/// <summary>Records (or corrects) what a resolved or closed work order cost the organ (If-Match required).</summary>
/// <param name="Cost" example="380.00">The cost in CNY (2 decimals): parts and outside labour charged to the organ; 0.00 for none.</param>
/// <param name="Note" example="更换压缩机电容，材料费">At most 500 characters; kept in the history.</param>
public sealed record RecordWorkOrderCostRequest(decimal Cost, string? Note);

/// <summary>
/// A work order's service-level clock (L3): the policy in force when it was raised, and the deadlines counted from the raise with
/// every hold excluded. A deadline is null while a hold stops the clock before it. A breach is recorded once and stays.
/// </summary>
/// <param name="PolicyId">The policy version applied.</param>
/// <param name="RespondBy">On site by this instant (UTC), or null (no response target, or on hold).</param>
/// <param name="ResolveBy">Resolved by this instant (UTC), or null (no resolution target, or on hold).</param>
/// <param name="RespondBreached">The order was not on site by RespondBy.</param>
/// <param name="ResolveBreached">The order was not resolved by ResolveBy.</param>
public sealed record WorkOrderSla(
    Guid PolicyId, SlaBasis Basis, int? RespondWithinMinutes, int? ResolveWithinMinutes, DateTimeOffset? RespondBy, DateTimeOffset? ResolveBy,
    bool RespondBreached, bool ResolveBreached);

/// <summary>One entry of a work order's history (who did what and when), oldest first.</summary>
/// <param name="StaffMemberId">The person behind the act where one is needed (raise, confirm, reopen), or null.</param>
/// <param name="Principal">The principal (API key or token subject) that made the change.</param>
/// <param name="Note">The note, reason or comment given, or null.</param>
public sealed record WorkOrderHistoryEntry(
    Guid Id, WorkOrderAction Action, WorkOrderStatus FromStatus, WorkOrderStatus ToStatus, Guid? StaffMemberId, string Principal, string? Note, DateTimeOffset At);
