using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Shared.Http;

/// <summary>
/// Query binding accepts an enum's number ("level=3") and any number ("level=99") as a value; the
/// contract says enums are names. This filter refuses anything but a declared name, as a field error.
/// </summary>
public static class StrictEnumQuery
{
    public static readonly ErrorCode EnumInvalid = new("request.enum-invalid", 400, "枚举值无效，请使用文档列出的名称。", "Not one of the documented names of this enum.");

    public static RouteHandlerBuilder StrictEnums<TParameters>(this RouteHandlerBuilder builder)
    {
        var enums = typeof(TParameters).GetProperties()
            .Select(p => (Property: p, Type: Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType))
            .Where(p => p.Type.IsEnum)
            .Select(p => (Name: p.Property.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Property.Name, Names: Enum.GetNames(p.Type)))
            .ToList();
        return builder.AddEndpointFilter(async (context, next) =>
        {
            var query = context.HttpContext.Request.Query;
            var errors = enums
                .Where(e => query.TryGetValue(e.Name, out var raw) && raw.Any(v => !e.Names.Contains(v, StringComparer.Ordinal)))
                .Select(e => new FieldError(e.Name, EnumInvalid.Code, $"{EnumInvalid.Title} ({string.Join(", ", e.Names)})"))
                .ToList();
            if (errors.Count > 0)
            {
                throw new ProblemException(SharedErrors.ValidationFailed, errors);
            }
            return await next(context);
        });
    }
}
