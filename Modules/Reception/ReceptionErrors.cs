using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Reception;

/// <summary>Every code the Reception module answers with, with its texts.</summary>
internal static class ReceptionErrors
{
    public static readonly ErrorCode LetterNotFound = new("reception.letter-not-found", 404, "公函不存在。", "The official letter does not exist.");
    public static readonly ErrorCode ReceptionNotFound = new("reception.reception-not-found", 404, "接待不存在。", "The reception does not exist.");
    public static readonly ErrorCode OrganRefNotFound = new("reception.organ-ref-not-found", 400, "所引用的机关不存在。", "The referenced organ does not exist.");
    public static readonly ErrorCode LetterRefNotFound = new("reception.letter-ref-not-found", 400, "所引用的公函不存在。", "The referenced official letter does not exist.");
    public static readonly ErrorCode StaffRefNotFound = new("reception.staff-ref-not-found", 400, "所引用的经办人不存在、不可见或不在岗。", "The referenced staff member does not exist, is not visible or is not active.");
    public static readonly ErrorCode CreditCodeInvalid = new("reception.credit-code-invalid", 400, "统一社会信用代码无效（18 位，校验位按 GB 32100）。", "The unified social credit code is invalid (18 characters, GB 32100 check character).");
    public static readonly ErrorCode DatesInvalid = new("reception.dates-invalid", 400, "结束日期不能早于开始日期，且接待不超过 30 天。", "The last day cannot be before the first, and a reception lasts at most 30 days.");
    public static readonly ErrorCode MoneyInvalid = new("reception.money-invalid", 400, "金额应为 0 至 1 亿元，最多 2 位小数。", "An amount is 0 to 100 million yuan with at most 2 decimals.");
    public static readonly ErrorCode MealsWithoutHost = new("reception.meals-without-host", 400, "接待方不安排用餐时，工作餐和陪餐人数须为 0，且不填用餐标准。", "When the host arranges no meals, working meals and accompanying diners are 0 and no meal standard is given.");
    public static readonly ErrorCode Jurisdiction = new("reception.jurisdiction-invalid", 400, "适用地区应为 national 或 6 位行政区划代码。", "The jurisdiction must be \"national\" or a 6-digit division code.");
    public static readonly ErrorCode LetterUsed = new("reception.letter-used", 409, "该公函已用于另一接待（一函一事）。", "This letter already funds another reception (one letter, one reception).");
    public static readonly ErrorCode LetterOtherOrgan = new("reception.letter-other-organ", 422, "公函的接待机关与本接待的机关不同。", "The letter is addressed to another organ than the reception's.");
    public static readonly ErrorCode ReceptionState = new("reception.reception-state", 409, "接待当前状态不允许此操作。", "The reception's status does not allow this.");
    public static readonly ErrorCode NoLetter = new("reception.no-letter", 422, "没有公函不得提交接待申请（无函不接待）。", "A reception without an official letter cannot be submitted (no letter, no reception).");
    public static readonly ErrorCode NotApproved = new("reception.not-approved", 422, "接待尚未批准，不得列支费用（先审批后接待）。", "The reception is not approved, so no cost may be recorded (approve first).");
    public static readonly ErrorCode WorkingMeals = new("reception.working-meals", 422, "工作餐次数超过规定。", "More working meals than the rule allows.");
    public static readonly ErrorCode TooManyDiners = new("reception.too-many-diners", 422, "陪餐人数超过规定。", "More accompanying diners than the rule allows.");
    public static readonly ErrorCode MealStandard = new("reception.meal-standard", 422, "用餐标准超过来宾级别的标准。", "The meal standard is above the standard for the guests' rank.");
    public static readonly ErrorCode BannedItem = new("reception.banned-item", 422, "含有禁止的接待事项。", "The plan or cost contains a banned item.");
    public static readonly ErrorCode SameCity = new("reception.same-city-abolished", 422, "本地已取消同城公务接待。", "Same-city reception is abolished here.");
    public static readonly ErrorCode SuiteNotAllowed = new("reception.suite-not-allowed", 422, "只有省部级来宾可安排套间。", "A suite is only for provincial-ministerial guests.");
    public static readonly ErrorCode CashPayment = new("reception.cash-payment", 422, "接待费用须使用公务卡或银行转账结算，不得使用现金。", "Reception costs are paid by official card or bank transfer, never cash.");
    public static readonly ErrorCode CategoryNotAllowed = new("reception.category-not-allowed", 422, "接待费用不得列入会议费或培训费。", "Reception costs may not be booked as meeting or training costs.");
    public static readonly ErrorCode OverStandard = new("reception.over-standard", 422, "费用超过标准，须记录超标准说明。", "The line is above its standard; record an explanation.");
    public static readonly ErrorCode CostOutsideDates = new("reception.cost-outside-dates", 400, "费用日期须在接待日期之内。", "The cost's date must be within the reception's dates.");
    public static readonly ErrorCode PersonsRequired = new("reception.persons-required", 400, "用餐和住宿费用须填写人数和餐次（天数）。", "Meal and lodging lines need persons and meals (days or nights).");
    public static readonly ErrorCode OverCap = new("reception.over-cap", 422, "批准后将超出本年度接待费总额控制数。", "Approving would pass the organ's annual reception cap.");
    public static readonly ErrorCode CapBelowUse = new("reception.cap-below-use", 422, "总额控制数不能低于已占用和已支出的金额。", "The cap cannot be below what is already reserved and spent.");
    public static readonly ErrorCode CapNotFound = new("reception.cap-not-found", 404, "该年度未设定接待费总额控制数。", "No cap is set for this year.");
    public static readonly ErrorCode PackIncomplete = new("reception.pack-incomplete", 422, "报销材料不全（公函、审批、费用明细及支付凭证、已批准的超标准说明），不能结算。", "The reimbursement pack is incomplete (letter, approval, cost lines with payment references, approved over-standard explanations).");
    public static readonly ErrorCode ListSignedConcurrently = new("reception.list-signed-concurrently", 409, "另一份接待清单正同时签署，请刷新后重试。", "Another version of the list was signed at the same time; reload and retry.");
    public static readonly ErrorCode CostNotFound = new("reception.cost-not-found", 404, "费用明细不存在。", "The cost line does not exist.");
    public static readonly ErrorCode NotOverStandard = new("reception.not-over-standard", 409, "该费用未超标准，无需批准说明。", "The line is not over its standard; there is no explanation to approve.");
    public static readonly ErrorCode ExplanationApproved = new("reception.explanation-approved", 409, "该超标准说明已批准。", "The explanation is already approved.");
    public static readonly ErrorCode RuleVersionExists = new("reception.rule-version-exists", 409, "该规则在此日期已有版本。", "This rule already has a version starting on that date.");
    public static readonly ErrorCode PeriodInvalid = new("reception.period-invalid", 400, "统计期的结束日期不能早于开始日期，且不超过 366 天。", "A report period ends on or after its start and lasts at most 366 days.");
    public static readonly ErrorCode TripOutsideDates = new("reception.trip-outside-dates", 400, "用车开始日期须在接待日期之内。", "The trip must start within the reception's dates.");
    public static readonly ErrorCode MeetingRoomOutsideDates = new("reception.meeting-room-outside-dates", 400, "会议室预订开始日期须在接待日期之内。", "The meeting-room booking must start within the reception's dates.");
    public static readonly ErrorCode MeetingRoomBooked = new("reception.meeting-room-booked", 409, "该接待已预订会议室。", "A meeting room was already booked for this reception.");
    public static readonly ErrorCode TripRequested = new("reception.trip-requested", 409, "该接待已申请用车。", "A trip was already requested for this reception.");
    public static readonly ErrorCode YearInvalid = new("reception.year-invalid", 400, "年份应在 2000 至 2100 之间。", "A year is between 2000 and 2100.");
}
