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
    public static readonly ErrorCode LevelWithoutBureau = new("guidance.level-without-bureau", 400, "只有指定管理局（bureauId）时才能选择本级或全辖区。", "A level (Own or Whole) needs a bureau (bureauId).");
}
