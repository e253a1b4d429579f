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
}
