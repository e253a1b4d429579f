using System.Net;
using System.Text.Json;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

/// <summary>
/// Field errors in the API's own terms (ADR 0017): a catalogue code, never a validator's class name; a
/// message in Chinese by default and in English on request, naming the member as the client sent it
/// and keeping the limits; a module's own code and message as it set them; and an enum value checked
/// the same way in a body and in a query string.
/// </summary>
public abstract class FieldErrorTests(ApiFixture fixture)
{
    private const string Organs = "/api/v1/organs";
    private const string Bookings = "/api/v1/buildings/bookings";
    private const string ApiKeys = "/api/v1/access/api-keys";
    private HttpClient Client => fixture.Client;

    private static string OrganBody(string name = "甲", string level = "\"Municipal\"", string uscc = "{uscc}") =>
        $$"""{"name":"{{name}}","divisionCode":"320100","unifiedSocialCreditCode":"{{(uscc == "{uscc}" ? TestData.Uscc() : uscc)}}","level":{{level}},"type":"Court"}""";

    // Validation runs before the handler looks anything up, so ids that do not exist are fine here.
    private static string BookingBody(string title = "周例会", int attendees = 5, string addOns = "[]") =>
        $$"""{"roomId":"{{Guid.NewGuid()}}","organId":"{{Guid.NewGuid()}}","title":"{{title}}","startsAt":"2030-01-07T01:00:00Z","endsAt":"2030-01-07T02:00:00Z","attendees":{{attendees}},"addOns":{{addOns}}}""";

    private async Task<JsonElement> PostAsync(string url, string body, string? language = null, string code = "request.invalid")
    {
        var problem = await (await Client.PostRawAsync(url, body, language)).ProblemAsync(HttpStatusCode.BadRequest, code);
        AssertNoFrameworkText(problem);
        return problem;
    }

    private async Task<JsonElement> GetAsync(string url, string? language = null, HttpStatusCode status = HttpStatusCode.BadRequest, string code = "request.invalid")
    {
        var response = await Client.SendAsync(Http.Request(HttpMethod.Get, url, language: language));
        if (status == HttpStatusCode.OK)
        {
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return default;
        }
        var problem = await response.ProblemAsync(status, code);
        AssertNoFrameworkText(problem);
        return problem;
    }

    /// <summary>The message of the field error with this field and code (there must be one).</summary>
    private static string Message(JsonElement problem, string field, string code)
    {
        var matches = problem.GetProperty("errors").EnumerateArray()
            .Where(e => e.GetProperty("field").GetString() == field && e.GetProperty("code").GetString() == code)
            .Select(e => e.GetProperty("message").GetString()!).ToList();
        Assert.True(matches.Count == 1, $"expected one {field}:{code} in {problem}");
        return matches[0];
    }

    // No text of FluentValidation's anywhere: no class names, no "'Body Name'", no sentence of its own,
    // and no placeholder left unfilled.
    private static void AssertNoFrameworkText(JsonElement problem)
    {
        var text = problem.GetRawText();
        foreach (var fragment in (string[])["Validator", "'Body", "Body.", "Body ", "specified condition", "You entered", "should not be", "has a range of values"])
        {
            Assert.DoesNotContain(fragment, text, StringComparison.Ordinal);
        }
        if (problem.TryGetProperty("errors", out var errors))
        {
            foreach (var error in errors.EnumerateArray())
            {
                var message = error.GetProperty("message").GetString()!;
                Assert.DoesNotContain("{", message, StringComparison.Ordinal);
                Assert.DoesNotContain("'", message, StringComparison.Ordinal);
                Assert.Matches("^[a-z]+(\\.[a-z0-9-]+)+$", error.GetProperty("code").GetString()!);
            }
        }
    }

    [ProviderFact]
    public async Task A_built_in_rule_answers_a_catalogue_code_and_a_Chinese_message_naming_the_member_with_its_limit()
    {
        var problem = await PostAsync(Organs, OrganBody(name: new string('名', 201)));

        Assert.Equal("字段 name 最多 200 个字符，现有 201 个。", Message(problem, "name", "field.too-long"));
        Assert.Equal("请求参数无效。", problem.GetProperty("title").GetString());
    }

    [ProviderFact]
    public async Task The_same_failure_is_in_English_for_Accept_Language_en()
    {
        var problem = await PostAsync(Organs, OrganBody(name: new string('名', 201)), language: "en-US");

        Assert.Equal("name must be at most 200 characters long; it has 201.", Message(problem, "name", "field.too-long"));
        Assert.Equal("The request has invalid fields.", problem.GetProperty("title").GetString());
    }

    [ProviderFact]
    public async Task Members_inside_arrays_are_named_with_their_index_in_both_languages()
    {
        var body = BookingBody(title: "", attendees: 0, addOns: $$"""[{"kind":"Tea","quantity":2},{"kind":"Catering","quantity":0,"note":"{{new string('x', 501)}}"}]""");

        var zh = await PostAsync(Bookings, body);
        Assert.Equal("字段 title 不能为空。", Message(zh, "title", "field.required"));
        Assert.Equal("字段 attendees 必须在 1 至 10000 之间（含两端）。", Message(zh, "attendees", "field.out-of-range"));
        Assert.Equal("字段 addOns[1].quantity 必须在 1 至 10000 之间（含两端）。", Message(zh, "addOns[1].quantity", "field.out-of-range"));
        Assert.Equal("字段 addOns[1].note 最多 500 个字符，现有 501 个。", Message(zh, "addOns[1].note", "field.too-long"));
        Assert.Equal(4, zh.GetProperty("errors").GetArrayLength());

        var en = await PostAsync(Bookings, body, language: "en");
        Assert.Equal("title must not be empty.", Message(en, "title", "field.required"));
        Assert.Equal("addOns[1].quantity must be from 1 to 10000.", Message(en, "addOns[1].quantity", "field.out-of-range"));
        Assert.Equal("addOns[1].note must be at most 500 characters long; it has 501.", Message(en, "addOns[1].note", "field.too-long"));
    }

    [ProviderFact]
    public async Task A_comparison_with_another_parameter_names_that_parameter_as_sent()
    {
        const string url = Bookings + "?from=2030-02-01T00:00:00Z&to=2030-01-01T00:00:00Z";

        Assert.Equal("字段 to 必须大于 from。", Message(await GetAsync(url), "to", "field.out-of-range"));
        Assert.Equal("to must be greater than from.", Message(await GetAsync(url, language: "en-GB"), "to", "field.out-of-range"));
    }

    [ProviderFact]
    public async Task A_query_parameter_rule_names_the_parameter_as_sent()
    {
        var url = $"{Organs}?q={new string('x', 101)}";

        Assert.Equal("字段 q 最多 100 个字符，现有 101 个。", Message(await GetAsync(url), "q", "field.too-long"));
        Assert.Equal("q must be at most 100 characters long; it has 101.", Message(await GetAsync(url, language: "en-US"), "q", "field.too-long"));
    }

    [ProviderFact]
    public async Task A_module_code_and_message_stay_as_the_module_set_them()
    {
        var body = $$"""{"name":"x","organId":"{{fixture.BureauOrganId}}","scopes":["organs.read","organs.delete"]}""";

        Assert.StartsWith("未知的权限范围。 (", Message(await PostAsync(ApiKeys, body), "scopes[1]", "access.scope-unknown"), StringComparison.Ordinal);
        Assert.StartsWith("Unknown scope. (", Message(await PostAsync(ApiKeys, body, language: "en"), "scopes[1]", "access.scope-unknown"), StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task Bodies_and_query_strings_take_exactly_the_declared_enum_names()
    {
        // The exact name works in both.
        await (await Client.PostRawAsync(Organs, OrganBody(level: "\"Municipal\""))).ReadAsync<JsonElement>(HttpStatusCode.Created);
        await GetAsync($"{Organs}?level=Municipal", status: HttpStatusCode.OK);

        // Another letter case, an unknown name and a number: the same answer in both, in both languages.
        foreach (var (json, query) in ((string, string)[])[("\"municipal\"", "municipal"), ("\"MUNICIPAL\"", "MUNICIPAL"), ("\"Galactic\"", "Galactic"), ("3", "3")])
        {
            foreach (var language in (string?[])[null, "en-US"])
            {
                var fromBody = Message(await PostAsync(Organs, OrganBody(level: json), language), "level", "request.enum-invalid");
                var fromQuery = Message(await GetAsync($"{Organs}?level={query}", language), "level", "request.enum-invalid");
                Assert.Equal(fromBody, fromQuery);
                Assert.Contains("Central, Provincial, Municipal, County, Township", fromBody, StringComparison.Ordinal);
                Assert.StartsWith(language is null ? "字段 level 必须是以下名称之一（区分大小写）：" : "level must be one of these names (case-sensitive): ", fromBody, StringComparison.Ordinal);
            }
        }
    }

    [ProviderFact]
    public async Task An_enum_inside_an_array_is_named_with_its_index()
    {
        var problem = await PostAsync(Bookings, BookingBody(addOns: """[{"kind":"Tea","quantity":1},{"kind":"catering","quantity":1}]"""));

        Assert.Equal("字段 addOns[1].kind 必须是以下名称之一（区分大小写）：Tea, Catering, AudioVisual, Setup。", Message(problem, "addOns[1].kind", "request.enum-invalid"));
    }
}
