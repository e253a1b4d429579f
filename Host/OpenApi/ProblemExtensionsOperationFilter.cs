using System.Globalization;
using Microsoft.OpenApi;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OrganAffairs.Host.OpenApi;

/// <summary>
/// Gives a problem that carries an extension member (<see cref="EndpointConventions.ProblemExtension{T}"/>) a schema of its
/// own: <see cref="ProblemBody"/>'s members and requirements plus the optional member, still closed to any other member —
/// so the document admits exactly what such an answer sends.
/// </summary>
internal sealed class ProblemExtensionsOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var extension in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ProblemExtensionMetadata>())
        {
            var status = extension.Status.ToString(CultureInfo.InvariantCulture);
            if (operation.Responses?.TryGetValue(status, out var response) != true || response!.Content?.TryGetValue(EndpointConventions.ProblemJson, out var media) != true)
            {
                throw new InvalidOperationException($"{operation.OperationId} declares a {extension.Member} extension for {status}, but no {status} problem answer.");
            }
            if (!context.SchemaRepository.Schemas.ContainsKey(extension.SchemaId))
            {
                context.SchemaGenerator.GenerateSchema(typeof(ProblemBody), context.SchemaRepository);
                var problem = (OpenApiSchema)context.SchemaRepository.Schemas[nameof(ProblemBody)];
                context.SchemaRepository.AddDefinition(extension.SchemaId, new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = extension.Description,
                    Properties = new Dictionary<string, IOpenApiSchema>(problem.Properties!)
                    {
                        [extension.Member] = context.SchemaGenerator.GenerateSchema(extension.Type, context.SchemaRepository),
                    },
                    Required = new HashSet<string>(problem.Required!),
                    AdditionalPropertiesAllowed = false,
                });
            }
            ((OpenApiMediaType)media!).Schema = new OpenApiSchemaReference(extension.SchemaId, context.Document);
        }
    }
}
