using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

/// <summary>
/// The serializer keeps the contract for every operation (ADR 0016): a required member missing or
/// null, a duplicate member, a control character, a bad query value — each a 400 with its own code
/// naming the member as the client wrote it, before any handler runs; never a 5xx.
/// </summary>
public abstract class JsonEdgeTests(ApiFixture fixture)
{
    private HttpClient Client => fixture.Client;

    [ProviderFact]
    public async Task Every_required_member_of_every_JSON_body_is_enforced_by_the_serializer()
    {
        var document = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var schemas = document["components"]!["schemas"]!;
        var checkedMembers = 0;
        var failures = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var schema = operation?["requestBody"]?["content"]?["application/json"]?["schema"];
                if (schema is null)
                {
                    continue;
                }
                var integers = (operation!["parameters"] as JsonArray ?? item["parameters"] as JsonArray ?? [])
                    .Where(p => p!["in"]?.GetValue<string>() == "path" && p["schema"]?["type"]?.GetValue<string>() == "integer")
                    .Select(p => p!["name"]!.GetValue<string>()).ToHashSet();
                var url = Regex.Replace(path, @"\{([^}]+)\}", m => integers.Contains(m.Groups[1].Value) ? "2026" : Guid.NewGuid().ToString());
                if (BodySchemas.Sample(schema, schemas) is not JsonObject valid)
                {
                    continue; // an array body: its items are checked where they are objects of other operations
                }
                foreach (var member in BodySchemas.RequiredPaths(schema, schemas))
                {
                    var body = (JsonObject)valid.DeepClone();
                    BodySchemas.Remove(body, member);
                    var request = Http.Request(new HttpMethod(method.ToUpperInvariant()), url, body.ToJsonString(), ifMatch: "\"1\"");
                    var response = await Client.SendAsync(request);
                    var text = await response.Content.ReadAsStringAsync();
                    checkedMembers++;
                    if (response.StatusCode != HttpStatusCode.BadRequest || !text.Contains("\"request.member-missing\"", StringComparison.Ordinal)
                        || !text.Contains($"\"field\":\"{member}\"", StringComparison.Ordinal))
                    {
                        failures.Add($"{method.ToUpperInvariant()} {path} without {member}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 300)]}");
                    }
                }
            }
        }
        Assert.True(checkedMembers > 200, $"only {checkedMembers} required members walked");
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedMembers}:\n" + string.Join("\n", failures.Take(40)));
    }

    /// <summary>
    /// Every typed query parameter of every read in the served contract, sent a value that does not parse while
    /// the operation's other required parameters are valid: a 400 problem naming that parameter as the client sent it,
    /// never a bare 400 (the generated request delegates give one for nullable values, ADR 0055) and never a 5xx.
    /// </summary>
    [ProviderFact]
    public async Task A_bad_value_for_any_typed_query_parameter_is_a_problem_naming_it()
    {
        var document = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var schemas = document["components"]!["schemas"]!;
        var walked = 0;
        var failures = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            // Reads: a body would be bound (and refused) before the query on some writes.
            foreach (var (method, operation) in item!.AsObject().Where(o => o.Key == "get"))
            {
                var parameters = (operation!["parameters"] as JsonArray ?? []).Select(p => p!).ToList();
                var url = Regex.Replace(path, @"\{([^}]+)\}", m =>
                    QueryValues.Valid(parameters.First(p => p["name"]!.GetValue<string>() == m.Groups[1].Value)["schema"]!, schemas));
                var required = parameters.Where(p => p["in"]!.GetValue<string>() == "query" && p["required"]?.GetValue<bool>() == true).ToList();
                foreach (var parameter in parameters.Where(p => p["in"]!.GetValue<string>() == "query"))
                {
                    var name = parameter["name"]!.GetValue<string>();
                    if (QueryValues.Invalid(parameter["schema"]!, schemas) is not { } bad)
                    {
                        continue; // text: any value binds, and its validator answers
                    }
                    var query = required.Where(r => r != parameter)
                        .Select(r => $"{r["name"]!.GetValue<string>()}={Uri.EscapeDataString(QueryValues.Valid(r["schema"]!, schemas))}")
                        .Append($"{name}={Uri.EscapeDataString(bad)}");
                    var response = await Client.GetAsync($"{url}?{string.Join('&', query)}");
                    var text = await response.Content.ReadAsStringAsync();
                    walked++;
                    if (response.StatusCode != HttpStatusCode.BadRequest || response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                        || !text.Contains($"\"field\":\"{name}\"", StringComparison.Ordinal))
                    {
                        failures.Add($"{method.ToUpperInvariant()} {path}?{name}={bad}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 200)]}");
                    }
                }
            }
        }
        Assert.True(walked > 150, $"only {walked} typed query parameters walked");
        Assert.True(failures.Count == 0, $"{failures.Count} of {walked}:\n" + string.Join("\n", failures.Take(40)));
    }

    [ProviderFact]
    public async Task A_null_for_a_non_nullable_member_is_refused_by_the_serializer()
    {
        var response = await Client.PostRawAsync("/api/v1/organs", """{"name":null}""");
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "request.member-null");
        Assert.Contains("name:request.member-null", problem.FieldErrors());
    }

    [ProviderFact]
    public async Task A_member_written_twice_is_refused()
    {
        var response = await Client.PostRawAsync("/api/v1/organs", """{"name":"甲","name":"乙"}""");
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "request.member-duplicate");
        Assert.Contains("name:request.member-duplicate", problem.FieldErrors());
    }

    [ProviderFact]
    public async Task Control_characters_in_text_are_refused_but_tabs_and_line_breaks_pass_the_serializer()
    {
        var response = await Client.PostRawAsync("/api/v1/organs", """{"name":"甲\u0000乙"}""");
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "request.control-character");
        Assert.Contains("name:request.control-character", problem.FieldErrors());
        // A tab passes the serializer; what fails then is the missing members, not the text.
        var tab = await Client.PostRawAsync("/api/v1/organs", """{"name":"甲\t乙"}""");
        await tab.ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing");
    }

    [ProviderFact]
    public async Task A_bad_query_value_names_the_parameter_as_sent_without_framework_text()
    {
        var response = await Client.GetAsync("/api/v1/organs?page=abc");
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "request.parameter-invalid");
        Assert.Equal(["page:request.parameter-invalid"], problem.FieldErrors());
        Assert.False(problem.TryGetProperty("detail", out var detail) && detail.GetString() is { Length: > 0 }, "no framework text in detail");
    }
}

/// <summary>Query and path values from the served document's schemas: one that binds, and one that does not parse.</summary>
internal static class QueryValues
{
    public static string Valid(JsonNode schema, JsonNode schemas)
    {
        schema = BodySchemas.Resolve(schema, schemas);
        if (schema["enum"] is JsonArray values)
        {
            return values[0]!.GetValue<string>();
        }
        return (schema["type"]?.GetValue<string>(), schema["format"]?.GetValue<string>()) switch
        {
            ("integer", _) => "2046",
            ("number", _) => "1",
            ("boolean", _) => "true",
            ("string", "uuid") => Guid.NewGuid().ToString(),
            ("string", "date") => "2046-03-05",
            ("string", "date-time") => "2046-03-05T02:00:00Z",
            _ => "national",
        };
    }

    /// <summary>A value its type cannot parse, or null for text (any value binds).</summary>
    public static string? Invalid(JsonNode schema, JsonNode schemas)
    {
        schema = BodySchemas.Resolve(schema, schemas);
        if (schema["enum"] is not null)
        {
            return "NotAName";
        }
        return (schema["type"]?.GetValue<string>(), schema["format"]?.GetValue<string>()) switch
        {
            ("integer", _) or ("number", _) => "two",
            ("boolean", _) => "maybe",
            ("string", "uuid") => "not-a-uuid",
            ("string", "date") => "2046-13-45",
            ("string", "date-time") => "soon",
            _ => null,
        };
    }
}

/// <summary>Bodies built from the served document's schemas: a valid sample, and the paths of required members.</summary>
internal static class BodySchemas
{
    public static JsonNode? Sample(JsonNode schema, JsonNode schemas, int depth = 0)
    {
        schema = Resolve(schema, schemas);
        if (schema["enum"] is JsonArray values)
        {
            return values[0]!.DeepClone();
        }
        var type = schema["type"]?.GetValue<string>();
        switch (type)
        {
            case "object" or null when schema["properties"] is JsonObject properties:
                var result = new JsonObject();
                foreach (var (name, property) in properties)
                {
                    if (depth < 6)
                    {
                        result[name] = Sample(property!, schemas, depth + 1);
                    }
                }
                return result;
            case "array":
                return new JsonArray(Sample(schema["items"]!, schemas, depth + 1));
            case "integer":
                return 1;
            case "number":
                return 1;
            case "boolean":
                return true;
            case "string":
                return schema["format"]?.GetValue<string>() switch
                {
                    "date" => "2026-03-02",
                    "date-time" => "2026-03-02T01:00:00Z",
                    "uuid" => Guid.NewGuid().ToString(),
                    _ => "x",
                };
            default:
                return JsonValue.Create("x");
        }
    }

    /// <summary>Dotted paths of the required members, nested ones below their object.</summary>
    public static IEnumerable<string> RequiredPaths(JsonNode schema, JsonNode schemas, string prefix = "", int depth = 0)
    {
        schema = Resolve(schema, schemas);
        if (depth > 5 || schema["properties"] is not JsonObject properties)
        {
            yield break;
        }
        var required = schema["required"] is JsonArray r ? r.Select(n => n!.GetValue<string>()).ToHashSet() : [];
        foreach (var (name, property) in properties)
        {
            if (required.Contains(name))
            {
                yield return prefix + name;
            }
            var inner = Resolve(property!, schemas);
            if (inner["properties"] is not null)
            {
                foreach (var nested in RequiredPaths(inner, schemas, prefix + name + ".", depth + 1))
                {
                    yield return nested;
                }
            }
        }
    }

    public static void Remove(JsonObject body, string path)
    {
        var parts = path.Split('.');
        var target = body;
        foreach (var part in parts[..^1])
        {
            target = (JsonObject)target[part]!;
        }
        target.Remove(parts[^1]);
    }

    internal static JsonNode Resolve(JsonNode schema, JsonNode schemas)
    {
        while (true)
        {
            if (schema["$ref"]?.GetValue<string>() is { } reference)
            {
                schema = schemas[reference.Split('/')[^1]]!;
            }
            else if (schema["allOf"] is JsonArray { Count: 1 } all)
            {
                schema = all[0]!;
            }
            else
            {
                return schema;
            }
        }
    }
}
