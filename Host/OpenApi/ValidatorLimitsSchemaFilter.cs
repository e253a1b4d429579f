using System.Globalization;
using FluentValidation;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OrganAffairs.Host.OpenApi;

/// <summary>
/// Writes the limits the validators enforce (<see cref="ValidatorLimits"/>) into the schemas of the bodies they check:
/// maxLength/minLength, minimum/maximum, maxItems and pattern — read from the validators registered in DI, so the
/// document and the validation cannot disagree (docs/adr/0039).
/// </summary>
internal sealed class ValidatorLimitsSchemaFilter(IServiceProvider services) : ISchemaFilter
{
    private readonly Lazy<ValidatorLimits> _limits = new(() => ValidatorLimits.From(RegisteredValidators(services)));

    /// <summary>Every validator of the application's assemblies that DI serves (one instance per validator type).</summary>
    public static IEnumerable<IValidator> RegisteredValidators(IServiceProvider services)
    {
        var assemblies = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("OrganAffairs.", StringComparison.Ordinal) == true && a.GetName().Name != "OrganAffairs.Tests")
            .OrderBy(a => a.GetName().Name, StringComparer.Ordinal);
        return AssemblyScanner.FindValidatorsInAssemblies(assemblies, includeInternalTypes: true)
            .OrderBy(r => r.ValidatorType.FullName, StringComparer.Ordinal)
            .SelectMany(r => services.GetServices(r.InterfaceType).OfType<IValidator>().Where(v => v.GetType() == r.ValidatorType))
            .ToList();
    }

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { } properties } || context.Type is null)
        {
            return;
        }
        foreach (var (member, items, limits) in _limits.Value.For(context.Type))
        {
            if (!properties.TryGetValue(member, out var property))
            {
                continue;
            }
            var target = items ? (property as OpenApiSchema)?.Items : property;
            if (target is OpenApiSchema concrete)
            {
                Write(concrete, limits);
            }
        }
    }

    internal static void Write(OpenApiSchema schema, MemberLimits limits)
    {
        var type = schema.Type ?? 0;
        if (type.HasFlag(JsonSchemaType.String))
        {
            schema.MaxLength = limits.MaxLength ?? schema.MaxLength;
            schema.MinLength = limits.MinLength ?? schema.MinLength;
            schema.Pattern = limits.Pattern ?? schema.Pattern;
        }
        if (type.HasFlag(JsonSchemaType.Array))
        {
            schema.MaxItems = limits.MaxItems ?? schema.MaxItems;
            schema.MinItems = limits.MinItems ?? schema.MinItems;
        }
        var integer = type.HasFlag(JsonSchemaType.Integer);
        if (integer || type.HasFlag(JsonSchemaType.Number))
        {
            if (limits.Minimum is { } minimum)
            {
                // An integer above n is at least n + 1: stated inclusively, as generators and linters read best.
                var (value, exclusive) = integer && limits.ExclusiveMinimum && minimum == decimal.Truncate(minimum) ? (minimum + 1, false) : (minimum, limits.ExclusiveMinimum);
                schema.Minimum = Text(value);
                schema.ExclusiveMinimum = exclusive ? Text(value) : null;
            }
            if (limits.Maximum is { } maximum)
            {
                var (value, exclusive) = integer && limits.ExclusiveMaximum && maximum == decimal.Truncate(maximum) ? (maximum - 1, false) : (maximum, limits.ExclusiveMaximum);
                schema.Maximum = Text(value);
                schema.ExclusiveMaximum = exclusive ? Text(value) : null;
            }
        }
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
