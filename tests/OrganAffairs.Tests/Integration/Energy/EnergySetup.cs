using System.Net;
using System.Text;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Tests.Infrastructure;

namespace OrganAffairs.Tests.Integration.Energy;

/// <summary>Organs, institutions, meters and readings for the Energy tests.</summary>
internal static class EnergySetup
{
    public const string Root = "/api/v1/energy";
    private static int _sequence = Random.Shared.Next(1_000_000);

    public static async Task<(OrganResponse Organ, InstitutionResponse Institution)> InstitutionAsync(HttpClient client, string division = "320100", Guid? parentId = null)
    {
        var organ = await (await client.PostJsonAsync("/api/v1/organs", new
        {
            name = "市某公共机构",
            divisionCode = division,
            unifiedSocialCreditCode = TestData.Uscc(division),
            level = "Municipal",
            type = "GovernmentDepartment",
            parentId,
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var institution = await (await client.PostJsonAsync($"{Root}/institutions", new { organId = organ.Id, name = "市某公共机构", directoryCode = DirectoryCode() }))
            .ReadAsync<InstitutionResponse>(HttpStatusCode.Created);
        return (organ, institution);
    }

    public static string DirectoryCode() => $"GG-{Interlocked.Increment(ref _sequence):D8}";

    public static async Task<MeterResponse> MeterAsync(
        HttpClient client, Guid institutionId, string kind = "Electricity", string unit = "Kwh", string mode = "Interval",
        int? digits = null, decimal? initial = null, string subsystem = "LightingAndSockets", int multiplier = 1, string installedAt = "2019-01-01T00:00:00+08:00") =>
        await (await client.PostJsonAsync($"{Root}/institutions/{institutionId}/meters", new
        {
            code = $"M-{Interlocked.Increment(ref _sequence)}",
            kind,
            unit,
            subsystem,
            mode,
            registerDigits = digits,
            multiplier,
            installedAt,
            initialRegisterValue = initial,
        })).ReadAsync<MeterResponse>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> ReadingAsync(HttpClient client, Guid meterId, string readAt, decimal value, bool replace = false) =>
        client.PostJsonAsync($"{Root}/meters/{meterId}/readings", new { readAt, value, replace });

    public static async Task RecordAsync(HttpClient client, Guid meterId, string readAt, decimal value) =>
        await (await ReadingAsync(client, meterId, readAt, value)).ReadAsync<RecordReadingResponse>();

    public static Task StatisticsAsync(HttpClient client, Guid institutionId, int year, decimal area, int population) =>
        client.PutJsonAsync($"{Root}/institutions/{institutionId}/statistics/{year}", new { floorArea = area, energyUsingPopulation = population }, null)
            .ContinueWith(t => t.Result.ReadAsync<YearlyStatisticsResponse>()).Unwrap();

    public static Task<HttpResponseMessage> ImportAsync(
        HttpClient client, string body, string query = "", string mediaType = "text/csv", string? idempotencyKey = null, string? contentDigest = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Root}/readings/imports{query}") { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        if (contentDigest is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Digest", contentDigest);
        }
        return client.SendAsync(request);
    }

    public static async Task<IndicatorsResponse> IndicatorsAsync(HttpClient client, string query) =>
        await (await client.GetAsync($"{Root}/indicators?{query}")).ReadAsync<IndicatorsResponse>();

    public static decimal KindKgce(IndicatorsResponse indicators, EnergyKind kind) => indicators.ByKind.Single(k => k.Kind == kind).Kgce!.Value;

    public static decimal Quantity(IndicatorsResponse indicators, EnergyKind kind) => indicators.ByKind.SingleOrDefault(k => k.Kind == kind)?.Quantity ?? 0m;
}
