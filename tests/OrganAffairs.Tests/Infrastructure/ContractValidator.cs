using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Infrastructure;
using NJsonSchema.Validation;
using Xunit;

namespace OrganAffairs.Tests.Infrastructure;

/// <summary>
/// Checks a JSON answer against the schema an OpenAPI 3.0 document gives its operation, status and content type.
/// The schemas are read by NJsonSchema as OpenAPI 3.0 (<see cref="SchemaType.OpenApi3"/>), so <c>nullable: true</c> admits
/// null and its absence refuses it — plain JSON Schema would ignore the keyword.
/// </summary>
/// <remarks>
/// The whole document is read once: every component schema and every response schema become definitions of one root
/// schema (component <c>$ref</c>s rewritten to <c>#/definitions/…</c>), so references resolve once and each answer only
/// looks its schema up.
/// </remarks>
public sealed class ContractValidator
{
    private const string ComponentRef = "#/components/schemas/";
    private const string AnswerKeyPrefix = "answer:";
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    // Settings given explicitly: NJsonSchema 11's parameterless validator checks no `format` (uuid, date, date-time).
    private static readonly JsonSchemaValidator SchemaValidator = new(new JsonSchemaValidatorSettings());

    private readonly JsonSchema _root;
    private readonly List<PathTemplate> _paths;
    private readonly string? _unmatchedProblem;

    private ContractValidator(JsonSchema root, List<PathTemplate> paths, string? unmatchedProblem)
    {
        _root = root;
        _paths = paths;
        _unmatchedProblem = unmatchedProblem;
    }

    /// <summary>Reads an OpenAPI 3.0 document given as JSON.</summary>
    /// <param name="openApiJson">The document.</param>
    /// <param name="unmatchedProblemSchema">
    /// The component schema a problem answer to a path no operation has must keep (the API's own 404 for an unknown route);
    /// without it such an answer is a breach.
    /// </param>
    public static async Task<ContractValidator> LoadAsync(string openApiJson, string? unmatchedProblemSchema = null)
    {
        var document = JsonNode.Parse(openApiJson)!.AsObject();
        var definitions = new JsonObject();
        if (document["components"]?["schemas"] is JsonObject components)
        {
            foreach (var (name, schema) in components)
            {
                definitions[name] = Rewrite(schema!.DeepClone());
            }
        }
        var paths = new List<PathTemplate>();
        foreach (var (template, item) in document["paths"]?.AsObject() ?? [])
        {
            var operations = new Dictionary<string, Operation>(StringComparer.OrdinalIgnoreCase);
            foreach (var method in Methods)
            {
                if (item?[method] is not JsonObject operation)
                {
                    continue;
                }
                var responses = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
                foreach (var (status, response) in operation["responses"]?.AsObject() ?? [])
                {
                    var media = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    foreach (var (mediaType, content) in response?["content"]?.AsObject() ?? [])
                    {
                        if (content?["schema"] is JsonNode schema)
                        {
                            var key = AnswerKeyPrefix + definitions.Count;
                            definitions[key] = Rewrite(schema.DeepClone());
                            media[mediaType] = key;
                        }
                        else
                        {
                            media[mediaType] = "";
                        }
                    }
                    responses[status] = media;
                }
                var id = operation["operationId"]?.GetValue<string>() ?? $"{method.ToUpperInvariant()} {template}";
                operations[method] = new Operation(id, responses);
            }
            paths.Add(new PathTemplate(template, template.Trim('/').Split('/'), operations));
        }
        var root = new JsonObject { ["definitions"] = definitions }.ToJsonString();
        var schemaRoot = await JsonSchemaSerialization.FromJsonAsync<JsonSchema>(
            root,
            SchemaType.OpenApi3,
            documentPath: null,
            s => new JsonReferenceResolver(new JsonSchemaAppender(s, new DefaultTypeNameGenerator())),
            JsonSchema.CreateJsonSerializerContractResolver(SchemaType.OpenApi3),
            CancellationToken.None);
        if (unmatchedProblemSchema is not null && !schemaRoot.Definitions.ContainsKey(unmatchedProblemSchema))
        {
            throw new ArgumentException($"The document has no component schema {unmatchedProblemSchema}.", nameof(unmatchedProblemSchema));
        }
        return new ContractValidator(schemaRoot, paths, unmatchedProblemSchema);
    }

    /// <summary>
    /// The contract breaches of one answer, one line each (operation, status, JSON path, value); empty when the answer keeps
    /// the contract. An answer whose content type is not JSON is not checked.
    /// </summary>
    public IReadOnlyList<string> Check(string method, string path, int status, string? mediaType, string body)
    {
        if (mediaType is null || !IsJson(mediaType) || body.Length == 0)
        {
            return [];
        }
        var (template, operation) = Find(method, path);
        if (operation is null)
        {
            if (_unmatchedProblem is not null && mediaType.Equals("application/problem+json", StringComparison.OrdinalIgnoreCase))
            {
                return Validate($"{method.ToUpperInvariant()} {path} (no operation: {_unmatchedProblem}) answered {status} {mediaType}", _unmatchedProblem, body);
            }
            return [$"{method} {path}: no operation of the document matches (answer {status} {mediaType})"];
        }
        var where = $"{operation.Id} ({method.ToUpperInvariant()} {template}) answered {status} {mediaType}";
        var status3 = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.Responses.TryGetValue(status3, out var media)
            && !operation.Responses.TryGetValue($"{status3[0]}XX", out media)
            && !operation.Responses.TryGetValue("default", out media))
        {
            return [$"{where}: the document declares no {status} answer (it declares {string.Join(", ", operation.Responses.Keys)})"];
        }
        if (!media.TryGetValue(mediaType, out var key))
        {
            return [$"{where}: the document declares no {mediaType} content for {status} (it declares {(media.Count == 0 ? "no content" : string.Join(", ", media.Keys))})"];
        }
        if (key.Length == 0)
        {
            return [$"{where}: the document gives {mediaType} no schema"];
        }
        return Validate(where, key, body);
    }

    private IReadOnlyList<string> Validate(string where, string key, string body)
    {
        JToken token;
        try
        {
            using var reader = new JsonTextReader(new StringReader(body)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
            token = JToken.Load(reader);
        }
        catch (JsonReaderException e)
        {
            return [$"{where}: the body is not JSON ({e.Message})"];
        }
        var errors = SchemaValidator.Validate(token, _root.Definitions[key], SchemaType.OpenApi3);
        return Flatten(errors).Select(e => $"{where}: {Describe(e)}").Distinct().ToList();
    }

    private (string Template, Operation? Operation) Find(string method, string path)
    {
        var segments = path.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        PathTemplate? best = null;
        var bestLiterals = -1;
        foreach (var candidate in _paths)
        {
            if (candidate.Segments.Length != segments.Length || !candidate.Operations.ContainsKey(method))
            {
                continue;
            }
            var literals = 0;
            var matches = true;
            for (var i = 0; i < segments.Length && matches; i++)
            {
                var part = candidate.Segments[i];
                if (part.StartsWith('{') && part.EndsWith('}'))
                {
                    matches = segments[i].Length > 0;
                }
                else
                {
                    matches = string.Equals(part, segments[i], StringComparison.OrdinalIgnoreCase);
                    literals++;
                }
            }
            // /things/export beats /things/{id}: the route with more literal segments is the one that answered.
            if (matches && literals > bestLiterals)
            {
                (best, bestLiterals) = (candidate, literals);
            }
        }
        return best is null ? (path, null) : (best.Template, best.Operations[method]);
    }

    private static bool IsJson(string mediaType) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    private static JsonNode Rewrite(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var target) && target.StartsWith(ComponentRef, StringComparison.Ordinal))
                {
                    o["$ref"] = "#/definitions/" + target[ComponentRef.Length..];
                }
                foreach (var (_, child) in o.ToList())
                {
                    if (child is not null)
                    {
                        Rewrite(child);
                    }
                }
                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    if (child is not null)
                    {
                        Rewrite(child);
                    }
                }
                break;
        }
        return node;
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            var children = error switch
            {
                ChildSchemaValidationError child => child.Errors.SelectMany(e => e.Value).ToList(),
                MultiTypeValidationError multi => multi.Errors.SelectMany(e => e.Value).ToList(),
                _ => [],
            };
            if (children.Count == 0)
            {
                yield return error;
            }
            foreach (var inner in Flatten(children))
            {
                yield return inner;
            }
        }
    }

    private static string Describe(ValidationError error)
    {
        // NJsonSchema writes "#/member.inner[0]"; a JSON path reads "$.member.inner[0]".
        var inner = (error.Path ?? "").TrimStart('#').TrimStart('/');
        var path = inner.Length == 0 ? "$" : inner.StartsWith('[') ? "$" + inner : "$." + inner;
        var value = error.Kind == ValidationErrorKind.PropertyRequired ? "(missing)" : Shorten(error.Token?.ToString(Formatting.None) ?? "null");
        return $"{error.Kind} at {path}: {value}";
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";

    private sealed record Operation(string Id, Dictionary<string, Dictionary<string, string>> Responses);

    private sealed record PathTemplate(string Template, string[] Segments, Dictionary<string, Operation> Operations);

    // ---- The served document, shared by the HTTP suites ----

    private static readonly SemaphoreSlim ServedLock = new(1, 1);
    private static ContractValidator? _served;
    private static HashSet<string>? _codes;

    /// <summary>Reads the served document the first time a Host is up (every Host of the run serves the same one).</summary>
    public static async Task LoadServedAsync(HttpClient client)
    {
        if (_served is not null)
        {
            return;
        }
        await ServedLock.WaitAsync();
        try
        {
            // A route no operation has is answered 404 route.not-found: a plain ProblemBody.
            _served ??= await LoadAsync(await client.GetStringAsync("/swagger/v1/swagger.json"), unmatchedProblemSchema: "ProblemBody");
            // Every code a problem carries must be in the served catalogue (GET /api/v1/problems).
            using var catalogue = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/v1/problems"));
            _codes ??= catalogue.RootElement.EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToHashSet(StringComparer.Ordinal);
        }
        finally
        {
            ServedLock.Release();
        }
    }

    /// <summary>Fails the test when an answer breaks the served document's schema for its operation and status.</summary>
    public static void AssertAnswer(HttpResponseMessage response, string body)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is null || !IsJson(mediaType) || body.Length == 0)
        {
            return;
        }
        var validator = _served ?? throw new InvalidOperationException("No served OpenAPI document: ApiFixture loads it when its Host starts.");
        var request = response.RequestMessage ?? throw new InvalidOperationException("The answer has no request.");
        var breaches = validator.Check(request.Method.Method, request.RequestUri!.AbsolutePath, (int)response.StatusCode, mediaType, body);
        Assert.True(breaches.Count == 0, "The answer breaks the contract:\n" + string.Join("\n", breaches) + "\nBody: " + (body.Length <= 1000 ? body : body[..1000] + "…"));
        if (mediaType.Equals("application/problem+json", StringComparison.OrdinalIgnoreCase) && _codes is { } codes)
        {
            var uncatalogued = CodesOf(body).Where(c => !codes.Contains(c)).ToList();
            Assert.True(uncatalogued.Count == 0, "The problem carries codes GET /api/v1/problems does not list: " + string.Join(", ", uncatalogued) + "\nBody: " + Shorten(body));
        }
    }

    /// <summary>The problem's code and its field errors' codes.</summary>
    public static IEnumerable<string> CodesOf(string problem)
    {
        var root = System.Text.Json.JsonDocument.Parse(problem).RootElement;
        if (root.TryGetProperty("code", out var code) && code.GetString() is { } c)
        {
            yield return c;
        }
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            foreach (var error in errors.EnumerateArray())
            {
                if (error.TryGetProperty("code", out var fieldCode) && fieldCode.GetString() is { } f)
                {
                    yield return f;
                }
            }
        }
    }
}
