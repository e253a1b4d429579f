using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Shared.Http;

/// <summary>
/// Query binding accepts an enum's number ("level=3") and any number ("level=99") as a value, and
/// refuses another letter case ("level=municipal") before any filter runs; the contract says enums are
/// names. This filter refuses anything but a declared name spelled exactly, and the binding failure of
/// one of its parameters is explained the same way (<see cref="DescribeBinding"/>): the answer a body
/// gets too (<see cref="ExactEnumNames"/>).
/// </summary>
public static class StrictEnumQuery
{
    public static RouteHandlerBuilder StrictEnums<TParameters>(this RouteHandlerBuilder builder)
    {
        var enums = typeof(TParameters).GetProperties()
            .Select(p => (Property: p, Type: Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType))
            .Where(p => p.Type.IsEnum)
            .Select(p => new EnumParameter(p.Property.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Property.Name, p.Property.Name, Enum.GetNames(p.Type)))
            .ToList();
        return builder.WithMetadata(new EnumParameters(enums)).AddEndpointFilter(async (context, next) =>
        {
            var query = context.HttpContext.Request.Query;
            var errors = enums
                .Where(e => query.TryGetValue(e.QueryName, out var raw) && raw.Any(v => !e.Names.Contains(v, StringComparer.Ordinal)))
                .Select(e => ExactEnumNames.Invalid(e.QueryName, e.Names))
                .ToList();
            if (errors.Count > 0)
            {
                throw new ProblemException(SharedErrors.ValidationFailed, errors);
            }
            return await next(context);
        });
    }

    /// <summary>
    /// The answer for a query value the framework could not bind, when the parameter is one of the
    /// endpoint's enums (<c>level=municipal</c>); null for any other parameter.
    /// </summary>
    public static (ErrorCode Error, IReadOnlyList<FieldError> Fields)? DescribeBinding(HttpContext context, string message)
    {
        // The exception handler clears the endpoint from the context and keeps it in its feature.
        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();
        return endpoint is not null && JsonContract.UnboundParameter(message) is { } name && Describe(endpoint, name) is { } field
            ? (SharedErrors.ValidationFailed, [field])
            : null;
    }

    /// <summary>The field error for the enum query parameter of <paramref name="endpoint"/> named <paramref name="name"/> (as sent or as declared); null for any other.</summary>
    internal static FieldError? Describe(Endpoint endpoint, string name) =>
        endpoint.Metadata.GetMetadata<EnumParameters>()?.All.FirstOrDefault(p =>
            p.PropertyName.Equals(name, StringComparison.OrdinalIgnoreCase) || p.QueryName.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } parameter
            ? ExactEnumNames.Invalid(parameter.QueryName, parameter.Names)
            : null;

    private sealed record EnumParameter(string QueryName, string PropertyName, string[] Names);

    /// <summary>Endpoint metadata: the enum query parameters the filter checks.</summary>
    private sealed record EnumParameters(IReadOnlyList<EnumParameter> All);
}
