using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OrganAffairs.Host.OpenApi;

/// <summary>
/// Documents what the pipeline adds to every operation: the Idempotency-Key and If-Match headers it
/// reads, the two security schemes, and the 401/403/429 answers of protected operations.
/// </summary>
internal sealed class HeadersOperationFilter : IOperationFilter
{
    public const string ApiKeySchemeId = "ApiKey";
    public const string BearerSchemeId = "Bearer";

    private static OpenApiParameter Header(string name, bool required, string description, OpenApiSchema schema) =>
        new() { Name = name, In = ParameterLocation.Header, Required = required, Description = description, Schema = schema };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Parameters ??= [];
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IdempotentAttribute>().Any())
        {
            operation.Parameters.Add(Header(IdempotencyExtensions.Header, false,
                "Makes the create safe to retry. Scoped to the caller, the method and this concrete path with its query string. "
                + "The same key and body answer the first change again (Idempotent-Replayed: true) for 24 h; another body with the same key is 422; "
                + "while the first attempt may still run (up to this operation's time limit) it is 409. An answer that changed nothing (4xx, 5xx) frees the key.",
                new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 100 }));
        }
        if (metadata.OfType<StreamedBodyAttribute>().Any())
        {
            operation.Parameters.Add(Header(IdempotencyExtensions.DigestHeader, false,
                "RFC 9530 digest of the body, `sha-256=:base64:` (other algorithms are ignored). The streamed body is not buffered: a retry with the same "
                + "Idempotency-Key is compared by this digest, or without it by the digest recorded when the first import finished. A malformed sha-256 member is 400 idempotency.content-digest-invalid.",
                new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 }));
        }
        // Updates (PUT) and retirements (DELETE, which never erases) both need the ETag read last.
        if (context.ApiDescription.HttpMethod is { } method
            && (method.Equals("PUT", StringComparison.OrdinalIgnoreCase) || method.Equals("DELETE", StringComparison.OrdinalIgnoreCase)))
        {
            operation.Parameters.Add(Header("If-Match", true, "The ETag from the last read of this resource. Missing → 428; stale → 412.",
                new OpenApiSchema { Type = JsonSchemaType.String }));
        }
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [];
            return;
        }
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeySchemeId, context.Document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSchemeId, context.Document)] = [] },
        ];
        operation.Responses ??= [];
        AddProblem(operation, context, "401", "No valid credentials (X-Api-Key or bearer token).");
        var scopes = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).Where(p => p?.StartsWith(Scopes.PolicyPrefix, StringComparison.Ordinal) == true).ToList();
        AddProblem(operation, context, "403", scopes.Count > 0
            ? $"The credentials lack the scope {string.Join(", ", scopes.Select(p => p![Scopes.PolicyPrefix.Length..]))}, or the action is the bureau's own."
            : "The credentials lack a required scope.");
        AddProblem(operation, context, "429", "Rate limit reached; see Retry-After.");
    }

    private static void AddProblem(OpenApiOperation operation, OperationFilterContext context, string status, string description)
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
}
