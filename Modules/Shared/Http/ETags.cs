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

    /// <summary>
    /// The versions the client's If-Match names (RFC 9110 §13.1.1): one or more strong tags, or <c>*</c> for any
    /// current version. 428 when missing, 400 when unreadable; a weak tag never matches (412 at the check).
    /// </summary>
    public static IfMatch RequireIfMatch(HttpContext context)
    {
        var header = context.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            throw new ProblemException(SharedErrors.PreconditionRequired);
        }
        if (header.Trim() == "*")
        {
            return IfMatch.Any;
        }
        var versions = new List<long>();
        foreach (var tag in header.Split(',', StringSplitOptions.TrimEntries))
        {
            if (tag.StartsWith("W/\"", StringComparison.Ordinal))
            {
                // If-Match compares strongly: a weak tag never matches, but the list stays readable.
                continue;
            }
            if (tag.Length >= 2 && tag[0] == '"' && tag[^1] == '"'
                && long.TryParse(tag.AsSpan(1, tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                versions.Add(version);
                continue;
            }
            throw new ProblemException(SharedErrors.IfMatchInvalid);
        }
        return new IfMatch(versions);
    }
}

/// <summary>
/// What an If-Match header allows: any current version (<c>*</c>) or the listed ones. A handler turns it into
/// the version its conditional UPDATE expects with <see cref="Against"/>, so no handler compares by hand.
/// </summary>
public sealed class IfMatch
{
    private readonly IReadOnlyList<long>? _versions;

    public IfMatch(IReadOnlyList<long> versions) => _versions = versions;

    private IfMatch() => _versions = null;

    /// <summary><c>If-Match: *</c>: any current version.</summary>
    public static IfMatch Any { get; } = new();

    /// <summary>One strong tag, as a client that read version <paramref name="version"/> sends.</summary>
    public static IfMatch Of(long version) => new([version]);

    /// <summary>The current version when the header allows it, for the UPDATE's version check; 412 otherwise.</summary>
    public long Against(long current) =>
        _versions is null || _versions.Contains(current) ? current : throw new ProblemException(SharedErrors.PreconditionFailed);
}
