using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Xunit;

namespace OrganAffairs.Tests.Infrastructure;

/// <summary>Small helpers that keep the HTTP tests readable.</summary>
public static class Http
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body, string? idempotencyKey = null) =>
        client.SendAsync(Request(HttpMethod.Post, url, JsonSerializer.Serialize(body, Json), idempotencyKey: idempotencyKey));

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string url, string body, string? language = null) =>
        client.SendAsync(Request(HttpMethod.Post, url, body, language: language));

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body, string? ifMatch) =>
        client.SendAsync(Request(HttpMethod.Put, url, JsonSerializer.Serialize(body, Json), ifMatch: ifMatch));

    public static HttpRequestMessage Request(HttpMethod method, string url, string? body = null, string? ifMatch = null, string? idempotencyKey = null, string? language = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        if (language is not null)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }
        return request;
    }

    /// <summary>Asserts the status and that a JSON answer keeps the served schema of its operation; returns the body.</summary>
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            Assert.Fail($"Expected {(int)expected}, got {(int)response.StatusCode}: {text}{HostLog.Of(TraceIdOf(text))}");
        }
        ContractValidator.AssertAnswer(response, text);
        return JsonSerializer.Deserialize<T>(text, Json)!;
    }

    /// <summary>Asserts a problem answer: status, content type, the served schema and machine code; returns the body.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != status)
        {
            Assert.Fail($"Expected {(int)status} {code}, got {(int)response.StatusCode}: {text}{HostLog.Of(TraceIdOf(text))}");
        }
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        ContractValidator.AssertAnswer(response, text);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("traceId").GetString()));
        return body;
    }

    private static string? TraceIdOf(string body)
    {
        try
        {
            var root = JsonDocument.Parse(body).RootElement;
            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("traceId", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The field codes of a 400 problem, as "field:code".</summary>
    public static IReadOnlyList<string> FieldErrors(this JsonElement problem) =>
        problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
            ? errors.EnumerateArray().Select(e => $"{e.GetProperty("field").GetString()}:{e.GetProperty("code").GetString()}").ToList()
            : [];

    public static string ETag(this HttpResponseMessage response) => response.Headers.ETag?.Tag ?? throw new InvalidOperationException("No ETag");
}
