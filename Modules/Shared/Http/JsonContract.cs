using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Shared.Http;

/// <summary>
/// The serializer settings that keep the contract by construction (docs/adr/0016): instants are UTC
/// where they enter and leave, a member the schema requires must be present and non-null, a member
/// may appear once, and text carries no control characters. Every body of every operation passes
/// through these options, so no handler or validator has to remember any of it.
/// </summary>
public static partial class JsonContract
{
    /// <summary>
    /// Text as itself: Chinese, <c>+</c> and <c>'</c> are written unescaped. The HTML-safe default escapes
    /// those for pages that embed JSON in a script; this API answers application/json only (ADR 0016).
    /// </summary>
    public static System.Text.Encodings.Web.JavaScriptEncoder Encoder => System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static void Apply(JsonSerializerOptions options)
    {
        options.Encoder = Encoder;
        options.RespectNullableAnnotations = true;
        // Required = the schema's required: a non-nullable constructor member without a default. (The
        // framework's RespectRequiredConstructorParameters would also require the nullable ones.)
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(RequireNonNullableMembers);
        options.AllowDuplicateProperties = false;
        options.Converters.Add(new UtcInstantConverter());
        options.Converters.Add(new PlainTextConverter());
    }

    private static void RequireNonNullableMembers(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        foreach (var property in type.Properties)
        {
            if (property.AssociatedParameter is { HasDefaultValue: false, IsNullable: false })
            {
                property.IsRequired = true;
            }
        }
    }

    /// <summary>The field errors a serializer failure stands for, with the member named as the client wrote it.</summary>
    public static (ErrorCode Error, IReadOnlyList<FieldError> Fields) Describe(JsonException exception)
    {
        var path = exception.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : null;
        var message = exception.Message;
        if (exception is ControlCharacterException)
        {
            return Field(SharedErrors.ControlCharacter, path ?? "");
        }
        if (exception is EnumNameException enumName)
        {
            // The same answer as a query string's enum (StrictEnumQuery): the value is well-formed JSON, just not a name.
            return (SharedErrors.ValidationFailed, [ExactEnumNames.Invalid(path ?? "", enumName.Names)]);
        }
        if (MissingMembers().Match(message) is { Success: true } missing)
        {
            // The path is the object's; each missing member is named below it.
            var names = MemberNames().Matches(missing.Groups["names"].Value).Select(m => m.Groups[1].Value);
            var prefix = path is null ? "" : path + ".";
            return (SharedErrors.MemberMissing, names.Select(n => Error(SharedErrors.MemberMissing, prefix + n)).ToList());
        }
        if (NullNotAllowed().IsMatch(message))
        {
            return Field(SharedErrors.MemberNull, path ?? "");
        }
        if (DuplicateMember().IsMatch(message))
        {
            return Field(SharedErrors.MemberDuplicate, path ?? "");
        }
        return path is null ? (SharedErrors.Malformed, []) : Field(SharedErrors.Malformed, path);
    }

    /// <summary>
    /// A query, route or header value the framework could not bind: the parameter named as the client
    /// sends it (camelCase), never the framework's text with its C# types.
    /// </summary>
    public static (ErrorCode Error, IReadOnlyList<FieldError> Fields) DescribeBinding(string message)
    {
        if (UnboundParameter(message) is { } unbound)
        {
            return Field(SharedErrors.ParameterInvalid, JsonNamingPolicy.CamelCase.ConvertName(unbound));
        }
        if (ParameterNotProvided().Match(message) is { Success: true } missing)
        {
            return Field(SharedErrors.ParameterMissing, JsonNamingPolicy.CamelCase.ConvertName(missing.Groups["name"].Value));
        }
        return (SharedErrors.Malformed, []);
    }

    /// <summary>The parameter (as the framework names it) of a "failed to bind" message, or null.</summary>
    public static string? UnboundParameter(string message) =>
        BindingFailed().Match(message) is { Success: true } failed ? failed.Groups["name"].Value : null;

    private static (ErrorCode, IReadOnlyList<FieldError>) Field(ErrorCode error, string path) => (error, [Error(error, path)]);

    private static FieldError Error(ErrorCode error, string path) => new(path, error.Code, error.Title);

    // System.Text.Json's own messages (it has no codes); the tests pin each one, so a runtime that
    // words them differently fails there and not silently here.
    [GeneratedRegex("missing required properties including: (?<names>.*)$", RegexOptions.Singleline)]
    private static partial Regex MissingMembers();

    [GeneratedRegex("^Failed to bind parameter \"(?:.* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)\" from")]
    private static partial Regex BindingFailed();

    [GeneratedRegex("^Required parameter \"(?:.* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)\" was not provided")]
    private static partial Regex ParameterNotProvided();

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex MemberNames();

    [GeneratedRegex("doesn't allow (setting )?null values", RegexOptions.IgnoreCase)]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex("^Duplicate property", RegexOptions.IgnoreCase)]
    private static partial Regex DuplicateMember();
}

/// <summary>A string member holding a control character other than tab, line feed and carriage return.</summary>
public sealed class ControlCharacterException() : JsonException("A control character is not allowed in text.");

/// <summary>Reads any offset and turns it into UTC; writes UTC. Below the edge no instant has another offset.</summary>
public sealed class UtcInstantConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset().ToUniversalTime();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToUniversalTime());
}

/// <summary>Text without control characters (U+0000–U+001F except tab and line breaks): they break logs, CSV and other systems.</summary>
public sealed class PlainTextConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (text is not null && text.AsSpan().ContainsAny(Forbidden))
        {
            throw new ControlCharacterException();
        }
        return text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    private static readonly System.Buffers.SearchValues<char> Forbidden = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x20).Select(i => (char)i).Where(c => c is not ('\t' or '\n' or '\r')).ToArray());
}
