using System.Globalization;

namespace OrganAffairs.Shared.Errors;

/// <summary>
/// A stable machine code with its HTTP status and its texts in both languages. Modules declare
/// theirs as static fields (e.g. <c>OrgansErrors.UsccTaken</c>) so that a code has exactly one text.
/// </summary>
public sealed record ErrorCode(string Code, int Status, string TitleZh, string TitleEn)
{
    /// <summary>The title in the request's UI culture: English when asked for, Simplified Chinese otherwise.</summary>
    public string Title => IsEnglish(CultureInfo.CurrentUICulture) ? TitleEn : TitleZh;

    internal static bool IsEnglish(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName.Equals("en", StringComparison.OrdinalIgnoreCase);
}

/// <summary>One invalid field: its JSON path, a stable code and a message.</summary>
public sealed record FieldError(string Field, string Code, string Message);

/// <summary>Thrown by handlers and behaviours; rendered as an RFC 9457 problem by the Host.</summary>
public sealed class ProblemException(ErrorCode error, IReadOnlyList<FieldError>? fieldErrors = null, string? detail = null)
    : Exception(error.Code)
{
    public ErrorCode Error { get; } = error;
    public IReadOnlyList<FieldError> FieldErrors { get; } = fieldErrors ?? [];
    public string? Detail { get; } = detail;

    /// <summary>Extra members of the problem body (RFC 9457 extensions), e.g. the conflicting windows of a booking.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>A 400 for one field, e.g. a reference to something that does not exist or is not visible.</summary>
    public static ProblemException ForField(ErrorCode error, string field, string? message = null) =>
        new(SharedErrors.ValidationFailed, [new FieldError(field, error.Code, message ?? error.Title)]);
}
