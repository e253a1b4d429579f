using OrganAffairs.Shared.Errors;

namespace OrganAffairs.ForeignAffairs;

/// <summary>Every code the ForeignAffairs module answers with, with its texts.</summary>
internal static class ForeignAffairsErrors
{
    public static readonly ErrorCode VisitNotFound = new("foreign-affairs.visit-not-found", 404, "出访团组不存在。", "The outbound visit does not exist.");
    public static readonly ErrorCode OrganRefNotFound = new("foreign-affairs.organ-ref-not-found", 400, "所引用的机关不存在。", "The referenced organ does not exist.");
    public static readonly ErrorCode StaffRefNotFound = new("foreign-affairs.staff-ref-not-found", 400, "所引用的工作人员不存在、不可见或不在职。", "The referenced staff member does not exist, is not visible or is not active.");
    public static readonly ErrorCode MemberTwice = new("foreign-affairs.member-twice", 400, "同一工作人员在团组中出现多次。", "A staff member appears more than once in the delegation.");
    public static readonly ErrorCode CountryInvalid = new("foreign-affairs.country-invalid", 400, "国家或地区应为两位大写字母代码（ISO 3166-1）。", "A country or region is a two-letter upper-case ISO 3166-1 code.");
    public static readonly ErrorCode DatesInvalid = new("foreign-affairs.dates-invalid", 400, "日期无效：回国日期不早于出境日期，行程和日程在出境与回国日期之间，入境不晚于离境。", "Invalid dates: return not before departure, legs and activities between them, entry not after exit.");
    public static readonly ErrorCode AirsideWithoutTransit = new("foreign-affairs.airside-without-transit", 400, "只有经停才能标记为不出机场（airsideOnly）。", "Only a transit can be airside only.");
    public static readonly ErrorCode NoCountry = new("foreign-affairs.no-country", 400, "行程至少应有一站不是经停。", "The itinerary needs at least one leg that is not a transit.");
    public static readonly ErrorCode BudgetInvalid = new("foreign-affairs.budget-invalid", 400, "预算应为 0 至 1 亿元，最多 2 位小数。", "The budget is 0 to 100 million yuan with at most 2 decimals.");
    public static readonly ErrorCode VisitState = new("foreign-affairs.visit-state", 409, "出访团组当前状态不允许此操作。", "The visit's status does not allow this.");
    public static readonly ErrorCode ReturnBeforeDeparture = new("foreign-affairs.return-before-departure", 400, "回国日期不能早于出境日期。", "The return cannot be before the departure.");
    public static readonly ErrorCode BudgetMissing = new("foreign-affairs.budget-missing", 422, "没有预算的出访不得报批（无预算不出访）。", "A visit without a budget cannot be submitted (no trip without a budget).");
    public static readonly ErrorCode DelegationTooLarge = new("foreign-affairs.delegation-too-large", 422, "团组人数超过上限（含翻译）（F1）。", "The delegation is larger than the limit, interpreter included (F1).");
    public static readonly ErrorCode TooManyDays = new("foreign-affairs.too-many-days", 422, "在外天数超过上限（出入境当日均计算）（F2、F4）。", "More days abroad than the limit, departure and arrival days included (F2, F4).");
    public static readonly ErrorCode TooManyCountries = new("foreign-affairs.too-many-countries", 422, "出访国家或地区超过上限（经停出机场的计入）（F3、F8）。", "More countries or regions than the limit, transit counted unless airside only (F3, F8).");
    public static readonly ErrorCode OfficialShareTooLow = new("foreign-affairs.official-share-too-low", 422, "公务活动天数不足在外天数的规定比例（F5）。", "Days with official activities are below the required share of the days abroad (F5).");
    public static readonly ErrorCode JustificationMissing = new("foreign-affairs.justification-missing", 422, "教学科研团组须有书面说明方可不受人数、天数和国家数限制（F7）。", "A teaching and research delegation needs a written justification to be exempt from the size, day and country limits (F7).");
    public static readonly ErrorCode LeadershipTogether = new("foreign-affairs.leadership-together", 422, "同一单位领导班子成员同团出访超过规定人数（F12）。", "More members of one organ's leadership team in the delegation than the limit (F12).");
    public static readonly ErrorCode YearlyTripsExceeded = new("foreign-affairs.yearly-trips-exceeded", 422, "团组成员本年度因公出国次数将超过规定上限（F11）。", "A member would exceed the limit of visits abroad per person in the year of departure (F11).");
    public static readonly ErrorCode RulesMissing = new("foreign-affairs.rules-missing", 422, "该日期没有适用的出访限额规则。", "No outbound limits are in force on that date.");
    public static readonly ErrorCode PlanMissing = new("foreign-affairs.plan-missing", 422, "该单位该年度没有因公出国计划，不得批准（计划外不出访）。", "The organ has no outbound plan for the year: no visit outside the plan is approved.");
    public static readonly ErrorCode OutsidePlan = new("foreign-affairs.outside-plan", 422, "超出该单位年度因公出国计划的团组数或人数。", "The approval would exceed the organ's annual plan of delegations or persons.");
    public static readonly ErrorCode PlanBelowApproved = new("foreign-affairs.plan-below-approved", 409, "计划数不能低于已批准的团组数或人数。", "The plan cannot be below the delegations or persons already approved.");
    public static readonly ErrorCode OrganNotFound = new("foreign-affairs.organ-not-found", 404, "机关不存在。", "The organ does not exist.");
    public static readonly ErrorCode Jurisdiction = new("foreign-affairs.jurisdiction-invalid", 400, "适用地区应为 national 或 6 位行政区划代码。", "The jurisdiction must be \"national\" or a 6-digit division code.");
    public static readonly ErrorCode RuleVersionExists = new("foreign-affairs.rule-version-exists", 409, "该规则在此日期已有版本。", "This rule already has a version starting on that date.");
    public static readonly ErrorCode LimitsInvalid = new("foreign-affairs.limits-invalid", 400, "限额无效：人数 1–50，天数 1–60 且随国家数不减，国家数 1–3，加天 0–5，比例分子不大于分母，领导班子成员 1–50，每人每年次数 1–100。", "Invalid limits: 1–50 members, 1–60 days not decreasing with countries, 1–3 countries, 0–5 extra days, share numerator not above its denominator, 1–50 leadership members, 1–100 trips per person and year.");
    public static readonly ErrorCode MemberNotFound = new("foreign-affairs.member-not-found", 404, "团组成员不存在。", "The member of the delegation does not exist.");
    public static readonly ErrorCode DocumentNumberInvalid = new("foreign-affairs.document-number-invalid", 400, "证照号码应为 5–20 位大写字母或数字。", "A travel document number is 5–20 upper-case letters and digits.");
    public static readonly ErrorCode HandBackDateInvalid = new("foreign-affairs.hand-back-date-invalid", 400, "交回日期不能早于回国日期，也不能晚于今天。", "The hand-back cannot be before the return or after today.");
    public static readonly ErrorCode NotReturned = new("foreign-affairs.not-returned", 409, "团组尚未回国，证照无需交回。", "The delegation has not returned: there is no document to hand back yet.");
    public static readonly ErrorCode HandedBack = new("foreign-affairs.document-handed-back", 409, "该成员的证照已交回。", "The member's travel document was already handed back.");
    public static readonly ErrorCode DocumentOverdue = new("foreign-affairs.document-overdue", 422, "本单位有因公证照逾期未交回超过规定天数，暂停报批新的出访（F10）。", "A travel document of the unit is overdue beyond the lock: no new visit can be submitted until it is handed back (F10).");
    public static readonly ErrorCode PublicationWindow = new("foreign-affairs.publication-window", 422, "出访须先公示并满规定的工作日后方可报批（F9）。", "The visit must be published (公示) for the required working days before it is submitted (F9).");
    public static readonly ErrorCode DeadlinesInvalid = new("foreign-affairs.deadlines-invalid", 400, "期限无效：公示 1–30 个工作日，报告 1–366 天。", "Invalid deadlines: publication 1–30 working days, report 1–366 days.");
    public static readonly ErrorCode PublicationDateInvalid = new("foreign-affairs.publication-date-invalid", 400, "公示开始日期不能晚于今天。", "The publication cannot start after today.");
    public static readonly ErrorCode ExpenseNotFound = new("foreign-affairs.expense-not-found", 404, "费用明细不存在。", "The expense line does not exist.");
    public static readonly ErrorCode ExpenseFieldsMissing = new("foreign-affairs.expense-fields-missing", 400, "费用明细缺少必填项：国际旅费须有成员和舱位；住宿费、伙食费和公杂费须有成员、国家和天数。", "Missing fields: international travel needs the member and the seat class; lodging and meals and incidentals need the member, the country and the nights or days.");
    public static readonly ErrorCode ExpenseNotOpen = new("foreign-affairs.expense-not-open", 409, "只有已批准且未结束的出访可以记录费用。", "Expenses are recorded on an approved visit that is not closed.");
    public static readonly ErrorCode SeatClassAboveRank = new("foreign-affairs.seat-class-above-rank", 422, "舱位等级超过该成员职级的标准（F11）。", "The seat class is above the standard of the member's rank (F11).");
    public static readonly ErrorCode LodgingOverLimit = new("foreign-affairs.lodging-over-limit", 422, "住宿费超过该国家该职级的住宿标准（F11）。", "The lodging is above the limit of the country for the member's rank (F11).");
    public static readonly ErrorCode AllowanceOverLimit = new("foreign-affairs.allowance-over-limit", 422, "伙食费和公杂费超过该国家的定额标准或在外天数（F11）。", "Meals and incidentals above the country's lump sums or the days abroad (F11).");
    public static readonly ErrorCode ExpenseIsCorrection = new("foreign-affairs.expense-is-correction", 409, "更正记录不能再被更正，请更正原费用明细。", "A correction cannot be corrected: correct the original line.");
    public static readonly ErrorCode ExpenseRuleInvalid = new("foreign-affairs.expense-rule-invalid", 400, "费用标准无效：金额 0–100000 元，最多 2 位小数；职级代码不得重复。", "Invalid expense rule: amounts 0–100,000 yuan with at most 2 decimals; rank codes distinct.");
    public static readonly ErrorCode MemberRefNotFound = new("foreign-affairs.member-ref-not-found", 400, "所引用的团组成员不属于该出访团组。", "The referenced member is not a member of the visit's delegation.");
    public static readonly ErrorCode CorrectionUnchanged = new("foreign-affairs.correction-unchanged", 400, "更正后的金额与当前金额相同。", "The corrected amount equals the line's current amount.");
    public static readonly ErrorCode AmountInvalid = new("foreign-affairs.amount-invalid", 400, "金额应大于 0、不超过 1 亿元，最多 2 位小数。", "The amount is more than 0 and at most 100 million yuan, with at most 2 decimals.");
    public static readonly ErrorCode DelegationNotFound = new("foreign-affairs.delegation-not-found", 404, "外宾代表团不存在。", "The incoming delegation does not exist.");
    public static readonly ErrorCode DelegationInvalid = new("foreign-affairs.delegation-invalid", 400, "代表团无效：离开不早于抵达、最长 60 天，日程在停留期间内。", "Invalid delegation: departure not before arrival, at most 60 days, programme within the stay.");
    public static readonly ErrorCode CashPayment = new("foreign-affairs.cash-payment", 422, "外宾接待费用应使用公务卡或银行转账结算，不得使用现金（FI1）。", "Costs of foreign guests are paid by official card or bank transfer, never cash (FI1).");
    public static readonly ErrorCode TooManyBanquets = new("foreign-affairs.too-many-banquets", 422, "每次来访宴请次数超过标准（FI1）。", "More banquets in the stay than the standard allows (FI1).");
    public static readonly ErrorCode DelegationCostOverStandard = new("foreign-affairs.delegation-cost-over-standard", 422, "外宾接待费用超过标准（FI1）。", "The cost of receiving the foreign guests is above the standard (FI1).");
    public static readonly ErrorCode AccompanyingTooMany = new("foreign-affairs.accompanying-too-many", 422, "陪同人数超过规定比例（FI1）。", "More accompanying hosts than the ratio allows (FI1).");
    public static readonly ErrorCode DelegationCostFieldsMissing = new("foreign-affairs.delegation-cost-fields-missing", 400, "宴请、自助餐、冷餐酒会、茶会、日常伙食和礼品须填写人数；日常伙食须填写天数。", "Meals, daily meals and gifts need the persons; daily meals the days.");
    public static readonly ErrorCode DelegationCostOutsideStay = new("foreign-affairs.delegation-cost-outside-stay", 422, "日常伙食天数超过来访停留天数（FI1）。", "More days of daily meals than the stay (FI1).");
    public static readonly ErrorCode DelegationCostNotFound = new("foreign-affairs.delegation-cost-not-found", 404, "外宾接待费用不存在。", "The cost of the incoming delegation does not exist.");
    public static readonly ErrorCode DelegationCostIsCorrection = new("foreign-affairs.delegation-cost-is-correction", 409, "更正记录不能再被更正，请更正原接待费用。", "A correction cannot be corrected: correct the original cost.");
    public static readonly ErrorCode StandardsInvalid = new("foreign-affairs.standards-invalid", 400, "接待标准无效：宴请次数 0–10，金额 0–100000 元，陪同比例 0–100。", "Invalid standards: 0–10 banquets, amounts 0–100,000 yuan, ratio 0–100.");
    public static readonly ErrorCode AgreementNotFound = new("foreign-affairs.agreement-not-found", 404, "友好城市或协议不存在。", "The agreement does not exist.");
    public static readonly ErrorCode AgreementState = new("foreign-affairs.agreement-state", 409, "协议当前状态不允许此步骤（须按审批进程逐步推进）。", "The agreement's state does not allow this step (its approval chain goes one step at a time).");
    public static readonly ErrorCode AgreementDatesInvalid = new("foreign-affairs.agreement-dates-invalid", 400, "日期无效：步骤日期不早于上一步、不晚于今天；到期日晚于签署日，且只在签署时填写。", "Invalid dates: a step not before the previous one nor after today; the expiry after the signing, given only when signing.");
}
