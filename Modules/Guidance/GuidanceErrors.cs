using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Guidance;

/// <summary>Every code the Guidance module answers with, with its texts.</summary>
internal static class GuidanceErrors
{
    public static readonly ErrorCode ViolationNotFound = new("guidance.violation-not-found", 404, "违规记录不存在。", "The violation does not exist.");
    public static readonly ErrorCode BureauRefNotFound = new("guidance.bureau-ref-not-found", 400, "所引用的机关事务管理局不存在、不可见或不是管理局。", "The referenced bureau does not exist, is not visible or is not an organ-affairs bureau.");
    public static readonly ErrorCode LevelWithoutBureau = new("guidance.level-without-bureau", 400, "只有指定管理局（bureauId）时才能选择本级或全辖区。", "A level (Own or Whole) needs a bureau (bureauId).");
}
