using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Webhooks;

/// <summary>Every code the Webhooks module answers with, with its texts.</summary>
internal static class WebhooksErrors
{
    public static readonly ErrorCode SubscriptionNotFound = new("webhooks.subscription-not-found", 404, "Webhook 订阅不存在。", "The webhook subscription does not exist.");
    public static readonly ErrorCode DeliveryNotFound = new("webhooks.delivery-not-found", 404, "该订阅没有此事件的投递记录。", "This subscription has no delivery of that event.");
    public static readonly ErrorCode TargetUrlInvalid = new("webhooks.target-url-invalid", 400, "目标地址应为不含用户信息和片段的绝对 https 地址。", "The target is an absolute https URL without user info or fragment.");
    public static readonly ErrorCode TargetAddressForbidden = new("webhooks.target-address-forbidden", 400, "目标地址指向本机、内网或保留地址，未经配置不允许。", "The target points at a loopback, private or reserved address, which the configuration does not allow.");
    public static readonly ErrorCode EventTypeUnknown = new("webhooks.event-type-unknown", 400, "未知的事件类型；请使用 GET /api/v1/webhooks/event-types 列出的类型。", "Unknown event type; use one GET /api/v1/webhooks/event-types lists.");
    public static readonly ErrorCode ModuleUnknown = new("webhooks.module-unknown", 400, "未知的模块名。", "Unknown module name.");
    public static readonly ErrorCode JurisdictionInvalid = new("webhooks.jurisdiction-invalid", 400, "辖区应为 2、4 或 6 位行政区划代码前缀。", "A jurisdiction is a division code prefix of 2, 4 or 6 digits.");
    public static readonly ErrorCode OrganRefNotFound = new("webhooks.organ-ref-not-found", 400, "所引用的机关不存在。", "The referenced organ does not exist.");
    public static readonly ErrorCode OverlapInvalid = new("webhooks.overlap-invalid", 400, "新旧密钥并用时间应为 0 至 10080 分钟。", "The overlap is 0 to 10080 minutes.");
    public static readonly ErrorCode SubscriptionInactive = new("webhooks.subscription-inactive", 409, "订阅已停用，无法重新投递；请先启用。", "The subscription is not active; enable it before redelivering.");
}
