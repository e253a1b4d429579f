using System.Net;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Costs.CostsSetup;
using static OrganAffairs.Tests.Integration.Reception.ReceptionSetup;

namespace OrganAffairs.Tests.Integration.Costs;

/// <summary>The costs rule tables through the API (T3 disclosure deadline, a national ceiling; T4 change threshold): versions, ceiling, bad input, scope.</summary>
public abstract class CostsRuleTests(ApiFixture fixture)
{
    private const string Rules = CostsSetup.Root + "/rules";
    private HttpClient Admin => fixture.Client;

    private static object Due(string jurisdiction, int days, string kind = "Budget", string from = "2020-01-01") =>
        new { jurisdiction, kind, days, effectiveFrom = from, source = "某地预决算公开办法" };

    [ProviderFact]
    public async Task The_seeded_national_rules_are_listed_with_their_source()
    {
        var due = await (await Admin.GetAsync($"{Rules}/disclosure-due?jurisdiction=national")).ReadAsync<List<DisclosureDueRuleResponse>>();
        Assert.Equal([(DisclosureKind.Budget, 20), (DisclosureKind.FinalAccount, 20)],
            due.Where(r => r.EffectiveFrom == new DateOnly(2015, 1, 1)).OrderBy(r => r.Kind).Select(r => (r.Kind, r.Days)));
        Assert.All(due, r => Assert.Contains("预算法", r.Source, StringComparison.Ordinal));
        var reason = await (await Admin.GetAsync($"{Rules}/change-reason?jurisdiction=320100&on=2026-03-01")).ReadAsync<List<ChangeReasonRuleResponse>>();
        Assert.Equal(10m, Assert.Single(reason).ThresholdPercent);
    }

    [ProviderFact]
    public async Task A_local_deadline_may_be_20_days_but_not_21_and_a_shorter_one_sets_the_packs_due_date()
    {
        var division = FreshDivision();
        var looser = await (await Admin.PostJsonAsync($"{Rules}/disclosure-due", Due(division, 21))).ProblemAsync((HttpStatusCode)422, "rules.looser-than-ceiling");
        Assert.Equal(["days:rules.looser-than-ceiling"], looser.FieldErrors());
        Assert.Empty(await (await Admin.GetAsync($"{Rules}/disclosure-due?jurisdiction={division}")).ReadAsync<List<DisclosureDueRuleResponse>>());
        var twenty = await (await Admin.PostJsonAsync($"{Rules}/disclosure-due", Due(division, 20))).ReadAsync<DisclosureDueRuleResponse>(HttpStatusCode.Created);
        Assert.Equal((division, DisclosureKind.Budget, 20, (DateOnly?)null), (twenty.Jurisdiction, twenty.Kind, twenty.Days, twenty.EffectiveTo));

        // From 2026-01-01 the division publishes its budgets within 15 days; a stricter threshold of 50 % applies there too.
        var fifteen = await (await Admin.PostJsonAsync($"{Rules}/disclosure-due", Due(division, 15, from: "2026-01-01"))).ReadAsync<DisclosureDueRuleResponse>(HttpStatusCode.Created);
        await (await Admin.PostJsonAsync($"{Rules}/change-reason", new { jurisdiction = division, thresholdPercent = 50.5m, effectiveFrom = "2026-01-01", source = "某地公开格式" }))
            .ReadAsync<ChangeReasonRuleResponse>(HttpStatusCode.Created);
        var history = await (await Admin.GetAsync($"{Rules}/disclosure-due?jurisdiction={division}")).ReadAsync<List<DisclosureDueRuleResponse>>();
        Assert.Equal([(20, (DateOnly?)new DateOnly(2025, 12, 31)), (15, null)], history.OrderBy(r => r.EffectiveFrom).Select(r => (r.Days, r.EffectiveTo)));
        var inForce = await (await Admin.GetAsync($"{Rules}/disclosure-due?jurisdiction={division}&on=2026-02-10")).ReadAsync<List<DisclosureDueRuleResponse>>();
        Assert.Equal([(DisclosureKind.Budget, 15, fifteen.Id), (DisclosureKind.FinalAccount, 20, inForce[1].Id)], inForce.Select(r => (r.Kind, r.Days, r.Id)));
        Assert.Equal("national", inForce[1].Jurisdiction);

        var organ = await OrganAsync(Admin, division);
        await BudgetAsync(Admin, Budget(organ.Id, approvedOn: "2026-02-10"));
        var pack = await (await Admin.GetAsync($"{CostsSetup.Root}/disclosures/{organ.Id}/2026?kind=Budget")).ReadAsync<DisclosureResponse>();
        Assert.Equal((new DateOnly(2026, 2, 25), 50.5m), (pack.DueOn, pack.ThresholdPercent));
        // An organ elsewhere keeps the national 20 days and 10 %.
        var elsewhere = await OrganAsync(Admin);
        await BudgetAsync(Admin, Budget(elsewhere.Id, approvedOn: "2026-02-10"));
        var national = await (await Admin.GetAsync($"{CostsSetup.Root}/disclosures/{elsewhere.Id}/2026?kind=Budget")).ReadAsync<DisclosureResponse>();
        Assert.Equal((new DateOnly(2026, 3, 2), 10m), (national.DueOn, national.ThresholdPercent));
        Assert.Equal(3, await fixture.CountAsync("shared_audit", "entity_type = 'CostsRule' AND entity_id IN (@A, @B)", new { A = twenty.Id, B = fifteen.Id }));
    }

    [ProviderTheory]
    [InlineData("disclosure-due", """{"jurisdiction":"32010","kind":"Budget","days":10,"effectiveFrom":"2030-01-01","source":"x"}""", "jurisdiction:costs.jurisdiction-invalid")]
    [InlineData("disclosure-due", """{"jurisdiction":"national","kind":"Budget","days":0,"effectiveFrom":"2030-01-01","source":"x"}""", "days:costs.days-invalid")]
    [InlineData("disclosure-due", """{"jurisdiction":"national","kind":"Budget","days":61,"effectiveFrom":"2030-01-01","source":"x"}""", "days:costs.days-invalid")]
    [InlineData("disclosure-due", """{"jurisdiction":"national","kind":"Plan","days":10,"effectiveFrom":"2030-01-01","source":"x"}""", "kind:request.enum-invalid")]
    [InlineData("disclosure-due", """{"jurisdiction":"national","kind":"Budget","days":10,"effectiveFrom":"2030-01-01","source":""}""", "source:field.required")]
    [InlineData("disclosure-due", """{"jurisdiction":"national","kind":"Budget","effectiveFrom":"2030-01-01","source":"x"}""", "", "request.member-missing")]
    [InlineData("change-reason", """{"jurisdiction":"national","thresholdPercent":100.01,"effectiveFrom":"2030-01-01","source":"x"}""", "thresholdPercent:costs.threshold-invalid")]
    [InlineData("change-reason", """{"jurisdiction":"national","thresholdPercent":-1,"effectiveFrom":"2030-01-01","source":"x"}""", "thresholdPercent:costs.threshold-invalid")]
    [InlineData("change-reason", """{"jurisdiction":"national","thresholdPercent":10.001,"effectiveFrom":"2030-01-01","source":"x"}""", "thresholdPercent:costs.threshold-invalid")]
    [InlineData("change-reason", """{"jurisdiction":"national","effectiveFrom":"2030-01-01","source":"x"}""", "", "request.member-missing")]
    [InlineData("change-reason", """{"jurisdiction":"national","thresholdPercent":10,"effectiveFrom":"2030-01-01","source":"x","documentId":"nope"}""", "", "request.malformed")]
    public async Task Bad_rule_input_is_400_and_writes_nothing(string table, string body, string fieldError, string code = "request.invalid")
    {
        var before = await fixture.CountAsync("costs_rule", "1 = 1", null);
        var problem = await (await Admin.PostRawAsync($"{Rules}/{table}", body)).ProblemAsync(HttpStatusCode.BadRequest, code);
        if (fieldError.Length > 0)
        {
            Assert.Contains(fieldError, problem.FieldErrors());
        }
        Assert.Equal(before, await fixture.CountAsync("costs_rule", "1 = 1", null));
        await (await Admin.GetAsync($"{Rules}/{table}?jurisdiction=3201")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }

    [ProviderFact]
    public async Task An_organ_reads_the_rules_but_only_the_bureau_edits_them()
    {
        var organ = await OrganAsync(Admin);
        var key = (await (await Admin.PostJsonAsync("/api/v1/access/api-keys", new { name = "财务系统", organId = organ.Id, scopes = new[] { "costs.read", "costs.write" } }))
            .ReadAsync<OrganAffairs.Contracts.Access.IssuedApiKeyResponse>(HttpStatusCode.Created)).Key;
        var client = fixture.ClientFor(fixture.Factory, key);
        Assert.NotEmpty(await (await client.GetAsync($"{Rules}/disclosure-due")).ReadAsync<List<DisclosureDueRuleResponse>>());
        Assert.NotEmpty(await (await client.GetAsync($"{Rules}/change-reason")).ReadAsync<List<ChangeReasonRuleResponse>>());
        var before = await fixture.CountAsync("costs_rule", "1 = 1", null);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostJsonAsync($"{Rules}/disclosure-due", Due(FreshDivision(), 10))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostJsonAsync($"{Rules}/change-reason",
            new { jurisdiction = "national", thresholdPercent = 5m, effectiveFrom = "2030-01-01", source = "x" })).StatusCode);
        Assert.Equal(before, await fixture.CountAsync("costs_rule", "1 = 1", null));
    }
}
