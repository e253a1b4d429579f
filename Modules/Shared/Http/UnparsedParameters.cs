using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Shared.Http;

/// <summary>
/// The generated request delegates (ADR 0055) answer a nullable query or route value that does not parse
/// (<c>includeRetired=maybe</c>, <c>on=tomorrow</c>, <c>page=two</c>) with a bare 400: unlike every other binding
/// failure they neither throw nor log, so the exception handler never sees it. The Host's status-code page calls
/// <see cref="Describe"/> for every body-less 400, which names the parameter from the endpoint's binding metadata,
/// so that answer is the same problem as the others, on every route at once.
/// </summary>
public static class UnparsedParameters
{
    /// <summary>The problem for a body-less 400: the parameters whose value does not parse, named as the client sends them.</summary>
    public static (ErrorCode Error, IReadOnlyList<FieldError> Fields) Describe(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is null)
        {
            return (SharedErrors.ParameterInvalid, []);
        }
        var enums = new List<FieldError>();
        var others = new List<FieldError>();
        foreach (var binding in endpoint.Metadata.GetOrderedMetadata<IParameterBindingMetadata>())
        {
            if (!binding.HasTryParse)
            {
                continue;
            }
            var parameter = binding.ParameterInfo;
            var name = WireName(parameter, binding.Name);
            var values = context.Request.RouteValues.TryGetValue(name, out var routeValue) && routeValue is not null
                ? [Convert.ToString(routeValue, CultureInfo.InvariantCulture)]
                : context.Request.Query[name].ToArray();
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            var bad = values.FirstOrDefault(v => !string.IsNullOrEmpty(v) && !Parses(type, v!));
            if (bad is null)
            {
                continue;
            }
            if (StrictEnumQuery.Describe(endpoint, name) is { } enumError)
            {
                enums.Add(enumError);
            }
            else
            {
                others.Add(new FieldError(name, SharedErrors.ParameterInvalid.Code, SharedErrors.ParameterInvalid.Title));
            }
        }
        // An enum's answer is the one a body's enum gets (StrictEnumQuery); any other value is a parameter error.
        return others.Count > 0 || enums.Count == 0 ? (SharedErrors.ParameterInvalid, others) : (SharedErrors.ValidationFailed, enums);
    }

    /// <summary>The name in the query string or route: [FromQuery(Name = …)] / [FromRoute(Name = …)], else the parameter's.</summary>
    private static string WireName(ParameterInfo parameter, string name) =>
        parameter.GetCustomAttributes().OfType<IFromQueryMetadata>().FirstOrDefault()?.Name
        ?? parameter.GetCustomAttributes().OfType<IFromRouteMetadata>().FirstOrDefault()?.Name
        ?? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);

    private static bool Parses(Type type, string value)
    {
        if (type.IsEnum)
        {
            return Enum.GetNames(type).Contains(value, StringComparer.Ordinal);
        }
        // IParsable's TryParse(string, IFormatProvider, out T) where the type declares it, else TryParse(string, out T) (bool).
        var withProvider = type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider), type.MakeByRefType()]);
        var tryParse = withProvider ?? type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), type.MakeByRefType()]);
        if (tryParse is null)
        {
            return true; // a type this check cannot read: say nothing about it rather than guess
        }
        object?[] arguments = withProvider is null ? [value, null] : [value, CultureInfo.InvariantCulture, null];
        return (bool)tryParse.Invoke(null, arguments)!;
    }
}
