using Microsoft.OpenApi;
using OrganAffairs.Shared.Http;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OrganAffairs.Host.OpenApi;

/// <summary>
/// Documents the headers the pipeline reads (Idempotency-Key on creates, If-Match on updates) and,
/// until authentication lands, declares each operation open with an explicit empty security list.
/// </summary>
internal sealed class HeadersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Parameters ??= [];
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IdempotentAttribute>().Any())
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotencyExtensions.Header,
                In = ParameterLocation.Header,
                Required = false,
                Description = "Makes the create safe to retry: the same key and body replay the first response for 24 h; another body with the same key is 422; a key still running is 409.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 100 },
            });
        }
        if (string.Equals(context.ApiDescription.HttpMethod, "PUT", StringComparison.OrdinalIgnoreCase))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = true,
                Description = "The ETag from the last read of this resource. Missing → 428; stale → 412.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
        operation.Security = [];
    }
}
