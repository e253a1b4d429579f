using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OrganAffairs.Host.OpenApi;

/// <summary>
/// Documents the answers the pipeline gives whatever the route declares (docs/adr/0039): 404 on a route with an
/// identifier in its path, 412 and 428 wherever If-Match is read (and the header itself where a route declares 412),
/// 413 wherever a body is read (Kestrel's body limit and the imports' own), and Retry-After on every 429.
/// Runs after <see cref="HeadersOperationFilter"/> (401/403/429 of secured operations).
/// </summary>
internal sealed partial class StatusesOperationFilter : IOperationFilter
{
    private const string RetryAfter = "Retry-After";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        operation.Parameters ??= [];
        var path = context.ApiDescription.RelativePath ?? "";
        if (IdInPath().IsMatch(path))
        {
            Add(operation, context, "404", "No such resource, or one the caller may not see.");
        }
        var readsIfMatch = operation.Parameters.Any(p => p is { In: ParameterLocation.Header, Name: "If-Match" });
        if (!readsIfMatch && operation.Responses.ContainsKey("412"))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match", In = ParameterLocation.Header, Required = true,
                Description = "The ETag from the last read of this resource (or * for any current version). Missing → 428; stale → 412.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
            });
            readsIfMatch = true;
        }
        if (readsIfMatch)
        {
            Add(operation, context, "412", "If-Match names no current version: read the resource again.");
            Add(operation, context, "428", "If-Match is missing.");
        }
        if (operation.RequestBody is not null)
        {
            Add(operation, context, "413", "The body is larger than this operation accepts.");
        }
        if (operation.Responses.TryGetValue("429", out var tooMany) && tooMany is OpenApiResponse response)
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            // One header component, referenced by every 429.
            context.Document.Components ??= new OpenApiComponents();
            context.Document.Components.Headers ??= new Dictionary<string, IOpenApiHeader>();
            context.Document.Components.Headers.TryAdd(RetryAfter, new OpenApiHeader
            {
                Description = "Seconds until the client's rate-limit window admits requests again.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "86400" },
            });
            response.Headers.TryAdd(RetryAfter, new OpenApiHeaderReference(RetryAfter, context.Document));
        }
    }

    private static void Add(OpenApiOperation operation, OperationFilterContext context, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }
        var schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemBody), context.SchemaRepository);
        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType> { [EndpointConventions.ProblemJson] = new OpenApiMediaType { Schema = schema } },
        };
    }

    /// <summary>A path parameter naming one resource: {id}, {organId}, {code}… (not a year or a month).</summary>
    [GeneratedRegex(@"\{(id|[a-z]+Id|code|[a-z]+Code|key)(:[^}]*)?\}")]
    private static partial Regex IdInPath();
}
