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
    public static TBuilder NormaliseInstants<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        // Only a route that binds an instant gets the filter: any filter on a route makes its request delegate
        // compile a filter pipeline, a start-up cost on every route that has nothing to convert (ADR 0053).
        // Conventions run before the delegate is built, with the handler's MethodInfo already in the metadata.
        builder.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault() is { } method && Plan(method) is { } plan)
            {
                endpoint.FilterFactories.Add((_, next) => Filter(plan, next));
            }
        });
        return builder;
    }

    /// <summary>Which arguments are instants, and which [AsParameters] bundles hold some; null when none.</summary>
    private static (int[] Direct, (int Index, PropertyInfo[] Properties)[] Bundled)? Plan(MethodInfo method)
    {
        var parameters = method.GetParameters();
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
        return direct.Count == 0 && bundled.Count == 0 ? null : (direct.ToArray(), bundled.ToArray());
    }

    private static EndpointFilterDelegate Filter((int[] Direct, (int Index, PropertyInfo[] Properties)[] Bundled) plan, EndpointFilterDelegate next)
    {
        var (direct, bundled) = plan;
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
