using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OrganAffairs.Shared.Errors;

/// <summary>One code the API can answer, as <c>code</c> of a problem or of a field error.</summary>
/// <param name="Code" example="organs.uscc-taken">The stable code clients branch on.</param>
/// <param name="Status" example="409">The HTTP status of a problem with this code (400 for a field error's code).</param>
/// <param name="Type" example="urn:organaffairs:problem:organs.uscc-taken">The problem's <c>type</c> URI.</param>
/// <param name="TitleZh" example="统一社会信用代码已被其他机关使用。">The title in Simplified Chinese.</param>
/// <param name="TitleEn" example="The unified social credit code is already used by another organ.">The title in English.</param>
public sealed record ProblemCodeResponse(string Code, int Status, string Type, string TitleZh, string TitleEn);

/// <summary>
/// The catalogue of every error code, collected from the one place each is declared (the modules' static
/// <see cref="ErrorCode"/> members), so it cannot list a code the API does not answer or miss one it does.
/// </summary>
public static class ProblemCatalogue
{
    public const string Tag = "Problems";

    /// <summary>Every code declared in the assemblies, ordered by code; two declarations of one code must agree.</summary>
    public static IReadOnlyList<ErrorCode> Collect(IEnumerable<Assembly> assemblies)
    {
        const BindingFlags Static = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var declared = assemblies.Distinct()
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(Static).Where(f => f.FieldType == typeof(ErrorCode)).Select(f => (ErrorCode?)f.GetValue(null))
                .Concat(t.GetProperties(Static).Where(p => p.PropertyType == typeof(ErrorCode) && p.GetMethod is not null).Select(p => (ErrorCode?)p.GetValue(null))))
            .OfType<ErrorCode>();
        var catalogue = new List<ErrorCode>();
        foreach (var group in declared.GroupBy(e => e.Code, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (group.Distinct().Count() > 1)
            {
                throw new InvalidOperationException($"The error code {group.Key} is declared twice with different statuses or titles.");
            }
            catalogue.Add(group.First());
        }
        return catalogue;
    }

    /// <summary>GET /api/v1/problems: public like the document, so an integrator can read it before holding a key.</summary>
    public static IEndpointRouteBuilder MapProblemCatalogue(this IEndpointRouteBuilder app, IEnumerable<Assembly> assemblies)
    {
        // Collected on the first request, not at start: reading every type of every module costs ~0.1 s of CPU (ADR 0055).
        var answer = new Lazy<IReadOnlyList<ProblemCodeResponse>>(() => Collect(assemblies)
            .Select(e => new ProblemCodeResponse(e.Code, e.Status, ProblemWriter.TypeOf(e.Code), e.TitleZh, e.TitleEn)).ToList());
        app.MapGet("/api/v1/problems", () => TypedResults.Ok(answer.Value))
            .WithTags(Tag).WithName("Problems_ListProblemCodes")
            .WithSummary("List every error code (错误代码目录)")
            .WithDescription("Every `code` a problem or a field error of this API can carry, with its status, `type` URI and titles in both languages. Public, like the document.")
            .AllowAnonymous();
        return app;
    }
}
