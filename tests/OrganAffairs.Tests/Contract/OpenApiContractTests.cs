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

    private static string Normalise(string text) => text.Replace("\r\n", "\n").TrimEnd();
}
