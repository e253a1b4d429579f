using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Buildings;

/// <summary>Every code the Buildings module answers with, with its texts.</summary>
internal static class BuildingsErrors
{
    public static readonly ErrorCode BuildingNotFound = new("buildings.building-not-found", 404, "办公楼不存在。", "The building does not exist.");
    public static readonly ErrorCode RoomNotFound = new("buildings.room-not-found", 404, "房间不存在。", "The room does not exist.");
    public static readonly ErrorCode BookingNotFound = new("buildings.booking-not-found", 404, "会议室预订不存在。", "The booking does not exist.");
    public static readonly ErrorCode BuildingCodeTaken = new("buildings.building-code-taken", 409, "办公楼编号已存在。", "This building code is already registered.");
    public static readonly ErrorCode FloorLabelTaken = new("buildings.floor-label-taken", 409, "该楼内已有同名楼层。", "The building already has a floor with this label.");
    public static readonly ErrorCode RoomNumberTaken = new("buildings.room-number-taken", 409, "该楼内已有此房间号。", "The building already has a room with this number.");
    public static readonly ErrorCode BuildingRetired = new("buildings.building-retired", 409, "办公楼已停用。", "The building is retired.");
    public static readonly ErrorCode RoomRetired = new("buildings.room-retired", 409, "房间已停用。", "The room is retired.");
    public static readonly ErrorCode AlreadyRetired = new("buildings.already-retired", 409, "已停用。", "Already retired.");
    public static readonly ErrorCode BuildingHasActiveRooms = new("buildings.building-has-active-rooms", 409, "办公楼仍有未停用的房间。", "The building still has active rooms.");
    public static readonly ErrorCode RoomHasBookings = new("buildings.room-has-bookings", 409, "房间仍有未结束的会议室预订。", "The room still has bookings that have not ended.");
    public static readonly ErrorCode FloorRef = new("buildings.floor-ref-not-found", 400, "楼层不存在。", "The floor does not exist.");
    public static readonly ErrorCode RoomRef = new("buildings.room-ref-not-found", 400, "房间不存在。", "The room does not exist.");
    public static readonly ErrorCode OrganRef = new("buildings.organ-ref-not-found", 400, "机关不存在。", "The organ does not exist.");
    public static readonly ErrorCode AreaInvalid = new("buildings.area-invalid", 400, "面积应大于 0，最多两位小数。", "The area must be more than 0 m² with at most 2 decimals.");
    public static readonly ErrorCode NotBookable = new("buildings.room-not-bookable", 409, "该房间不可预订。", "The room cannot be booked.");
    public static readonly ErrorCode OverCapacity = new("buildings.over-capacity", 422, "参会人数超过会议室容量。", "More attendees than the room's capacity.");
    public static readonly ErrorCode DoubleBooked = new("buildings.double-booked", 409, "会议室在该时段已被预订。", "The room is already booked in this window.");
    public static readonly ErrorCode WindowInvalid = new("buildings.window-invalid", 400, "时间段无效：结束须晚于开始，时长不超过 24 小时，且为整分钟。", "Invalid window: the end must follow the start, within 24 hours, on whole minutes.");
    public static readonly ErrorCode BookingInPast = new("buildings.booking-in-past", 422, "不能预订已开始的时段。", "A window that has already started cannot be booked.");
    public static readonly ErrorCode CateringAboveAttendees = new("buildings.catering-above-attendees", 422, "餐饮份数不得超过参会人数（反食品浪费法）。", "Catering may not exceed the attendees (anti-food-waste law).");
    public static readonly ErrorCode SeriesTooLong = new("buildings.series-too-long", 400, "重复预订最多 100 次、一年以内。", "A series has at most 100 occurrences within one year.");
    public static readonly ErrorCode BookingNotPending = new("buildings.booking-not-pending", 409, "预订不在待审批状态。", "The booking is not pending.");
    public static readonly ErrorCode BookingClosed = new("buildings.booking-closed", 409, "预订已取消或已被拒绝。", "The booking is already cancelled or rejected.");
    public static readonly ErrorCode OrganNotFound = new("buildings.organ-not-found", 404, "机关不存在。", "The organ does not exist.");
    public static readonly ErrorCode AllocationNotFound = new("buildings.allocation-not-found", 404, "配置记录不存在。", "The allocation does not exist.");
    public static readonly ErrorCode RoomAllocated = new("buildings.room-already-allocated", 409, "该房间已有有效配置。", "The room already has an active allocation.");
    public static readonly ErrorCode AllocationReleased = new("buildings.allocation-released", 409, "该配置已收回。", "The allocation has already been released.");
    public static readonly ErrorCode ReleaseBeforeStart = new("buildings.release-before-start", 400, "收回日期早于开始日期。", "The release date is before the start.");
    public static readonly ErrorCode ChangeOfUseNeedsApproval = new("buildings.change-of-use-needs-approval", 422, "改变房间用途或类型须提供审批文号。", "Changing a room's use or type needs an approval reference.");
    public static readonly ErrorCode ApprovedAreaVersionExists = new("buildings.approved-area-version-exists", 409, "该机关在此日期已有核定面积版本。", "The organ already has an approved area starting on that date.");
    public static readonly ErrorCode RoomHasHolders = new("buildings.room-has-holders", 409, "房间仍有有效配置。", "The room still has an active allocation.");
    public static readonly ErrorCode AssignmentNotFound = new("buildings.assignment-not-found", 404, "办公室使用记录不存在。", "The office assignment does not exist.");
    public static readonly ErrorCode StaffRef = new("buildings.staff-ref-not-found", 400, "人员不存在。", "The staff member does not exist.");
    public static readonly ErrorCode StaffNotActive = new("buildings.staff-not-active", 409, "人员不在职。", "The staff member is not active.");
    public static readonly ErrorCode NotAnOffice = new("buildings.not-an-office", 409, "该房间不是办公室用房。", "The room is not an office room.");
    public static readonly ErrorCode RoomNotAllocatedToOrgan = new("buildings.room-not-allocated-to-organ", 409, "该房间未配置给此人员所在机关。", "The room's active allocation is not held by the staff member's organ.");
    public static readonly ErrorCode AlreadyAssigned = new("buildings.already-assigned", 409, "此人员已在该办公室。", "The staff member already uses this office.");
    public static readonly ErrorCode ThirdOffice = new("buildings.third-office", 422, "办公室数量超过规定（全国规定每人不超过两处）。", "More offices than the office count rule allows (nationally two per person).");
    public static readonly ErrorCode SecondOfficeIncomplete = new("buildings.second-office-incomplete", 422,
        "另行配置办公室须填写兼任职务对应职级、兼职单位相距较远的理由和审批文号。", "A second office needs the concurrent post's rank, the reason (the distance) and the approval reference.");
    public static readonly ErrorCode NoOfficeCountRule = new("buildings.no-office-count-rule-in-force", 422, "此日期没有有效的办公室数量规则。", "No office count rule is in force on that date.");
    public static readonly ErrorCode OfficeCountRuleVersionExists = new("buildings.office-count-rule-version-exists", 409, "办公室数量规则在此日期已有版本。", "The office count rule already has a version starting on that date.");
    public static readonly ErrorCode SecondOfficeNeedsConcurrentPost = new("buildings.second-office-needs-concurrent-post", 422, "只有在其他单位兼职的才可另行配置办公室，且须由兼职单位配置。", "A second office needs a concurrent post in another organ, and the room must be allocated to that organ.");
    public static readonly ErrorCode SecondOfficeNotSmaller = new("buildings.second-office-not-smaller", 422, "另行配置的办公室面积应小于标准。", "A second office must be smaller than the standard.");
    public static readonly ErrorCode OverStandard = new("buildings.over-standard", 422, "办公室人均面积超过标准，须有经批准的例外批准文号。",
        "The office's per-person area exceeds the standard; an approved exception reference is required.");
    public static readonly ErrorCode OverApprovedArea = new("buildings.over-approved-area", 422, "配置后机关办公室用房面积超过核定面积，须有经批准的例外批准文号。",
        "The allocation takes the organ's office area above its approved area; an approved exception reference is required.");
    public static readonly ErrorCode RoomUseNeedsApproval = new("buildings.room-use-needs-approval", 422, "出租、出借或调整给其他单位使用办公用房须提供审批文号。",
        "Renting, lending or handing a room to another unit needs an approval reference.");
    public static readonly ErrorCode UseBeforeAllocation = new("buildings.use-before-allocation", 400, "使用开始日期早于房间配置日期。", "The use starts before the room's allocation.");
    public static readonly ErrorCode AlreadySubmitted = new("buildings.already-submitted", 409, "该机关本年度的公示或备案已登记。", "The organ's publication or filing for that year is already recorded.");
    public static readonly ErrorCode NoDeadlineRule = new("buildings.no-deadline-rule-in-force", 422, "此日期没有有效的腾退期限规则。", "No recovery deadline rule is in force on that date.");
    public static readonly ErrorCode NoStandard = new("buildings.no-standard-in-force", 422, "该职级在此日期没有有效的办公室面积标准。", "No office-area standard is in force for this rank on that date.");
    public static readonly ErrorCode StandardVersionExists = new("buildings.standard-version-exists", 409, "该标准在此日期已有版本。", "This standard already has a version starting on that date.");
    public static readonly ErrorCode Jurisdiction = new("buildings.jurisdiction-invalid", 400, "适用地区应为 national 或 6 位行政区划代码。", "The jurisdiction must be \"national\" or a 6-digit division code.");
    public static readonly ErrorCode AssignmentReleased = new("buildings.assignment-released", 409, "该办公室已腾退。", "The office has already been released.");
    public static readonly ErrorCode RecoveryCaseNotFound = new("buildings.recovery-case-not-found", 404, "收回事项不存在。", "The recovery case does not exist.");
    public static readonly ErrorCode DeadlineRuleVersionExists = new("buildings.deadline-rule-version-exists", 409, "该期限规则在此日期已有版本。", "This deadline rule already has a version starting on that date.");
    public static readonly ErrorCode QueryWindowInvalid = new("buildings.query-window-invalid", 400, "查询时段无效：to 须晚于 from，跨度不超过 366 天。", "Invalid window: to must follow from, at most 366 days apart.");
}
