using System.Globalization;
using Microsoft.AspNetCore.Http;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Shared.Http;

/// <summary>Strong ETags from a row's version number; If-Match is required on every update.</summary>
public static class ETags
{
    public static string For(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>200 with the value, its version as the ETag header.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.Ok<T> Ok<T>(HttpContext http, T value, Func<T, long> version)
    {
        http.Response.Headers.ETag = For(version(value));
        return TypedResults.Ok(value);
    }

    /// <summary>201 with the value at <paramref name="location"/>, its version as the ETag header.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.Created<T> Created<T>(HttpContext http, string location, T value, Func<T, long> version)
    {
        http.Response.Headers.ETag = For(version(value));
        return TypedResults.Created(location, value);
    }

    /// <summary>The version the client read, from If-Match: 428 when missing, 400 when unreadable.</summary>
    public static long RequireIfMatch(HttpContext context)
    {
        var header = context.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            throw new ProblemException(SharedErrors.PreconditionRequired);
        }
        var value = header.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            // If-Match compares strongly (RFC 9110 §13.1.1): a weak tag never matches.
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"'
            && long.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }
        throw new ProblemException(SharedErrors.IfMatchInvalid);
    }
}
