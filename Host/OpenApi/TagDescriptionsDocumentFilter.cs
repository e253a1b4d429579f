using Microsoft.OpenApi;
using OrganAffairs.Shared.Http;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OrganAffairs.Host.OpenApi;

/// <summary>Gives each tag the description its module registered, in module order.</summary>
internal sealed class TagDescriptionsDocumentFilter(IEnumerable<ApiTag> tags) : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context) =>
        document.Tags = new HashSet<OpenApiTag>(tags.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
}
