using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OrganAffairs.Host.OpenApi;

/// <summary>
/// text/csv bodies and answers are text, not the JSON shape the endpoint also speaks: a generated client
/// should treat them as a string (its columns are named in the operation's description).
/// </summary>
internal sealed class CsvContentOperationFilter : IOperationFilter
{
    private const string Csv = "text/csv";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody?.Content is { } request && request.ContainsKey(Csv))
        {
            request[Csv] = Text("CSV with a header row; the columns are those of the JSON form.");
        }
        foreach (var response in operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
        {
            if (response.Content is { } content && content.ContainsKey(Csv))
            {
                content[Csv] = Text("CSV (UTF-8 with a byte-order mark) with a header row; the columns are named in the operation's description.");
            }
        }
    }

    private static OpenApiMediaType Text(string description) =>
        new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = description } };
}
