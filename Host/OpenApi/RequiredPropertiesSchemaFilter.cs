using System.Reflection;
using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OrganAffairs.Host.OpenApi;

/// <summary>
/// Marks every non-nullable member without a default required, and every nullable reference nullable — value types too (enums, ids, dates), which Swashbuckle
/// leaves optional — so a generated client knows exactly what must be sent and what is always returned.
/// </summary>
internal sealed class RequiredPropertiesSchemaFilter : ISchemaFilter
{
    private readonly NullabilityInfoContext _nullability = new();

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is null || context.Type.IsEnum || context.Type == typeof(string))
        {
            return;
        }
        // A constructor parameter with a default may be left out: the serializer fills the default.
        var optional = context.Type.GetConstructors().SelectMany(c => c.GetParameters())
            .Where(p => p.HasDefaultValue).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (optional.Contains(property.Name))
            {
                concrete.Required?.Remove(name);
                continue;
            }
            if (!concrete.Properties.ContainsKey(name))
            {
                continue;
            }
            var nullable = property.PropertyType.IsValueType
                ? Nullable.GetUnderlyingType(property.PropertyType) is not null
                : _nullability.Create(property).ReadState == NullabilityState.Nullable;
            if (!nullable)
            {
                concrete.Required ??= new HashSet<string>();
                concrete.Required.Add(name);
            }
            else if (concrete.Properties[name] is OpenApiSchemaReference reference)
            {
                // OpenAPI 3.0 ignores siblings of $ref, so a nullable enum or object is allOf its schema,
                // nullable: otherwise a strict generated client refuses the null it is sent.
                // Linters want the type beside nullable: an enum is a string, anything else an object.
                var type = (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType).IsEnum ? JsonSchemaType.String : JsonSchemaType.Object;
                concrete.Properties[name] = new OpenApiSchema { AllOf = [reference], Type = type | JsonSchemaType.Null };
            }
        }
    }
}
