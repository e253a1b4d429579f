using System.Net;
using System.Text.Json;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

/// <summary>
/// A later version of a seeded national rule closes the seeded one the day before, in every
/// module's rule tables — the path that keeps old findings on the version of their date.
/// </summary>
public abstract class RuleSupersedingTests(ApiFixture fixture)
{
    private HttpClient Admin => fixture.Client;

    private async Task AssertSupersedesAsync(string url, object body, string listUrl, Func<JsonElement, bool> isSeeded)
    {
        var created = await (await Admin.PostJsonAsync(url, body)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal("2031-01-01", created.GetProperty("effectiveFrom").GetString());
        var history = await (await Admin.GetAsync(listUrl)).ReadAsync<JsonElement>();
        var items = history.ValueKind == JsonValueKind.Array ? history.EnumerateArray() : history.GetProperty("items").EnumerateArray();
        var seeded = items.Single(isSeeded);
        Assert.Equal("2030-12-31", seeded.GetProperty("effectiveTo").GetString());
    }

    [ProviderFact]
    public async Task A_later_office_standard_closes_the_seeded_one() =>
        await AssertSupersedesAsync("/api/v1/buildings/office-standards",
            new { jurisdiction = "national", level = "Municipal", rankCode = "BureauPrincipal", area = 22.5m, effectiveFrom = "2031-01-01", source = "测试版本" },
            "/api/v1/buildings/office-standards?level=Municipal&jurisdiction=national",
            e => e.GetProperty("rankCode").GetString() == "BureauPrincipal" && e.GetProperty("effectiveFrom").GetString() == "2014-12-01");

    [ProviderFact]
    public async Task A_later_recovery_deadline_closes_the_seeded_one() =>
        await AssertSupersedesAsync("/api/v1/buildings/deadline-rules",
            new { jurisdiction = "national", code = "OfficeRecovery", months = 2, effectiveFrom = "2031-01-01", source = "测试版本" },
            "/api/v1/buildings/deadline-rules",
            e => e.GetProperty("code").GetString() == "OfficeRecovery" && e.GetProperty("months").GetInt32() == 1);

    [ProviderFact]
    public async Task A_later_licence_class_closes_the_seeded_one() =>
        await AssertSupersedesAsync("/api/v1/vehicles/rules/licence-classes",
            new { jurisdiction = "national", code = "C1", bodyTypes = new[] { "Sedan", "Mpv" }, effectiveFrom = "2031-01-01", source = "测试版本" },
            "/api/v1/vehicles/rules/licence-classes",
            e => e.GetProperty("code").GetString() == "C1" && e.GetProperty("effectiveFrom").GetString() != "2031-01-01");

    [ProviderFact]
    public async Task A_later_renewal_rule_closes_the_seeded_one() =>
        await AssertSupersedesAsync("/api/v1/vehicles/rules/renewal",
            new { jurisdiction = "national", minAgeYears = 10, minMileageKm = 300000, effectiveFrom = "2031-01-01", source = "测试版本" },
            "/api/v1/vehicles/rules/renewal",
            e => e.GetProperty("minAgeYears").GetInt32() == 8);
}
