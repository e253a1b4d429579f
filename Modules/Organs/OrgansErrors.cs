using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Organs;

/// <summary>Every code the Organs module answers with, with its texts.</summary>
internal static class OrgansErrors
{
    public static readonly ErrorCode OrganNotFound = new("organs.organ-not-found", 404, "机关不存在。", "The organ does not exist.");
    public static readonly ErrorCode StaffNotFound = new("organs.staff-not-found", 404, "人员不存在。", "The staff member does not exist.");
    public static readonly ErrorCode PostNotFound = new("organs.post-not-found", 404, "职务不存在。", "The post does not exist.");
    public static readonly ErrorCode UsccTaken = new("organs.uscc-taken", 409, "该统一社会信用代码已登记。", "This unified social credit code is already registered.");
    public static readonly ErrorCode DivisionCode = new("organs.division-code-invalid", 400, "行政区划代码应为 6 位数字（GB/T 2260）。", "The division code must be 6 digits (GB/T 2260).");
    public static readonly ErrorCode ParentNotFound = new("organs.parent-not-found", 400, "上级机关不存在。", "The parent organ does not exist.");
    public static readonly ErrorCode ParentDissolved = new("organs.parent-dissolved", 409, "上级机关已撤销。", "The parent organ is dissolved.");
    public static readonly ErrorCode HierarchyCycle = new("organs.hierarchy-cycle", 409, "上级机关设置会形成循环。", "This parent would make a cycle in the hierarchy.");
    public static readonly ErrorCode OrganDissolved = new("organs.organ-dissolved", 409, "机关已撤销。", "The organ is dissolved.");
    public static readonly ErrorCode HasHoldings = new("organs.organ-has-holdings", 409,
        "该机关仍有人员、车辆、驾驶员、配置用房、资产或接口密钥，请指定承接机关（划转）或由管理局收回。",
        "The organ still holds staff, vehicles, drivers, allocations, assets or API keys: name a successor organ or ask the bureau to recover them.");
    public static readonly ErrorCode BureauPermanent = new("organs.bureau-not-dissolvable", 409, "管理局本身不能撤销。", "The bureau's own organ cannot be dissolved.");
    public static readonly ErrorCode HasActiveSubordinates = new("organs.has-active-subordinates", 409, "该机关仍有未撤销的下级机关。", "The organ still has active subordinate organs.");
    public static readonly ErrorCode RankUnknown = new("organs.rank-unknown", 400, "职级代码不适用于该机关的行政级别。", "The rank code is not a rank of the organ's administrative level.");
    public static readonly ErrorCode HeadcountDuplicate = new("organs.headcount-duplicate", 400, "编制中职级重复。", "A rank appears twice in the headcount.");
    public static readonly ErrorCode OrganRefNotFound = new("organs.organ-ref-not-found", 400, "所引用的机关不存在。", "The referenced organ does not exist.");
    public static readonly ErrorCode StaffNotActive = new("organs.staff-not-active", 409, "人员不在职（已调出或退休）。", "The staff member is no longer active (transferred or retired).");
    public static readonly ErrorCode SameOrgan = new("organs.same-organ", 409, "目标机关与当前机关相同。", "The target organ is the staff member's current organ.");
    public static readonly ErrorCode DateBeforeStart = new("organs.date-before-start", 400, "日期早于当前职务的开始日期。", "The date is before the current post started.");
    public static readonly ErrorCode ConcurrentPostExists = new("organs.concurrent-post-exists", 409, "该人员在此机关已有兼职。", "The staff member already holds a concurrent post in this organ.");
    public static readonly ErrorCode PostAlreadyEnded = new("organs.post-ended", 409, "该职务已结束。", "The post has already ended.");
    public static readonly ErrorCode PostIsPrimary = new("organs.post-is-primary", 409, "主要职务只能通过调动或退休结束。", "A primary post ends only by transfer or retirement.");
    public static readonly ErrorCode HeadcountTooLong = new("organs.headcount-too-long", 400, "编制最多 50 行。", "At most 50 headcount lines.");
    public static readonly ErrorCode RankVersionExists = new("organs.rank-version-exists", 409, "该职级在此日期已有版本。", "This rank already has a version starting on that date.");
    public static readonly ErrorCode BureauExists = new("organs.bureau-exists", 409, "该行政区划已有机关事务管理局。", "An active organ-affairs bureau of this division code already exists.");
    public static readonly ErrorCode DivisionOutsideJurisdiction = new("organs.division-outside-jurisdiction", 400, "行政区划代码不在本局管辖范围内。", "The division code is outside the caller's jurisdiction.");
    public static readonly ErrorCode Jurisdiction = new("organs.jurisdiction-invalid", 400, "适用地区应为 national 或 6 位行政区划代码。", "The jurisdiction must be \"national\" or a 6-digit division code.");
}
