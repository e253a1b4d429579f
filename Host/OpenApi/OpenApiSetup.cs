using Microsoft.OpenApi;

namespace OrganAffairs.Host.OpenApi;

/// <summary>
/// The contract integrators generate clients from. OpenAPI 3.0 (see docs/adr/0003): the generators
/// in use (NSwag, openapi-generator, Kiota, AutoRest) handle it most completely.
/// </summary>
internal static class OpenApiSetup
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddOpenApiDocument(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "OrganAffairs API (机关事务管理局)",
                Version = "v1",
                Description = """
                    The API of a city's Administration of Organ Affairs: the directory of organs and staff, office space,
                    official vehicles, energy, reception, logistics, guidance of lower levels and foreign exchange.

                    Errors are RFC 9457 problems (application/problem+json) with a stable `code`; texts follow
                    Accept-Language (zh-CN by default, en). Updates need If-Match with the ETag you read; creates accept
                    Idempotency-Key. Lists page with page/pageSize (at most 200) and sort=field,-field.
                    """,
                License = new OpenApiLicense { Name = "Proprietary — for government use", Url = new Uri("https://www.gov.cn/") },
                Contact = new OpenApiContact { Name = "OrganAffairs maintainers" },
            });
            // Relative: "Try it out" calls the host that served the page (127.0.0.1, a host name, a reverse proxy), never a pinned one.
            // x-internal: false: the API is meant for the bureau's and the organs' systems, not only the Host's own (OWASP API9).
            o.AddServer(new OpenApiServer
            {
                Url = "/",
                Description = "The host serving this document, in every environment (local, test, staging or production)",
                Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(System.Text.Json.Nodes.JsonValue.Create(false)) },
            });
            o.AddSecurityDefinition(HeadersOperationFilter.ApiKeySchemeId, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "X-Api-Key",
                Description = "An API key for system-to-system clients (created under /api/v1/access/api-keys). On first start the Host writes an admin key to organaffairs-admin.key and logs where.",
            });
            o.AddSecurityDefinition(HeadersOperationFilter.BearerSchemeId, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A token from the government identity provider; its organ and scope claims are configured under Auth. "
                    + "Validated as RFC8725 (JWT best current practices) asks: signed tokens only, against the configured keys, with issuer, audience and lifetime checked.",
            });
            o.SupportNonNullableReferenceTypes();
            o.NonNullableReferenceTypesAsRequired();
            o.CustomSchemaIds(SchemaId);
            o.SchemaFilter<RequiredPropertiesSchemaFilter>();
            o.SchemaFilter<ValidatorLimitsSchemaFilter>();
            o.OperationFilter<HeadersOperationFilter>();
            o.OperationFilter<CsvContentOperationFilter>();
            o.OperationFilter<StatusesOperationFilter>();
            o.OperationFilter<ProblemExtensionsOperationFilter>();
            o.DocumentFilter<TagDescriptionsDocumentFilter>();
            foreach (var xml in Directory.EnumerateFiles(AppContext.BaseDirectory, "OrganAffairs.*.xml"))
            {
                o.IncludeXmlComments(xml);
            }
        });
        return services;
    }

    public static WebApplication UseOpenApiDocument(this WebApplication app)
    {
        app.UseQuotedYamlDocument();
        app.UseSwagger();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint($"/swagger/{DocumentName}/swagger.json", "OrganAffairs v1");
            o.DocumentTitle = "OrganAffairs API";
            o.EnablePersistAuthorization();
            o.DisplayOperationId();
        });
        // The root leads a browser to the documentation instead of a bare 401.
        app.MapGet("/", () => Results.Redirect("/swagger", permanent: false)).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    // PagedResult<OrganResponse> → OrganResponsePage: readable names in generated clients.
    private static string SchemaId(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition().Name.StartsWith("PagedResult", StringComparison.Ordinal)
            ? type.GenericTypeArguments[0].Name + "Page"
            : type.Name;
}
