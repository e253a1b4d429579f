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
    public static readonly ErrorCode OrganDissolved = new("buildings.organ-dissolved", 409, "机关已撤销。", "The organ is dissolved.");
    public static readonly ErrorCode AreaInvalid = new("buildings.area-invalid", 400, "面积应大于 0，最多两位小数。", "The area must be more than 0 m² with at most 2 decimals.");
    public static readonly ErrorCode NotBookable = new("buildings.room-not-bookable", 409, "该房间不可预订。", "The room cannot be booked.");
    public static readonly ErrorCode OverCapacity = new("buildings.over-capacity", 422, "参会人数超过会议室容量。", "More attendees than the room's capacity.");
    public static readonly ErrorCode DoubleBooked = new("buildings.double-booked", 409, "会议室在该时段已被预订。", "The room is already booked in this window.");
    public static readonly ErrorCode WindowInvalid = new("buildings.window-invalid", 400, "时间段无效：结束须晚于开始，时长不超过 24 小时，且为整分钟。", "Invalid window: the end must follow the start, within 24 hours, on whole minutes.");
    public static readonly ErrorCode BookingInPast = new("buildings.booking-in-past", 422, "不能预订已开始的时段。", "A window that has already started cannot be booked.");
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
    public static readonly ErrorCode QueryWindowInvalid = new("buildings.query-window-invalid", 400, "查询时段无效：to 须晚于 from，跨度不超过 366 天。", "Invalid window: to must follow from, at most 366 days apart.");
}
