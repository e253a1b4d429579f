using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Access;

internal static class AccessErrors
{
    public static readonly ErrorCode KeyNotFound = new("access.api-key-not-found", 404, "API 密钥不存在。", "The API key does not exist.");
    public static readonly ErrorCode OrganNotFound = new("access.organ-not-found", 400, "所属机关不存在。", "The owning organ does not exist.");
    public static readonly ErrorCode ScopeUnknown = new("access.scope-unknown", 400, "未知的权限范围。", "Unknown scope.");
    public static readonly ErrorCode ExpiryInPast = new("access.expiry-in-past", 400, "过期时间必须晚于当前时间。", "The expiry must be in the future.");
    public static readonly ErrorCode KeyRevoked = new("access.api-key-revoked", 409, "API 密钥已吊销。", "The API key is revoked.");
}
