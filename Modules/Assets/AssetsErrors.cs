using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Assets;

/// <summary>Every code the Assets module answers with, with its texts.</summary>
internal static class AssetsErrors
{
    public static readonly ErrorCode AssetNotFound = new("assets.asset-not-found", 404, "资产不存在。", "The asset does not exist.");
    public static readonly ErrorCode ReservationNotFound = new("assets.reservation-not-found", 404, "预约不存在。", "The reservation does not exist.");
    public static readonly ErrorCode StocktakeNotFound = new("assets.stocktake-not-found", 404, "盘点不存在。", "The stock-take does not exist.");
    public static readonly ErrorCode AssetRefNotFound = new("assets.asset-ref-not-found", 400, "所引用的资产不存在。", "The referenced asset does not exist.");
    public static readonly ErrorCode OrganRefNotFound = new("assets.organ-ref-not-found", 400, "所引用的机关不存在或已撤销。", "The referenced organ does not exist or is dissolved.");
    public static readonly ErrorCode StaffRefNotFound = new("assets.staff-ref-not-found", 400, "所引用的工作人员不存在、已离职或不属于该机关。", "The referenced staff member does not exist, has left, or is not of the organ.");
    public static readonly ErrorCode RoomRefNotFound = new("assets.room-ref-not-found", 400, "所引用的房间不存在或已停用。", "The referenced room does not exist or is retired.");
    public static readonly ErrorCode BuildingRefNotFound = new("assets.building-ref-not-found", 400, "所引用的办公楼不存在或没有房间。", "The referenced building does not exist or has no rooms.");
    public static readonly ErrorCode MoneyInvalid = new("assets.amount-invalid", 400, "金额应为 0 至 1 亿元，最多 2 位小数。", "An amount must be 0 to 100,000,000 CNY with at most 2 decimals.");
    public static readonly ErrorCode DateInvalid = new("assets.date-invalid", 400, "日期无效：购置日期不能晚于今天，保修截止日期不能早于购置日期。", "Invalid date: the purchase is not in the future and the warranty does not end before it.");
    public static readonly ErrorCode TagTaken = new("assets.tag-taken", 409, "该资产编号已登记。", "This asset tag is already registered.");
    public static readonly ErrorCode HolderRequired = new("assets.holder-required", 400, "须指定领用机关或领用人。", "Give the holder organ or the holder staff member.");
    public static readonly ErrorCode AssetDisposed = new("assets.asset-disposed", 409, "资产已处置。", "The asset is disposed.");
    public static readonly ErrorCode AssetInRepair = new("assets.asset-in-repair", 409, "资产维修中，不能领用。", "The asset is in repair and cannot be checked out.");
    public static readonly ErrorCode AssetState = new("assets.asset-state", 409, "资产当前状态不允许此操作。", "The asset's current status does not allow this action.");
    public static readonly ErrorCode AssetReserved = new("assets.asset-reserved", 409, "资产在此时已被他人预约。", "The asset is reserved by someone else now.");
    public static readonly ErrorCode HasReservations = new("assets.has-reservations", 409, "资产仍有未开始的预约，请先取消。", "The asset still has reservations to come; cancel them first.");
    public static readonly ErrorCode NotMissing = new("assets.not-missing", 409, "资产未标记为盘亏。", "The asset is not flagged missing.");
    public static readonly ErrorCode ServiceLifeNotReached = new("assets.service-life-not-reached", 422, "未达到使用年限，不得处置；损坏资产须提供技术鉴定文号。", "The service life (使用年限) is not reached; a damaged asset needs a technical appraisal reference.");
    public static readonly ErrorCode ReservationWindow = new("assets.reservation-window-invalid", 400, "预约时间段无效：结束须晚于开始，且不超过 90 天。", "The reservation range is invalid: the end must be after the start and at most 90 days later.");
    public static readonly ErrorCode ReservationInPast = new("assets.reservation-in-past", 400, "预约须从将来的时间开始。", "A reservation must start in the future.");
    public static readonly ErrorCode ReservationConflict = new("assets.reservation-conflict", 409, "该资产在此时间段已有预约。", "The asset already has a reservation overlapping this range.");
    public static readonly ErrorCode ReservationState = new("assets.reservation-state", 409, "预约当前状态不允许此操作。", "The reservation's current status does not allow this action.");
    public static readonly ErrorCode ReservationNotDue = new("assets.reservation-not-due", 409, "预约尚未开始或已结束。", "The reservation has not started yet or has already ended.");
    public static readonly ErrorCode AssetUnavailable = new("assets.asset-unavailable", 409, "资产已被他人领用、维修中或已处置，预约不能转为领用。", "The asset is held by someone else, in repair or disposed; the reservation cannot start.");
    public static readonly ErrorCode StocktakeScopeInvalid = new("assets.stocktake-scope-invalid", 400, "按机关盘点须指定 organId，按办公楼盘点须指定 buildingId（二者只能有一）。", "An Organ stock-take needs organId, a Building one buildingId (and not the other).");
    public static readonly ErrorCode StocktakeClosed = new("assets.stocktake-closed", 409, "盘点已结束。", "The stock-take is closed.");
    public static readonly ErrorCode TagNotFound = new("assets.tag-not-found", 400, "没有该编号的资产（或无权查看）。", "No asset has this tag (or you may not see it).");
    public static readonly ErrorCode Jurisdiction = new("assets.jurisdiction-invalid", 400, "适用地区应为 national 或 6 位行政区划代码。", "The jurisdiction must be \"national\" or a 6-digit division code.");
    public static readonly ErrorCode RuleVersionExists = new("assets.rule-version-exists", 409, "该规则在此日期已有版本。", "This rule already has a version starting on that date.");
}
