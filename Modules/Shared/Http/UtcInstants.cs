using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OrganAffairs.Shared.Http;

/// <summary>
/// Instants bound from the query string or the route (`?from=2026-03-01T09:00+08:00`) become UTC
/// before the handler runs, as JSON bodies do through <see cref="UtcInstantConverter"/>. The Host
/// applies it to every route, so no endpoint can forget it (ADR 0016).
/// </summary>
public static class UtcInstants
{
    public static TBuilder NormaliseInstants<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory(Factory);

    private static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var parameters = context.MethodInfo.GetParameters();
        var direct = new List<int>();
        var bundled = new List<(int Index, PropertyInfo[] Properties)>();
        for (var i = 0; i < parameters.Length; i++)
        {
            if (IsInstant(parameters[i].ParameterType))
            {
                direct.Add(i);
            }
            else if (parameters[i].GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                var instants = parameters[i].ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => IsInstant(p.PropertyType) && p.CanWrite).ToArray();
                if (instants.Length > 0)
                {
                    bundled.Add((i, instants));
                }
            }
        }
        if (direct.Count == 0 && bundled.Count == 0)
        {
            return next; // nothing to do: no cost on routes without instants
        }
        return invocation =>
        {
            var arguments = invocation.Arguments;
            foreach (var i in direct)
            {
                arguments[i] = ToUtc(arguments[i]);
            }
            foreach (var (i, properties) in bundled)
            {
                if (arguments[i] is { } bundle)
                {
                    foreach (var property in properties)
                    {
                        // Records' init accessors are setters to reflection; the bundle is this request's own instance.
                        property.SetValue(bundle, ToUtc(property.GetValue(bundle)));
                    }
                }
            }
            return next(invocation);
        };
    }

    private static bool IsInstant(Type type) => (Nullable.GetUnderlyingType(type) ?? type) == typeof(DateTimeOffset);

    private static object? ToUtc(object? value) => value is DateTimeOffset instant ? instant.ToUniversalTime() : value;
}
