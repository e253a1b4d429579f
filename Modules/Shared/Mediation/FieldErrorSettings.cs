using System.Globalization;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Resources;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Shared.Mediation;

/// <summary>
/// FluentValidation's global settings that make every validator of every module answer in the API's
/// own terms (docs/adr/0017), set once by <see cref="MediationRegistration.AddMediation"/>:
/// <list type="bullet">
/// <item>a built-in validator without <c>.WithErrorCode(...)</c> answers a catalogue code
/// (<see cref="FieldErrors"/>), never its class name;</item>
/// <item>its message is the catalogue's, in the request's UI culture (zh-CN by default, English for
/// <c>Accept-Language: en*</c>), with FluentValidation's limits ({MaxLength}, {From}…);</item>
/// <item>the member is named as the client sent it (<c>addOns[0].kind</c>), also in a module's own
/// message that says <c>{PropertyName}</c>.</item>
/// </list>
/// A module's <c>.WithErrorCode(...)</c> and <c>.WithMessage(...)</c> win over all of this.
/// </summary>
internal static class FieldErrorSettings
{
    private static readonly CatalogueLanguage Language = new();

    public static void Apply()
    {
        ValidatorOptions.Global.ErrorCodeResolver = validator => FieldErrors.For(validator.Name).Code.Code;
        ValidatorOptions.Global.LanguageManager = Language;
        ValidatorOptions.Global.MessageFormatterFactory = () => new MemberAsSentFormatter();
        // Only what FluentValidation names besides the failing member (the other side of a comparison).
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
    }

    /// <summary>The catalogue's templates in place of FluentValidation's translations.</summary>
    private sealed class CatalogueLanguage : ILanguageManager
    {
        public bool Enabled { get; set; } = true;

        public CultureInfo? Culture { get; set; }

        // FluentValidation asks first for the rule's custom error code (a module's own, e.g.
        // "energy.year-invalid", when it set one without a message) and then for the validator's name.
        // Only validator names have a text here; an unknown validator gets field.invalid's.
        public string GetString(string key, CultureInfo? culture = null)
        {
            culture ??= Culture ?? CultureInfo.CurrentUICulture;
            if (FieldErrors.ByValidator.TryGetValue(key, out var entry))
            {
                return entry.Template(culture);
            }
            return key.EndsWith("Validator", StringComparison.Ordinal) ? FieldErrors.Fallback.Template(culture) : null!;
        }
    }

    /// <summary>Fills the placeholders with what the client knows: its member names and invariant values.</summary>
    private sealed class MemberAsSentFormatter : MessageFormatter
    {
        public override string BuildMessage(string messageTemplate)
        {
            var values = PlaceholderValues;
            if (values.TryGetValue("PropertyPath", out var path) && path is string { Length: > 0 } propertyPath)
            {
                values[PropertyName] = FieldNames.ToJsonPath(propertyPath);
            }
            values["Limit"] = values.GetValueOrDefault("ComparisonProperty") is string { Length: > 0 } other
                ? other
                : Invariant(values.GetValueOrDefault("ComparisonValue"));
            foreach (var bound in (ReadOnlySpan<string>)["From", "To"])
            {
                if (values.TryGetValue(bound, out var value))
                {
                    values[bound] = Invariant(value);
                }
            }
            values["EnumNames"] = values.GetValueOrDefault(PropertyValue) is Enum e ? string.Join(", ", Enum.GetNames(e.GetType())) : "";
            return base.BuildMessage(messageTemplate);
        }

        // As the contract writes them: ISO 8601 instants in UTC, yyyy-MM-dd dates, invariant numbers.
        private static string Invariant(object? value) => value switch
        {
            null => "",
            DateTimeOffset instant => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            DateTime instant => instant.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }
}
