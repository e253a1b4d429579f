using System.Net;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Costs.CostsSetup;

namespace OrganAffairs.Tests.Integration.Costs;

/// <summary>The jurisdiction roll-ups of the disclosure figures: 本级 and whole, within the caller's scope (issue 22 items 5, 8).</summary>
public abstract class CostsRollupTests(ApiFixture fixture)
{
    private HttpClient Admin => fixture.Client;

    private async Task<OrganResponse> BureauAsync(string division, string level) =>
        await (await Admin.PostJsonAsync("/api/v1/organs", new
        {
            name = "机关事务管理局", divisionCode = division, unifiedSocialCreditCode = TestData.Uscc(division), level, type = "GovernmentDepartment", isBureau = true,
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);

    private async Task<HttpClient> ClientOfAsync(Guid organId) =>
        fixture.ClientFor(fixture.Factory, (await (await Admin.PostJsonAsync("/api/v1/access/api-keys", new { name = "统计系统", organId, scopes = new[] { "costs.read" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created)).Key);

    private static async Task<DisclosureRollupResponse> RollupAsync(HttpClient client, Guid bureauId, string query = "kind=Budget") =>
        await (await client.GetAsync($"{Root}/rollups/{bureauId}/2026?{query}")).ReadAsync<DisclosureRollupResponse>();

    private static DisclosureRollupLine LineOf(DisclosureRollupResponse r, CostLine line) => r.Lines.Single(l => l.Line == line);

    [ProviderFact]
    public async Task The_city_sums_its_own_organs_or_its_whole_jurisdiction_and_a_county_bureau_only_its_county()
    {
        var n = Random.Shared.Next(60, 99);
        var (cityCode, countyCode) = ($"32{n}00", $"32{n}05");
        var city = await BureauAsync(cityCode, "Municipal");
        var county = await BureauAsync(countyCode, "County");
        var cityOrgan = await VehiclesApiTests.OrganWithQuotaAsync(Admin, division: cityCode);
        var countyOrgan = await VehiclesApiTests.OrganWithQuotaAsync(Admin, division: countyCode, level: "County");
        // 2025 actuals: the city organ's reception 1,000.00; the county organ's vehicle operation 500.00.
        await DeliverAsync(fixture.Factory, ReceptionCost(cityOrgan.Id, 100_000, "2025-05-01"));
        await DeliverAsync(fixture.Factory, new VehicleCostRecorded(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), Guid.NewGuid(), countyOrgan.Id, CostKind.Repair,
            "VehicleOperation", 50_000, new DateOnly(2025, 12, 31), null, null));
        // 2026 budgets: city organ reception 1,000 / operation 500; county organ reception 2,000 / operation 800 / visits 300. The bureaus have none.
        await BudgetAsync(Admin, Budget(cityOrgan.Id, reception: 1000m, operation: 500m));
        await BudgetAsync(Admin, Budget(countyOrgan.Id, reception: 2000m, operation: 800m, visits: 300m));
        await CostsReconciliationTests.RegisterAsync(Admin, countyOrgan.Id, "Purchase", 150_000m, "2026-03-01");
        await (await Admin.PostJsonAsync($"{Root}/disclosures/{cityOrgan.Id}/2026/publish",
            new { kind = "Budget", reasons = new[] { new { line = "VehicleOperation", reason = "新增公务用车运行" } } })).ReadAsync<DisclosureResponse>();

        // 本级: the city organ only (the bureau has no budget).
        var own = await RollupAsync(Admin, city.Id, "kind=Budget&level=Own");
        Assert.Equal((cityCode, 1, 1, JurisdictionLevel.Own), (own.DivisionCode, own.Organs, own.Published, own.Level));
        Assert.Equal(new DisclosureRollupLine(CostLine.Reception, 1000.00m, 1000.00m, 0.00m), LineOf(own, CostLine.Reception));
        Assert.Equal(new DisclosureRollupLine(CostLine.VehicleOperation, 0.00m, 500.00m, 500.00m), LineOf(own, CostLine.VehicleOperation));
        Assert.Equal((1000.00m, 1500.00m), (own.PreviousTotal, own.CurrentTotal));
        Assert.Equal(new DisclosureStatistics(0, 0, 0, 0, 0, 0, 0, 0), own.Statistics);

        // Whole (the default): with the county. Hand-computed: previous 1,000 + 500; current 3,000 + 1,300 + 300.
        var whole = await RollupAsync(Admin, city.Id);
        Assert.Equal((2, 1, JurisdictionLevel.Whole), (whole.Organs, whole.Published, whole.Level));
        Assert.Equal(
            [
                new DisclosureRollupLine(CostLine.Reception, 1000.00m, 3000.00m, 2000.00m),
                new DisclosureRollupLine(CostLine.VehiclePurchase, 0.00m, 0.00m, 0.00m),
                new DisclosureRollupLine(CostLine.VehicleOperation, 500.00m, 1300.00m, 800.00m),
                new DisclosureRollupLine(CostLine.OutboundVisit, 0.00m, 300.00m, 300.00m),
            ], whole.Lines);
        Assert.Equal((1500.00m, 4600.00m), (whole.PreviousTotal, whole.CurrentTotal));
        Assert.Equal(new DisclosureStatistics(0, 0, 1, 1, 0, 0, 0, 0), whole.Statistics);
        var csv = await (await Admin.GetAsync($"{Root}/rollups/{city.Id}/2026?kind=Budget&format=Csv")).Content.ReadAsStringAsync();
        Assert.Contains("line,previous,current,change\r\nReception,1000.00,3000.00,2000.00\r\n", csv, StringComparison.Ordinal);

        // The county bureau sees its county, not the city; an ordinary organ not even its own bureau.
        var countyClient = await ClientOfAsync(county.Id);
        var countyWhole = await RollupAsync(countyClient, county.Id);
        Assert.Equal((1, 3100.00m), (countyWhole.Organs, countyWhole.CurrentTotal));
        await (await countyClient.GetAsync($"{Root}/rollups/{city.Id}/2026?kind=Budget")).ProblemAsync(HttpStatusCode.NotFound, "costs.bureau-not-found");
        var organClient = await ClientOfAsync(cityOrgan.Id);
        await (await organClient.GetAsync($"{Root}/rollups/{city.Id}/2026?kind=Budget")).ProblemAsync(HttpStatusCode.NotFound, "costs.bureau-not-found");
        // An organ that is not a bureau has no jurisdiction to sum.
        await (await Admin.GetAsync($"{Root}/rollups/{cityOrgan.Id}/2026?kind=Budget")).ProblemAsync(HttpStatusCode.NotFound, "costs.bureau-not-found");
        // The final accounts: none recorded yet, nothing summed.
        var accounts = await RollupAsync(Admin, city.Id, "kind=FinalAccount");
        Assert.Equal((0, 0m, 0m), (accounts.Organs, accounts.PreviousTotal, accounts.CurrentTotal));
    }

    [ProviderFact]
    public async Task Bad_roll_up_input_is_400()
    {
        var bureau = await BureauAsync($"32{Random.Shared.Next(10, 59)}00", "Municipal");
        foreach (var query in new[] { "kind=Budget&level=Town", "kind=Nope", "kind=Budget&format=Pdf" })
        {
            await (await Admin.GetAsync($"{Root}/rollups/{bureau.Id}/2026?{query}")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        }
        await (await Admin.GetAsync($"{Root}/rollups/{bureau.Id}/2026")).ProblemAsync(HttpStatusCode.BadRequest, "request.parameter-missing");
        await (await Admin.GetAsync($"{Root}/rollups/{bureau.Id}/1999?kind=Budget")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Admin.GetAsync($"{Root}/rollups/{Guid.NewGuid()}/2026?kind=Budget")).ProblemAsync(HttpStatusCode.NotFound, "costs.bureau-not-found");
    }
}
