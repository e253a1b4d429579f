using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Shared.Http;

/// <summary>
/// One rule for enum values wherever a client writes them (docs/adr/0017): a declared name, exactly as
/// the document lists it (case-sensitive); no number, no other spelling. Bodies keep it through
/// <see cref="ExactEnumNameConverter"/>, query strings through <see cref="StrictEnumQuery"/>; both
/// answer 400 <c>request.invalid</c> with a <c>request.enum-invalid</c> field error naming the member.
/// </summary>
public static class ExactEnumNames
{
    /// <summary>The field error for a value that is not one of <paramref name="names"/>, in the request's language.</summary>
    public static FieldError Invalid(string member, IEnumerable<string> names) =>
        new(member, SharedErrors.EnumInvalid.Code, FieldErrors.EnumNames.Template()
            .Replace("{PropertyName}", member, StringComparison.Ordinal)
            .Replace("{EnumNames}", string.Join(", ", names), StringComparison.Ordinal));
}

/// <summary>
/// Reads and writes enums by their declared names, matched exactly. It sits before the Host's
/// <see cref="JsonStringEnumConverter"/>, which stays in the list because Swashbuckle looks for it to
/// document enums as strings; both write the same names, so the document is the same.
/// </summary>
public sealed class ExactEnumNameConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T> where T : struct, Enum
    {
        private static readonly string[] Names = Enum.GetNames<T>();
        private static readonly FrozenDictionary<string, T> ByName = Names.ToFrozenDictionary(n => n, Enum.Parse<T>, StringComparer.Ordinal);
        private static readonly FrozenDictionary<T, string> ByValue = Names.DistinctBy(Enum.Parse<T>).ToFrozenDictionary(Enum.Parse<T>, n => n);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                // As before this converter: the serializer's own "could not be converted" answer.
                throw new JsonException();
            }
            return reader.TokenType == JsonTokenType.String && ByName.TryGetValue(reader.GetString()!, out var value)
                ? value
                : throw new EnumNameException(Names);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(NameOf(value));

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ByName.TryGetValue(reader.GetString()!, out var value) ? value : throw new EnumNameException(Names);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(NameOf(value));

        // A value without a name never leaves the API as a number: that would break the contract.
        private static string NameOf(T value) =>
            ByValue.TryGetValue(value, out var name) ? name : throw new JsonException($"{typeof(T).Name} has no name for {value:D}.");
    }
}

/// <summary>An enum member holding anything but one of its declared names, spelled exactly.</summary>
public sealed class EnumNameException(IReadOnlyList<string> names) : JsonException("Not one of the declared names of this enum.")
{
    public IReadOnlyList<string> Names { get; } = names;
}
