using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Guidance;

/// <summary>Every code the Guidance module answers with, with its texts.</summary>
internal static class GuidanceErrors
{
    public static readonly ErrorCode ViolationNotFound = new("guidance.violation-not-found", 404, "违规记录不存在。", "The violation does not exist.");
    public static readonly ErrorCode BureauRefNotFound = new("guidance.bureau-ref-not-found", 400, "所引用的机关事务管理局不存在、不可见或不是管理局。", "The referenced bureau does not exist, is not visible or is not an organ-affairs bureau.");
    public static readonly ErrorCode DocumentNotFound = new("guidance.document-not-found", 404, "制度文件不存在。", "The register document does not exist.");
    public static readonly ErrorCode DocumentRefNotFound = new("guidance.document-ref-not-found", 400, "所引用的制度文件不存在。", "The referenced register document does not exist.");
    public static readonly ErrorCode DocumentAlreadySuperseded = new("guidance.document-already-superseded", 409, "所替代的制度文件已被另一文件替代。", "The document to replace is already replaced by another.");
    public static readonly ErrorCode DocumentState = new("guidance.document-state", 409, "制度文件当前状态不允许此操作。", "The document's status does not allow this.");
    public static readonly ErrorCode ConsultationTooShort = new("guidance.consultation-too-short", 422, "征求意见期限短于时限规则的最低要求。", "The consultation is shorter than the timer rule's minimum.");
    public static readonly ErrorCode ConsultationNotEnded = new("guidance.consultation-not-ended", 422, "征求意见期限届满后才能公布。", "The document may be published only after its consultation's last day.");
    public static readonly ErrorCode EffectiveTooSoon = new("guidance.effective-too-soon", 422, "施行日期早于时限规则要求的公布后最短间隔，且未说明例外理由。", "The effective date is sooner after publication than the timer rule allows, and no exemption reason is given.");
    public static readonly ErrorCode ValidityTooLong = new("guidance.validity-too-long", 422, "有效期超过时限规则规定的年限。", "The validity is longer than the timer rule allows.");
    public static readonly ErrorCode DistributionNotFound = new("guidance.distribution-not-found", 404, "该管理局没有待签收的此文件。", "The bureau has no distribution of this document to acknowledge.");
    public static readonly ErrorCode DatesOutOfOrder = new("guidance.dates-out-of-order", 400, "日期顺序应为：签发 ≤ 发布 ≤ 施行 ≤ 有效期届满。", "Dates run signed ≤ published ≤ effective ≤ last valid day.");
    public static readonly ErrorCode Jurisdiction = new("guidance.jurisdiction-invalid", 400, "适用地区应为 national 或 6 位行政区划代码。", "The jurisdiction must be \"national\" or a 6-digit division code.");
    public static readonly ErrorCode SourceUrlInvalid = new("guidance.source-url-invalid", 400, "来源网址应为 http 或 https 的绝对地址。", "The source URL must be an absolute http or https address.");
    public static readonly ErrorCode RuleVersionExists = new("guidance.rule-version-exists", 409, "该规则在此日期已有版本。", "This rule already has a version starting on that date.");
    public static readonly ErrorCode ReportTypeNotFound = new("guidance.report-type-not-found", 404, "报表类型不存在。", "The report type does not exist.");
    public static readonly ErrorCode ReportTypeRefNotFound = new("guidance.report-type-ref-not-found", 400, "所引用的报表类型不存在。", "The referenced report type does not exist.");
    public static readonly ErrorCode ReportTypeExists = new("guidance.report-type-exists", 409, "已有相同代码的报表类型。", "A report type with this code exists already.");
    public static readonly ErrorCode FormSchemaInvalid = new("guidance.form-schema-invalid", 400, "表单结构应为只含本地引用（#…）的对象型 JSON Schema。", "The form schema must be an object JSON Schema with local references (#…) only.");
    public static readonly ErrorCode ReportCode = new("guidance.report-code-invalid", 400, "报表代码应为小写字母、数字和连字符，至多 60 个字符。", "The report code is lower-case letters, digits and hyphens, at most 60 characters.");
    public static readonly ErrorCode PeriodInvalid = new("guidance.period-invalid", 400, "报送期间与报表类型不符：年报只填年份，季报填季度 1–4，月报填月份 1–12。", "The period does not fit the report type: a year only for a yearly type, a quarter 1–4 for a quarterly one, a month 1–12 for a monthly one.");
    public static readonly ErrorCode CycleExists = new("guidance.cycle-exists", 409, "该报表在此期间已开启报送。", "A cycle of this report type for this period is open already.");
    public static readonly ErrorCode CycleNotFound = new("guidance.cycle-not-found", 404, "报送周期不存在。", "The reporting cycle does not exist.");
    public static readonly ErrorCode DueRuleMissing = new("guidance.due-rule-missing", 422, "该报表在此期间没有生效的报送时限规则。", "No due-date rule of this report type is in force for the period.");
    public static readonly ErrorCode SubmissionNotFound = new("guidance.submission-not-found", 404, "报送记录不存在。", "The submission does not exist.");
    public static readonly ErrorCode SubmissionState = new("guidance.submission-state", 409, "报送记录当前状态不允许此操作。", "The submission's status does not allow this.");
    public static readonly ErrorCode SubmissionInvalid = new("guidance.submission-invalid", 422, "报送数据不符合报表的表单结构。", "The submitted data does not match the report type's form schema.");
    public static readonly ErrorCode DataNotObject = new("guidance.data-not-object", 400, "报送数据应为 JSON 对象。", "The form data must be a JSON object.");
    public static readonly ErrorCode LevelWithoutBureau = new("guidance.level-without-bureau", 400, "只有指定管理局（bureauId）时才能选择本级或全辖区。", "A level (Own or Whole) needs a bureau (bureauId).");
    public static readonly ErrorCode PlanNotFound = new("guidance.plan-not-found", 404, "检查计划不存在。", "The inspection plan does not exist.");
    public static readonly ErrorCode PlanRefNotFound = new("guidance.plan-ref-not-found", 400, "所引用的检查计划不存在。", "The referenced inspection plan does not exist.");
    public static readonly ErrorCode PlanExists = new("guidance.plan-exists", 409, "该年度已有检查计划。", "An inspection plan for this year exists already.");
    public static readonly ErrorCode PlanState = new("guidance.plan-state", 409, "检查计划当前状态不允许此操作。", "The inspection plan's status does not allow this.");
    public static readonly ErrorCode PlanNotApproved = new("guidance.plan-not-approved", 409, "检查计划尚未批准，不能开展检查。", "The inspection plan is not approved: no campaign may run under it.");
    public static readonly ErrorCode StaffRefNotFound = new("guidance.staff-ref-not-found", 400, "所引用的工作人员不存在、不在职或不可见。", "The referenced staff member does not exist, is not active or is not visible.");
    public static readonly ErrorCode ChecklistTemplateNotFound = new("guidance.checklist-template-not-found", 404, "检查清单模板不存在。", "The checklist template does not exist.");
    public static readonly ErrorCode ChecklistTemplateRefNotFound = new("guidance.checklist-template-ref-not-found", 400, "所引用的检查清单模板不存在。", "The referenced checklist template does not exist.");
    public static readonly ErrorCode ChecklistInvalid = new("guidance.checklist-invalid", 400, "检查清单应二选一：模板代码或 1–50 个代码不重复的事项。", "Give either a checklist template or 1–50 items with distinct codes.");
    public static readonly ErrorCode RuleIdInvalid = new("guidance.rule-id-invalid", 400, "规则编号应为规则表中的编号，如 E4、G1、R4b。", "The rule id is a numbered rule such as E4, G1 or R4b.");
    public static readonly ErrorCode UnitRefNotFound = new("guidance.unit-ref-not-found", 400, "所引用的被检查单位不存在、已撤销或不可见。", "The referenced unit does not exist, is not active or is not visible.");
    public static readonly ErrorCode CampaignNotFound = new("guidance.campaign-not-found", 404, "检查活动不存在。", "The inspection campaign does not exist.");
    public static readonly ErrorCode CampaignState = new("guidance.campaign-state", 409, "检查活动当前状态不允许此操作。", "The campaign's status does not allow this.");
    public static readonly ErrorCode DrawCountInvalid = new("guidance.draw-count-invalid", 400, "抽取数量应在 1 与候选数之间。", "The number drawn must be between 1 and the number of candidates.");
    public static readonly ErrorCode SeedInvalid = new("guidance.seed-invalid", 400, "随机种子应为 8–128 个可打印 ASCII 字符。", "The seed is 8–128 printable ASCII characters.");
    public static readonly ErrorCode UnitNotDrawn = new("guidance.unit-not-drawn", 400, "该单位未被抽中为本次检查对象。", "The unit was not drawn for this campaign.");
    public static readonly ErrorCode InspectorNotDrawn = new("guidance.inspector-not-drawn", 400, "该检查人员未被抽中参加本次检查。", "The inspector was not drawn for this campaign.");
    public static readonly ErrorCode ItemRefNotFound = new("guidance.item-ref-not-found", 400, "检查清单中没有该事项。", "The checklist has no such item.");
    public static readonly ErrorCode VisitDateInvalid = new("guidance.visit-date-invalid", 400, "检查日期不能晚于今天，也不能早于抽取日期。", "The visit date is neither after today nor before the draw.");
    public static readonly ErrorCode RectificationRuleMissing = new("guidance.rectification-rule-missing", 422, "该严重程度在此日期没有生效的整改期限规则。", "No rectification deadline rule of this severity is in force on the date.");
    public static readonly ErrorCode FindingNotFound = new("guidance.finding-not-found", 404, "检查发现的问题不存在。", "The finding does not exist.");
    public static readonly ErrorCode FindingState = new("guidance.finding-state", 409, "问题整改当前状态不允许此操作。", "The finding's status does not allow this.");
    public static readonly ErrorCode FindingNotOverdue = new("guidance.finding-not-overdue", 409, "整改期限未过或已报送整改情况，不能通报。", "The rectification is not overdue (the deadline has not passed, or a report awaits review): no notice yet.");
    public static readonly ErrorCode FindingNotified = new("guidance.finding-notified", 409, "该问题已通报。", "The finding was notified already.");
}
