using System.Collections.Frozen;
using System.Globalization;

namespace OrganAffairs.Shared.Errors;

/// <summary>
/// The API's own field-error codes (docs/adr/0017): what a field error says when a module's rule uses a
/// FluentValidation built-in without <c>.WithErrorCode(...)</c>. Clients branch on these codes; the
/// validator class names behind them are an implementation detail and never reach a response.
/// </summary>
public static class FieldErrors
{
    public static readonly ErrorCode Required = new("field.required", 400, "必填字段没有值。", "A required field has no value.");
    public static readonly ErrorCode MustBeEmpty = new("field.must-be-empty", 400, "该字段在此情形下必须为空或省略。", "This field must be empty or left out here.");
    public static readonly ErrorCode TooLong = new("field.too-long", 400, "字段内容过长。", "The field is too long.");
    public static readonly ErrorCode TooShort = new("field.too-short", 400, "字段内容过短。", "The field is too short.");
    public static readonly ErrorCode WrongLength = new("field.wrong-length", 400, "字段长度不符合要求。", "The field does not have the required length.");
    public static readonly ErrorCode OutOfRange = new("field.out-of-range", 400, "数值超出允许范围。", "The value is outside the allowed range.");
    public static readonly ErrorCode TooManyDigits = new("field.too-many-digits", 400, "数字的位数或小数位数过多。", "The number has too many digits or decimals.");
    public static readonly ErrorCode InvalidFormat = new("field.invalid-format", 400, "格式不正确。", "The value is not in the expected format.");
    public static readonly ErrorCode NotInList = new("field.not-in-list", 400, "不是允许的取值之一。", "The value is not one of the allowed values.");
    public static readonly ErrorCode NotAllowed = new("field.not-allowed", 400, "此处不允许该值。", "This value is not allowed here.");
    public static readonly ErrorCode TooManyItems = new("field.too-many-items", 400, "列表项过多。", "The list has too many items.");
    public static readonly ErrorCode Invalid = new("field.invalid", 400, "字段值无效。", "The field has an invalid value.");

    private const string EnumNamesZh = "字段 {PropertyName} 必须是以下名称之一（区分大小写）：{EnumNames}。";
    private const string EnumNamesEn = "{PropertyName} must be one of these names (case-sensitive): {EnumNames}.";

    /// <summary>
    /// An enum value that is not one of its declared names, spelled exactly: what the edge answers for
    /// bodies and query strings (<c>request.enum-invalid</c>); <c>IsInEnum()</c> says the same text.
    /// </summary>
    public static FieldMessage EnumNames { get; } = new(SharedErrors.EnumInvalid, EnumNamesZh, EnumNamesEn);

    /// <summary>Every code of the catalogue.</summary>
    public static IReadOnlyList<ErrorCode> All { get; } =
        [Required, MustBeEmpty, TooLong, TooShort, WrongLength, OutOfRange, TooManyDigits, InvalidFormat, NotInList, NotAllowed, TooManyItems, Invalid];

    /// <summary>
    /// What each FluentValidation built-in says: its code and its message in both languages.
    /// <c>{PropertyName}</c> is the member as the client sent it; the other placeholders are
    /// FluentValidation's own (<c>{MaxLength}</c>, <c>{From}</c>…) or ours (<c>{Limit}</c>: the other
    /// member's name or the value compared with; <c>{EnumNames}</c>: the enum's names).
    /// </summary>
    public static FrozenDictionary<string, FieldMessage> ByValidator { get; } = new Dictionary<string, FieldMessage>
    {
        ["NotNullValidator"] = new(Required, "字段 {PropertyName} 不能为空。", "{PropertyName} is required."),
        ["NotEmptyValidator"] = new(Required, "字段 {PropertyName} 不能为空。", "{PropertyName} must not be empty."),
        ["NullValidator"] = new(MustBeEmpty, "字段 {PropertyName} 在此情形下必须省略。", "{PropertyName} must be left out here."),
        ["EmptyValidator"] = new(MustBeEmpty, "字段 {PropertyName} 在此情形下必须为空。", "{PropertyName} must be empty here."),
        ["MaximumLengthValidator"] = new(TooLong, "字段 {PropertyName} 最多 {MaxLength} 个字符，现有 {TotalLength} 个。", "{PropertyName} must be at most {MaxLength} characters long; it has {TotalLength}."),
        ["MinimumLengthValidator"] = new(TooShort, "字段 {PropertyName} 至少 {MinLength} 个字符，现有 {TotalLength} 个。", "{PropertyName} must be at least {MinLength} characters long; it has {TotalLength}."),
        ["LengthValidator"] = new(WrongLength, "字段 {PropertyName} 须为 {MinLength} 至 {MaxLength} 个字符，现有 {TotalLength} 个。", "{PropertyName} must be {MinLength} to {MaxLength} characters long; it has {TotalLength}."),
        ["ExactLengthValidator"] = new(WrongLength, "字段 {PropertyName} 须正好 {MaxLength} 个字符，现有 {TotalLength} 个。", "{PropertyName} must be exactly {MaxLength} characters long; it has {TotalLength}."),
        ["GreaterThanValidator"] = new(OutOfRange, "字段 {PropertyName} 必须大于 {Limit}。", "{PropertyName} must be greater than {Limit}."),
        ["GreaterThanOrEqualValidator"] = new(OutOfRange, "字段 {PropertyName} 必须大于或等于 {Limit}。", "{PropertyName} must be greater than or equal to {Limit}."),
        ["LessThanValidator"] = new(OutOfRange, "字段 {PropertyName} 必须小于 {Limit}。", "{PropertyName} must be less than {Limit}."),
        ["LessThanOrEqualValidator"] = new(OutOfRange, "字段 {PropertyName} 必须小于或等于 {Limit}。", "{PropertyName} must be less than or equal to {Limit}."),
        ["InclusiveBetweenValidator"] = new(OutOfRange, "字段 {PropertyName} 必须在 {From} 至 {To} 之间（含两端）。", "{PropertyName} must be from {From} to {To}."),
        ["ExclusiveBetweenValidator"] = new(OutOfRange, "字段 {PropertyName} 必须大于 {From} 且小于 {To}。", "{PropertyName} must be greater than {From} and less than {To}."),
        // PrecisionScaleValidator calls itself by its old name.
        ["ScalePrecisionValidator"] = new(TooManyDigits, "字段 {PropertyName} 最多 {ExpectedPrecision} 位数字，其中小数最多 {ExpectedScale} 位。", "{PropertyName} may have at most {ExpectedPrecision} digits, {ExpectedScale} of them decimals."),
        ["RegularExpressionValidator"] = new(InvalidFormat, "字段 {PropertyName} 的格式不正确。", "{PropertyName} is not in the expected format."),
        ["EmailValidator"] = new(InvalidFormat, "字段 {PropertyName} 不是有效的电子邮件地址。", "{PropertyName} is not a valid email address."),
        ["CreditCardValidator"] = new(InvalidFormat, "字段 {PropertyName} 不是有效的卡号。", "{PropertyName} is not a valid card number."),
        ["EnumValidator"] = new(NotInList, EnumNamesZh, EnumNamesEn),
        ["StringEnumValidator"] = new(NotInList, "字段 {PropertyName} 不是允许的取值之一。", "{PropertyName} is not one of the allowed values."),
        ["EqualValidator"] = new(NotAllowed, "字段 {PropertyName} 必须等于 {Limit}。", "{PropertyName} must equal {Limit}."),
        ["NotEqualValidator"] = new(NotAllowed, "字段 {PropertyName} 不能等于 {Limit}。", "{PropertyName} must not equal {Limit}."),
        ["MaxItemsValidator"] = new(TooManyItems, "字段 {PropertyName} 最多 {MaxItems} 项。", "{PropertyName} may have at most {MaxItems} items."),
        ["PredicateValidator"] = new(Invalid, "字段 {PropertyName} 的值无效。", "{PropertyName} has an invalid value."),
        ["AsyncPredicateValidator"] = new(Invalid, "字段 {PropertyName} 的值无效。", "{PropertyName} has an invalid value."),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>What a validator this catalogue does not know says: a plain <c>field.invalid</c>, never its class name.</summary>
    public static FieldMessage Fallback { get; } = new(Invalid, "字段 {PropertyName} 的值无效。", "{PropertyName} has an invalid value.");

    /// <summary>The entry for a FluentValidation validator name (its <c>Name</c>), or the fallback.</summary>
    public static FieldMessage For(string validatorName) => ByValidator.GetValueOrDefault(validatorName, Fallback);
}

/// <summary>A catalogue code with its message template in Simplified Chinese and English.</summary>
public sealed record FieldMessage(ErrorCode Code, string TemplateZh, string TemplateEn)
{
    /// <summary>The template in the given culture (the request's UI culture when null): English when asked for, Chinese otherwise.</summary>
    public string Template(CultureInfo? culture = null) =>
        ErrorCode.IsEnglish(culture ?? CultureInfo.CurrentUICulture) ? TemplateEn : TemplateZh;
}
