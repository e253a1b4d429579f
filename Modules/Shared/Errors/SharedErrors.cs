namespace OrganAffairs.Shared.Errors;

/// <summary>The error codes the shared pipeline itself answers with.</summary>
public static class SharedErrors
{
    public static readonly ErrorCode ValidationFailed = new("request.invalid", 400, "请求参数无效。", "The request has invalid fields.");
    public static readonly ErrorCode Malformed = new("request.malformed", 400, "请求体格式错误或字段类型不正确。", "The request body is malformed or has a field of the wrong type.");
    public static readonly ErrorCode EnumInvalid = new("request.enum-invalid", 400, "枚举值无效，请使用文档列出的名称（区分大小写）。", "Not one of the documented names of this enum (case-sensitive).");
    public static readonly ErrorCode MemberMissing = new("request.member-missing", 400, "缺少必填字段。", "A required member is missing.");
    public static readonly ErrorCode MemberNull = new("request.member-null", 400, "该字段不能为 null。", "This member may not be null.");
    public static readonly ErrorCode MemberDuplicate = new("request.member-duplicate", 400, "同一字段出现了多次。", "This member appears more than once.");
    public static readonly ErrorCode ControlCharacter = new("request.control-character", 400, "文本中不能含控制字符（制表符和换行除外）。", "Text may not contain control characters (tab and line breaks excepted).");
    public static readonly ErrorCode ParameterInvalid = new("request.parameter-invalid", 400, "查询参数或路径参数的值无效。", "A query or path parameter has an invalid value.");
    public static readonly ErrorCode ParameterMissing = new("request.parameter-missing", 400, "缺少必需的查询参数。", "A required query parameter is missing.");
    public static readonly ErrorCode TooLarge = new("request.too-large", 413, "请求体过大。", "The request body is too large.");
    public static readonly ErrorCode Unauthenticated = new("auth.unauthenticated", 401, "未认证。", "Authentication is required.");
    public static readonly ErrorCode Forbidden = new("auth.forbidden", 403, "缺少所需权限范围。", "A required scope is missing.");
    public static readonly ErrorCode BureauOnly = new("auth.bureau-only", 403, "仅机关事务管理局本级可执行此操作。", "Only the bureau's own principals may do this.");
    public static readonly ErrorCode RateLimited = new("request.rate-limited", 429, "请求过于频繁，请稍后重试。", "Too many requests; retry later.");
    public static readonly ErrorCode RouteNotFound = new("route.not-found", 404, "接口路径不存在。", "No operation has this path.");
    public static readonly ErrorCode MethodNotAllowed = new("route.method-not-allowed", 405, "该路径不支持此方法。", "This path does not support the method.");
    public static readonly ErrorCode UnsupportedMediaType = new("request.unsupported-media-type", 415, "不支持的内容类型，请使用 application/json。", "Unsupported content type; send application/json.");
    public static readonly ErrorCode PreconditionFailed = new("concurrency.stale", 412, "数据已被他人修改，请重新获取后再试（If-Match 已过期）。", "The resource changed since you read it (stale If-Match); read it again.");
    public static readonly ErrorCode ConcurrentChange = new("concurrency.conflict", 409, "数据正被他人同时修改，请重试。", "The resource was changed by another request at the same time; retry.");
    public static readonly ErrorCode PreconditionRequired = new("concurrency.if-match-required", 428, "修改需要 If-Match 请求头（取自 ETag）。", "This change needs an If-Match header with the ETag you read.");
    public static readonly ErrorCode IfMatchInvalid = new("concurrency.if-match-invalid", 400, "If-Match 请求头格式无效。", "The If-Match header is not a valid ETag.");
    public static readonly ErrorCode IdempotencyInProgress = new("idempotency.in-progress", 409, "相同幂等键的请求仍在处理中。", "A request with this Idempotency-Key is still running.");
    public static readonly ErrorCode IdempotencyMismatch = new("idempotency.key-reused", 422, "幂等键已用于内容不同的请求。", "This Idempotency-Key was used with a different request body.");
    public static readonly ErrorCode IdempotencyKeyInvalid = new("idempotency.key-invalid", 400, "幂等键无效（1–100 个可见 ASCII 字符）。", "The Idempotency-Key must be 1–100 visible ASCII characters.");
    public static readonly ErrorCode ContentDigestInvalid = new("idempotency.content-digest-invalid", 400, "Content-Digest 无效：sha-256 须为冒号括起的 32 字节 Base64（RFC 9530）。", "Content-Digest is invalid: sha-256 must be 32 bytes of base64 between colons (RFC 9530).");
    public static readonly ErrorCode DatabaseUnavailable = new("database.unavailable", 503, "数据库暂不可用，请稍后重试。", "The database is unavailable; retry later.");
    public static readonly ErrorCode Starting = new("service.starting", 503, "服务正在启动，请稍后重试。", "The service is starting; retry shortly.");
    public static readonly ErrorCode Timeout = new("request.timeout", 504, "请求处理超时。", "The request timed out.");
    public static readonly ErrorCode Internal = new("server.error", 500, "服务器内部错误。", "An unexpected server error occurred.");
    public static readonly ErrorCode PageInvalid = new("paging.invalid", 400, "分页参数无效。", "Invalid paging parameters.");
    public static readonly ErrorCode SortInvalid = new("sorting.invalid", 400, "排序字段无效。", "Invalid sort field.");
}
