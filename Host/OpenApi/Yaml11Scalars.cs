using System.Text;
using System.Text.RegularExpressions;

namespace OrganAffairs.Host.OpenApi;

/// <summary>
/// YAML 1.1 parsers (PyYAML, SnakeYAML, older Go and Ruby ones) read an unquoted on/off/yes/no/y/n as a
/// boolean, so a schema member named <c>on</c> became <c>true</c> for them. The served YAML quotes such keys
/// and sequence items; build.ps1 applies the same expression to the committed openapi.yaml, and the
/// contract test compares the two byte for byte, so they cannot drift apart.
/// </summary>
internal static partial class Yaml11Scalars
{
    public static string Quote(string yaml) => BooleanLike().Replace(yaml, "$1'$2'$3");

    /// <summary>Serves <c>/swagger/{document}/swagger.yaml</c> with <see cref="Quote"/> applied.</summary>
    public static IApplicationBuilder UseQuotedYamlDocument(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/swagger", StringComparison.Ordinal)
                || !context.Request.Path.Value!.EndsWith(".yaml", StringComparison.Ordinal))
            {
                await next(context);
                return;
            }
            var original = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = original;
            }
            var bytes = Encoding.UTF8.GetBytes(Quote(Encoding.UTF8.GetString(buffer.ToArray())));
            context.Response.ContentLength = bytes.Length;
            await original.WriteAsync(bytes, context.RequestAborted);
        });

    // The same expression as build.ps1's (PowerShell and .NET share the regex engine).
    [GeneratedRegex(@"(?m)^(\s*(?:- )?)(on|off|yes|no|y|n|On|Off|Yes|No|Y|N|ON|OFF|YES|NO)(:|\r?$)")]
    private static partial Regex BooleanLike();
}
