using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Vehicles;

/// <summary>Every code the Vehicles module answers with, with its texts.</summary>
internal static class VehiclesErrors
{
    public static readonly ErrorCode VehicleNotFound = new("vehicles.vehicle-not-found", 404, "车辆不存在。", "The vehicle does not exist.");
    public static readonly ErrorCode DriverNotFound = new("vehicles.driver-not-found", 404, "驾驶员不存在。", "The driver does not exist.");
    public static readonly ErrorCode OrganQuotaNotFound = new("vehicles.organ-not-found", 404, "机关不存在。", "The organ does not exist.");
    public static readonly ErrorCode TripNotFound = new("vehicles.trip-not-found", 404, "用车申请不存在。", "The trip does not exist.");
    public static readonly ErrorCode OrganRefNotFound = new("vehicles.organ-ref-not-found", 400, "所引用的机关不存在。", "The referenced organ does not exist.");
    public static readonly ErrorCode VehicleRefNotFound = new("vehicles.vehicle-ref-not-found", 400, "所引用的车辆不存在。", "The referenced vehicle does not exist.");
    public static readonly ErrorCode DriverRefNotFound = new("vehicles.driver-ref-not-found", 400, "所引用的驾驶员不存在。", "The referenced driver does not exist.");
    public static readonly ErrorCode LeaderRefNotFound = new("vehicles.leader-ref-not-found", 400, "所引用的领导不存在或不属于该机关。", "The referenced leader does not exist or is not of the vehicle's organ.");
    public static readonly ErrorCode PlateInvalid = new("vehicles.plate-invalid", 400, "号牌号码格式不符合现行号牌规则。", "The plate number does not match the plate rule in force.");
    public static readonly ErrorCode PlateEnergyMismatch = new("vehicles.plate-energy-mismatch", 400, "新能源号牌与能源类型不符（D 为纯电动，F 为其他新能源；燃油车不使用新能源号牌）。", "The new-energy plate does not match the energy type (D battery-electric, F other new energy; not for fuel vehicles).");
    public static readonly ErrorCode SpecialPlateNotCarried = new("vehicles.special-plate-not-carried", 422, "该机关或车辆类别不使用此类特种号牌（警用、应急管理等，见特种号牌规则）。", "This organ or vehicle category does not carry this special plate series (police, emergency management; see the special plate rule).");
    public static readonly ErrorCode VinShape = new("vehicles.vin-invalid", 400, "车辆识别代号应为 17 位数字和除 I、O、Q 外的大写字母。", "The VIN must be 17 characters of 0-9 and A–Z without I, O, Q.");
    public static readonly ErrorCode VinCheck = new("vehicles.vin-check-failed", 400, "车辆识别代号第 9 位校验位不正确。", "The check digit (9th character) of the VIN is wrong.");
    public static readonly ErrorCode DisplacementRequired = new("vehicles.displacement-invalid", 400, "排量：纯电动车不填，其他车辆必填（0.1–20 升）。", "Displacement: none for battery-electric vehicles, required (0.1–20 L) for the others.");
    public static readonly ErrorCode MoneyInvalid = new("vehicles.amount-invalid", 400, "金额应为 0 至 1 亿元，最多 2 位小数。", "An amount must be 0 to 100,000,000 CNY with at most 2 decimals.");
    public static readonly ErrorCode PlateTaken = new("vehicles.plate-taken", 409, "该号牌已登记。", "This plate number is already registered.");
    public static readonly ErrorCode VinTaken = new("vehicles.vin-taken", 409, "该车辆识别代号已登记。", "This VIN is already registered.");
    public static readonly ErrorCode OverQuota = new("vehicles.over-quota", 422, "超出车辆编制：该机关此类别车辆已达核定数量。", "Over the vehicle quota (车辆编制) of the organ for this category.");
    public static readonly ErrorCode OverStandard = new("vehicles.over-purchase-standard", 422, "超出公务用车配备标准。", "Over the purchase standard (配备标准).");
    public static readonly ErrorCode NotALeader = new("vehicles.not-a-leader", 422, "只有领导职级人员可固定配备公务用车。", "Only a staff member of a leader rank may have a fixed vehicle.");
    public static readonly ErrorCode RankWithoutFixedCar = new("vehicles.rank-without-fixed-car", 422, "该职级不在固定配备公务用车的职级范围内（中办发〔2017〕71号：省部级及以上）。", "Staff of this rank may not have a fixed car (fixed-car rank rule, V5: provincial-ministerial level and above).");
    public static readonly ErrorCode OffRoadLeaderCar = new("vehicles.off-road-leader-car", 422, "越野车不得作为领导干部固定用车（中办发〔2017〕71号）。", "An off-road vehicle may not be a leader's fixed car (中办发〔2017〕71号).");
    public static readonly ErrorCode RuleMissing = new("vehicles.rule-missing", 422, "没有在该日期、该地区适用的规则。", "No rule is in force for this date and jurisdiction.");
    public static readonly ErrorCode VehicleDisposed = new("vehicles.vehicle-disposed", 409, "车辆已处置。", "The vehicle is disposed.");
    public static readonly ErrorCode StatusNotSettable = new("vehicles.status-not-settable", 400, "状态只能设为 Available、Maintenance 或 Sealed。", "Status can only be set to Available, Maintenance or Sealed.");
    public static readonly ErrorCode VehicleOnTrip = new("vehicles.vehicle-on-trip", 409, "车辆出车中，不能修改状态。", "The vehicle is on a trip; its status cannot change now.");
    public static readonly ErrorCode QuotaDuplicate = new("vehicles.quota-duplicate", 400, "编制中车辆类别重复。", "A category appears twice in the quota.");
    public static readonly ErrorCode Jurisdiction = new("vehicles.jurisdiction-invalid", 400, "适用地区应为 national 或 6 位行政区划代码。", "The jurisdiction must be \"national\" or a 6-digit division code.");
    public static readonly ErrorCode RuleVersionExists = new("vehicles.rule-version-exists", 409, "该规则在此日期已有版本。", "This rule already has a version starting on that date.");
    public static readonly ErrorCode CharacterSet = new("vehicles.character-set-invalid", 400, "字符集无效（应为不重复的大写字母 A–Z；省份简称为汉字）。", "Invalid character set (distinct capitals A–Z; province abbreviations are Chinese characters).");
    public static readonly ErrorCode LicenceClassUnknown = new("vehicles.licence-class-unknown", 400, "准驾车型不在现行准驾车型规则中。", "The licence class is not in the licence-class rule in force.");
    public static readonly ErrorCode TripWindow = new("vehicles.trip-window-invalid", 400, "用车时间段无效：结束须晚于开始，且不超过 31 天。", "The trip window is invalid: the end must be after the start and at most 31 days later.");
    public static readonly ErrorCode TripState = new("vehicles.trip-state", 409, "用车申请当前状态不允许此操作。", "The trip's current status does not allow this action.");
    public static readonly ErrorCode VehicleUnavailable = new("vehicles.vehicle-unavailable", 409, "车辆维修、封存或已处置，不能派车。", "The vehicle is in maintenance, sealed or disposed and cannot be dispatched.");
    public static readonly ErrorCode DriverUnavailable = new("vehicles.driver-unavailable", 409, "驾驶员已停用。", "The driver is retired.");
    public static readonly ErrorCode NotEnoughSeats = new("vehicles.not-enough-seats", 422, "车辆座位数不足（乘车人数加驾驶员）。", "Not enough seats for the passengers plus the driver.");
    public static readonly ErrorCode LicenceExpired = new("vehicles.licence-expired", 422, "驾驶证已过期或在用车结束前过期。", "The driving licence has expired or expires before the trip ends.");
    public static readonly ErrorCode LicenceClassMismatch = new("vehicles.licence-class-mismatch", 422, "驾驶员准驾车型不包括该车型。", "The driver's licence class does not cover the vehicle's body type.");
    public static readonly ErrorCode SealedPeriod = new("vehicles.sealed-period", 422, "用车时间在节假日封存期内，须提供应急审批文号。", "The trip falls in a sealed period (节假日封存); an emergency approval reference is needed.");
    public static readonly ErrorCode VehicleDoubleBooked = new("vehicles.double-booked", 409, "该车辆在此时间段已有派车。", "The vehicle already has a trip overlapping this window.");
    public static readonly ErrorCode DriverDoubleBooked = new("vehicles.driver-double-booked", 409, "该驾驶员在此时间段已有派车。", "The driver already has a trip overlapping this window.");
    public static readonly ErrorCode OdometerBackwards = new("vehicles.odometer-backwards", 400, "里程读数不能小于此前读数。", "An odometer reading cannot be below the previous one.");
    public static readonly ErrorCode QuantityInvalid = new("vehicles.quantity-invalid", 400, "数量应为 0 至 100000，最多 3 位小数。", "A quantity must be 0 to 100,000 with at most 3 decimals.");
    public static readonly ErrorCode SealedPeriodInvalid = new("vehicles.sealed-period-invalid", 400, "封存期结束日期不能早于开始日期，且不超过 366 天。", "A sealed period ends on or after its start and lasts at most 366 days.");
    public static readonly ErrorCode MonthInvalid = new("vehicles.month-invalid", 400, "月份格式应为 yyyy-MM，且起始月份不晚于结束月份。", "A month is yyyy-MM, and from is not after to.");
    public static readonly ErrorCode ReminderNotFound = new("vehicles.reminder-not-found", 404, "提醒不存在。", "The reminder does not exist.");
    public static readonly ErrorCode ReminderDue = new("vehicles.reminder-due-missing", 400, "提醒须有到期日期或到期里程。", "A reminder needs a due date or a due mileage.");
    public static readonly ErrorCode ReminderDone = new("vehicles.reminder-done", 409, "提醒已完成。", "The reminder is already done.");
    public static readonly ErrorCode ReminderStateFilter = new("vehicles.reminder-state-invalid", 400, "只能按 Overdue、Upcoming 或 Later 筛选。", "Filter by Overdue, Upcoming or Later.");
    public static readonly ErrorCode VehicleHasTrips = new("vehicles.vehicle-has-trips", 409, "车辆仍有已派或进行中的出车任务。", "The vehicle still has a dispatched or running trip.");
    public static readonly ErrorCode NotEligibleForRenewal = new("vehicles.not-eligible-for-renewal", 422, "车辆未达到更新条件（使用年限或行驶里程），不得提前处置更新；领导职务变动不是理由。", "The vehicle does not meet the renewal rule (age or mileage); it may not be renewed early, whatever happened to its user.");
    public static readonly ErrorCode ApprovalRequired = new("vehicles.approval-required", 422, "该操作会使车辆绕过更新条件，须提供审批文号（V8）。", "This would let the vehicle bypass the renewal rule; an approval reference is needed (V8).");
    public static readonly ErrorCode WriteOffOnlyScrap = new("vehicles.write-off-only-scrap", 400, "定损报废文号只用于报废处置。", "A write-off reference applies only to Scrap.");
    public static readonly ErrorCode CostNotFound = new("vehicles.cost-not-found", 404, "该车辆没有此费用记录。", "The vehicle has no such cost.");
    public static readonly ErrorCode CorrectionUnchanged = new("vehicles.correction-unchanged", 422, "更正后的金额与当前金额相同。", "The corrected amount equals the current amount.");
}
