using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Contract;

/// <summary>The served document must equal the committed openapi.yaml: regenerate with `build.ps1 -Target OpenApi` and read the diff.</summary>
public sealed class OpenApiContractTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    [Fact]
    public async Task Served_document_equals_the_committed_openapi_yaml()
    {
        var served = await fixture.Client.GetStringAsync("/swagger/v1/swagger.yaml");
        var committed = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "openapi.yaml"));
        Assert.True(Normalise(committed) == Normalise(served),
            "openapi.yaml differs from the served document; run `dotnet pwsh ./build.ps1 -Target OpenApi` and review the diff.");
    }

    [Fact]
    public async Task Swagger_ui_is_served()
    {
        var response = await fixture.Client.GetAsync("/swagger/index.html");
        Assert.True(response.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Yaml_1_1_boolean_words_are_quoted_so_every_parser_reads_strings()
    {
        var committed = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "openapi.yaml"));
        Assert.Contains("'on':", committed);
        Assert.DoesNotMatch(@"(?m)^\s*(- )?(on|off|yes|no|y|n|On|Off|Yes|No|Y|N)(:|\r?$)", committed);
    }

    [Fact]
    public async Task The_root_leads_to_swagger_ui_and_the_document_names_no_fixed_server()
    {
        using var client = fixture.Factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/swagger", response.Headers.Location?.OriginalString);
        var document = await fixture.Client.GetStringAsync("/swagger/v1/swagger.json");
        Assert.Contains("\"servers\":[{\"url\":\"/\"", document.Replace(" ", "").Replace("\n", ""));
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n").TrimEnd();
}
