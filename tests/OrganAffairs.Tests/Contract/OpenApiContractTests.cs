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
    public async Task Every_operation_summary_carries_its_chinese_name()
    {
        using var document = System.Text.Json.JsonDocument.Parse(await fixture.Client.GetStringAsync("/swagger/v1/swagger.json"));
        var missing = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Id: o.Value.GetProperty("operationId").GetString()!, Summary: o.Value.TryGetProperty("summary", out var s) ? s.GetString() ?? "" : "")))
            .Where(o => !System.Text.RegularExpressions.Regex.IsMatch(o.Summary, @"\p{IsCJKUnifiedIdeographs}"))
            .Select(o => $"{o.Id}: {o.Summary}").ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} operations without a Chinese name in the summary:\n" + string.Join("\n", missing));
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

    [Fact]
    public async Task The_problem_catalogue_is_public_and_lists_each_declared_code_once()
    {
        var response = await fixture.AnonymousClient().GetAsync("/api/v1/problems");
        var codes = await response.ReadAsync<List<OrganAffairs.Shared.Errors.ProblemCodeResponse>>();
        Assert.True(codes.Count > 300, $"only {codes.Count} codes");
        Assert.Equal(codes.Count, codes.Select(c => c.Code).Distinct().Count());
        Assert.Contains(codes, c => c is { Code: "organs.uscc-taken", Status: 409, Type: "urn:organaffairs:problem:organs.uscc-taken" });
        Assert.Contains(codes, c => c.Code == "field.required" && c.TitleZh.Length > 0 && c.TitleEn.Length > 0);
        Assert.Equal(codes.Select(c => c.Code).Order(StringComparer.Ordinal), codes.Select(c => c.Code));
    }

    [Fact]
    public void A_code_declared_twice_with_different_texts_stops_the_catalogue() =>
        Assert.Throws<InvalidOperationException>(() => OrganAffairs.Shared.Errors.ProblemCatalogue.Collect([typeof(ClashingCodes).Assembly]));

    private static string Normalise(string text) => text.Replace("\r\n", "\n").TrimEnd();
}

/// <summary>Planted: one code with two titles, which the catalogue refuses.</summary>
internal static class ClashingCodes
{
    public static readonly OrganAffairs.Shared.Errors.ErrorCode One = new("planted.clash", 409, "甲", "One");
    public static readonly OrganAffairs.Shared.Errors.ErrorCode Two = new("planted.clash", 422, "乙", "Two");
}
