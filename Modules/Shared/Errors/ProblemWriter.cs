using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OrganAffairs.Shared.Errors;

/// <summary>Writes RFC 9457 problem details with our stable <c>code</c>, <c>traceId</c> and field errors.</summary>
public static class ProblemWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = Http.JsonContract.Encoder,
    };

    private static ProblemBody Build(HttpContext context, ErrorCode error, IReadOnlyList<FieldError>? fieldErrors = null, string? detail = null) =>
        new(
            Type: TypeOf(error.Code),
            Title: error.Title,
            Status: error.Status,
            Detail: detail,
            Instance: context.Request.Path.Value,
            Code: error.Code,
            TraceId: Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier,
            Errors: fieldErrors is { Count: > 0 } ? fieldErrors : null);

    public static async Task WriteAsync(
        HttpContext context, ErrorCode error, IReadOnlyList<FieldError>? fieldErrors = null, string? detail = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        var body = Build(context, error, fieldErrors, detail);
        context.Response.StatusCode = error.Status;
        context.Response.ContentType = "application/problem+json; charset=utf-8";
        string text;
        if (extensions is { Count: > 0 })
        {
            var node = JsonSerializer.SerializeToNode(body, Json)!.AsObject();
            foreach (var (name, value) in extensions)
            {
                node[name] = JsonSerializer.SerializeToNode(value, ExtensionJson);
            }
            text = node.ToJsonString(Json);
        }
        else
        {
            text = JsonSerializer.Serialize(body, Json);
        }
        await context.Response.WriteAsync(text, context.RequestAborted);
    }

    // Extensions carry module records: camelCase members and enums by name, like every other body.
    private static readonly JsonSerializerOptions ExtensionJson = new(Json)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static string TypeOf(string code) => "urn:organaffairs:problem:" + code;
}

/// <summary>An RFC 9457 problem as this API sends it.</summary>
/// <param name="Type">A URN naming the problem kind: urn:organaffairs:problem:{code}.</param>
/// <param name="Title">Human-readable summary in the request's language (zh-CN by default, en on request).</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="Detail">More detail for this occurrence, when there is any.</param>
/// <param name="Instance">The request path.</param>
/// <param name="Code">Stable machine code, e.g. organs.uscc-taken; clients branch on it, never on the title.</param>
/// <param name="TraceId">Correlates with the server's logs.</param>
/// <param name="Errors">Invalid fields, for 400 answers.</param>
public sealed record ProblemBody(
    string Type,
    string Title,
    int Status,
    string? Detail,
    string? Instance,
    string Code,
    string TraceId,
    IReadOnlyList<FieldError>? Errors);
