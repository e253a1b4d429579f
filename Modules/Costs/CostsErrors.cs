using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Costs;

/// <summary>Every code the Costs module answers with, with its texts.</summary>
internal static class CostsErrors
{
    public static readonly ErrorCode BudgetNotFound = new("costs.budget-not-found", 404, "该机关该年度没有预算。", "The organ has no budget for this year.");
    public static readonly ErrorCode FinalAccountNotFound = new("costs.final-account-not-found", 404, "该机关该年度没有决算。", "The organ has no final accounts for this year.");
    public static readonly ErrorCode OrganNotFound = new("costs.organ-not-found", 404, "机关不存在或不可见。", "The organ does not exist or is not visible.");
    public static readonly ErrorCode BureauNotFound = new("costs.bureau-not-found", 404, "该局不存在、不可见或不是机关事务管理局。", "The bureau does not exist, is not visible or is not an organ-affairs bureau.");
    public static readonly ErrorCode OrganRefNotFound = new("costs.organ-ref-not-found", 400, "所引用的机关不存在。", "The referenced organ does not exist.");
    public static readonly ErrorCode YearInvalid = new("costs.year-invalid", 400, "年份应在 2000 至 2100 之间。", "A year is between 2000 and 2100.");
    public static readonly ErrorCode MoneyInvalid = new("costs.money-invalid", 400, "金额应为 0 至 1 亿元，最多 2 位小数。", "An amount is 0 to 100 million yuan with at most 2 decimals.");
    public static readonly ErrorCode LineRepeated = new("costs.line-repeated", 400, "每个支出科目只能出现一次。", "Each expense line may appear only once.");
    public static readonly ErrorCode ApprovalOutsideYear = new("costs.approval-date-invalid", 400, "批复日期应在预算年度的前一年至后一年之间。", "The approval date must be between the year before the budget year and the year after it.");
    public static readonly ErrorCode BudgetExists = new("costs.budget-exists", 409, "该机关该年度已有预算；请调整预算科目。", "The organ already has a budget for this year; adjust its lines instead.");
    public static readonly ErrorCode FinalAccountExists = new("costs.final-account-exists", 409, "该机关该年度已有决算。", "The organ already has final accounts for this year.");
    public static readonly ErrorCode DisclosurePublished = new("costs.disclosure-published", 409, "该公开表已发布。", "This disclosure is already published.");
    public static readonly ErrorCode ReasonMissing = new("costs.reason-missing", 422, "增减变化超过阈值的科目须说明原因（T4）。", "Each line whose change passes the threshold needs a reason (T4).");
    public static readonly ErrorCode Jurisdiction = new("costs.jurisdiction-invalid", 400, "适用地区应为 national 或 6 位行政区划代码。", "The jurisdiction must be \"national\" or a 6-digit division code.");
    public static readonly ErrorCode DaysInvalid = new("costs.days-invalid", 400, "公开期限应为 1 至 60 个日历日。", "The disclosure deadline is 1 to 60 calendar days.");
    public static readonly ErrorCode ThresholdInvalid = new("costs.threshold-invalid", 400, "阈值应为 0 至 100（百分比），最多 2 位小数。", "The threshold is 0 to 100 percent with at most 2 decimals.");
    public static readonly ErrorCode RuleVersionExists = new("costs.rule-version-exists", 409, "该规则在此日期已有版本。", "This rule already has a version starting on that date.");
    public static readonly ErrorCode TransferIn = new("costs.transfer-into-three-public", 422, "三公经费单独编列，不得从其他科目调入资金（T1）；只可调减。", "The three public expenses are budgeted separately: no money may be moved into them from another line (T1); only a reduction is allowed.");
}
