using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Costs.Support;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Costs;
using Xunit;

namespace OrganAffairs.Tests.Integration.ForeignAffairs;

/// <summary>
/// Incoming foreign delegations (issue 19 item 6, FI1): the 财行〔2013〕533号 standards just inside and just outside, at most two banquets,
/// card or transfer only, local gift and accompanying limits, and their costs on the Reception line of the 三公经费 (with backfill).
/// </summary>
public abstract class ForeignAffairsDelegationsTests(ApiFixture fixture)
{
    private const string Root = "/api/v1/foreign-affairs";
    private HttpClient Client => fixture.Client;

    private async Task<OrganResponse> OrganAsync(string division = "320100") =>
        await (await Client.PostJsonAsync("/api/v1/organs", new
        {
            name = "市外事办公室", divisionCode = division, unifiedSocialCreditCode = TestData.Uscc(division), level = "Municipal", type = "GovernmentDepartment",
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);

    /// <summary>A stay of 3 days from 2026-06-01; guests of the given grades.</summary>
    public static object Body(Guid organId, string hostGrade, params string[] guestGrades) => new
    {
        organId,
        title = "法国里昂市代表团",
        country = "FR",
        hostGrade,
        arrivesOn = "2026-06-01",
        departsOn = "2026-06-03",
        guests = guestGrades.Select((g, i) => new { name = $"Guest {i}", post = "Adjoint au maire", grade = g }).ToList(),
        programme = new[] { new { on = "2026-06-02", description = "会见市长，签署合作备忘录" } },
    };

    private async Task<DelegationResponse> DelegationAsync(Guid organId, string hostGrade, params string[] guestGrades) =>
        await (await Client.PostJsonAsync($"{Root}/incoming", Body(organId, hostGrade, guestGrades))).ReadAsync<DelegationResponse>(HttpStatusCode.Created);

    public static object Cost(string category, decimal amount, int? persons = null, int? days = null, int? accompanying = null, string method = "OfficialCard") =>
        new { category, amount, paidOn = "2026-06-02", paymentMethod = method, paymentReference = "GWK-2026-0456", persons, accompanying, days };

    private Task<HttpResponseMessage> CostAsync(Guid delegationId, object body, HttpClient? client = null) =>
        (client ?? Client).PostJsonAsync($"{Root}/incoming/{delegationId}/costs", body);

    private async Task<DelegationCostResponse> RecordedAsync(Guid delegationId, object body) =>
        await (await CostAsync(delegationId, body)).ReadAsync<DelegationCostResponse>(HttpStatusCode.Created);

    private async Task RefusedAsync(Guid delegationId, object body, string code) =>
        Assert.StartsWith("FI1", (await (await CostAsync(delegationId, body)).ProblemAsync(HttpStatusCode.UnprocessableEntity, code)).GetProperty("detail").GetString());

    [ProviderFact]
    public async Task The_central_standards_pass_at_their_value_and_not_a_fen_above_with_at_most_two_banquets()
    {
        var organ = await OrganAsync();
        var d = await DelegationAsync(organ.Id, "BureauDirector", "BureauDirector", "Other");

        // Banquets: 300 per head for a host below the provincial-ministerial grade; a third is refused.
        var first = await RecordedAsync(d.Id, Cost("Banquet", 2_400m, persons: 8));
        Assert.Equal((2_400.00m, new Guid("00000000-0000-0000-0019-000000000006")), (first.Limit!.Value, first.RuleVersionId!.Value));
        await RefusedAsync(d.Id, Cost("Banquet", 2_400.01m, persons: 8), "foreign-affairs.delegation-cost-over-standard");
        await RecordedAsync(d.Id, Cost("Banquet", 300m, persons: 1, method: "BankTransfer"));
        await RefusedAsync(d.Id, Cost("Banquet", 100m, persons: 1), "foreign-affairs.too-many-banquets");
        await RefusedAsync(d.Id, Cost("Transport", 100m, method: "Cash"), "foreign-affairs.cash-payment");

        await RecordedAsync(d.Id, Cost("Buffet", 1_500m, persons: 10));
        await RefusedAsync(d.Id, Cost("Buffet", 1_500.01m, persons: 10), "foreign-affairs.delegation-cost-over-standard");
        await RecordedAsync(d.Id, Cost("Cocktail", 1_000m, persons: 10));
        await RefusedAsync(d.Id, Cost("Cocktail", 1_000.01m, persons: 10), "foreign-affairs.delegation-cost-over-standard");
        await RecordedAsync(d.Id, Cost("TeaParty", 180m, persons: 3));
        await RefusedAsync(d.Id, Cost("TeaParty", 180.01m, persons: 3), "foreign-affairs.delegation-cost-over-standard");

        // Daily meals by the highest guest's grade (bureau-director: 550 per guest and day), within the 3 days of the stay.
        await RecordedAsync(d.Id, Cost("DailyMeals", 3_300m, persons: 2, days: 3));
        await RefusedAsync(d.Id, Cost("DailyMeals", 3_300.01m, persons: 2, days: 3), "foreign-affairs.delegation-cost-over-standard");
        await RefusedAsync(d.Id, Cost("DailyMeals", 100m, persons: 2, days: 4), "foreign-affairs.delegation-cost-outside-stay");
        // No gift limit is seeded (DOMAIN.md gives none): recorded unchecked.
        Assert.Null((await RecordedAsync(d.Id, Cost("Gift", 5_000m, persons: 2))).Limit);

        // A provincial-ministerial host: 400 per head; guests of the Other grade have no daily meals standard seeded.
        var high = await DelegationAsync(organ.Id, "ProvincialMinisterial", "Other");
        await RecordedAsync(high.Id, Cost("Banquet", 2_000m, persons: 5));
        await RefusedAsync(high.Id, Cost("Banquet", 2_000.01m, persons: 5), "foreign-affairs.delegation-cost-over-standard");
        Assert.Null((await RecordedAsync(high.Id, Cost("DailyMeals", 9_999m, persons: 1, days: 3))).Limit);

        var read = await (await Client.GetAsync($"{Root}/incoming/{d.Id}")).ReadAsync<DelegationResponse>();
        Assert.Equal((2, 7, 13_680.00m), (read.Banquets, read.Costs.Count, read.Cost));
        Assert.Equal(7, await fixture.CountAsync("foreign_affairs_delegation_cost", "delegation_id = @Id", new { d.Id }));

        // The costs count on the Reception line of the 三公经费, once each, and the backfill does not count them twice.
        var actuals = await CostsSetup.ActualsWhenAsync(Client, organ.Id, a => CostsSetup.Line(a, CostLine.Reception) == 13_680.00m + 2_000m + 9_999m);
        Assert.Equal(0m, CostsSetup.Line(actuals, CostLine.OutboundVisit));
        await using (var connection = fixture.OpenConnection())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "DELETE FROM costs_entry WHERE organ_id = @Id", new { organ.Id });
            await CostsSetup.RebuildTotalsAsync(connection, organ.Id);
        }
        var backfill = fixture.Factory.Services.GetRequiredService<CostsBackfill>();
        await backfill.RunAsync(force: true, CancellationToken.None);
        await backfill.RunAsync(force: true, CancellationToken.None);
        Assert.Equal(25_679.00m, CostsSetup.Line(await CostsSetup.ActualsAsync(Client, organ.Id), CostLine.Reception));
        Assert.Equal(9, await fixture.CountAsync("costs_entry", "organ_id = @Id", new { organ.Id }));
    }

    private Task<HttpResponseMessage> CorrectAsync(Guid delegationId, Guid costId, decimal amount, string paidOn = "2026-06-20", string reason = "酒店退还多收餐费", HttpClient? client = null) =>
        (client ?? Client).PostJsonAsync($"{Root}/incoming/{delegationId}/costs/{costId}/corrections", new { amount, paidOn, reason });

    [ProviderFact]
    public async Task Corrections_are_signed_differences_checked_against_the_costs_standard_and_posted_once_on_the_reception_line()
    {
        var organ = await OrganAsync();
        var d = await DelegationAsync(organ.Id, "BureauDirector", "BureauDirector");
        var banquet = await RecordedAsync(d.Id, Cost("Banquet", 2_400m, persons: 8));   // at its standard: 300 × 8

        // The new amount is checked against the cost's standard; the difference is recorded.
        Assert.StartsWith("FI1", (await (await CorrectAsync(d.Id, banquet.Id, 2_400.01m))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.delegation-cost-over-standard")).GetProperty("detail").GetString());
        Assert.Contains("amount:foreign-affairs.correction-unchanged", (await (await CorrectAsync(d.Id, banquet.Id, 2_400m))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        var lower = await (await CorrectAsync(d.Id, banquet.Id, 2_000m)).ReadAsync<DelegationCostResponse>(HttpStatusCode.Created);
        Assert.Equal((-400m, banquet.Id, "酒店退还多收餐费", (decimal?)null, DelegationCostCategory.Banquet), (lower.Amount, lower.CorrectsId!.Value, lower.Reason, lower.Current, lower.Category));
        await (await CorrectAsync(d.Id, lower.Id, 1_000m)).ProblemAsync(HttpStatusCode.Conflict, "foreign-affairs.delegation-cost-is-correction");

        // A cost without a standard is corrected upwards unchecked.
        var transport = await RecordedAsync(d.Id, Cost("Transport", 500m));
        Assert.Equal(150m, (await (await CorrectAsync(d.Id, transport.Id, 650m, reason: "补付租车超时费")).ReadAsync<DelegationCostResponse>(HttpStatusCode.Created)).Amount);

        // Two banquets held; the first corrected to 0 was not held, so another one may be.
        await RecordedAsync(d.Id, Cost("Banquet", 300m, persons: 1));
        await RefusedAsync(d.Id, Cost("Banquet", 100m, persons: 1), "foreign-affairs.too-many-banquets");
        await (await CorrectAsync(d.Id, banquet.Id, 0m, reason: "宴请取消，全额退款")).ReadAsync<DelegationCostResponse>(HttpStatusCode.Created);
        await RecordedAsync(d.Id, Cost("Banquet", 100m, persons: 1));

        var read = await (await Client.GetAsync($"{Root}/incoming/{d.Id}")).ReadAsync<DelegationResponse>();
        const decimal total = 2_400m - 400m + 500m + 150m + 300m - 2_000m + 100m;
        Assert.Equal((2, 7, total), (read.Banquets, read.Costs.Count, read.Cost));
        Assert.Equal((0m, 650m), (read.Costs.Single(c => c.Id == banquet.Id).Current!.Value, read.Costs.Single(c => c.Id == transport.Id).Current!.Value));
        var report = await (await Client.GetAsync($"{Root}/reports/incoming?year=2026&organId={organ.Id}")).ReadAsync<IReadOnlyList<IncomingReportRow>>();
        Assert.Equal((4, total), (report.Single(r => r.DelegationId == d.Id).Costs, report.Single(r => r.DelegationId == d.Id).CostYuan));

        // Costs posts each correction once under its own id, as a difference of the corrected cost; the backfill does not count them twice.
        var actuals = await CostsSetup.ActualsWhenAsync(Client, organ.Id, a => CostsSetup.Line(a, CostLine.Reception) == total);
        Assert.Equal(0m, CostsSetup.Line(actuals, CostLine.OutboundVisit));
        Assert.Equal(2, await fixture.CountAsync("costs_entry", "corrects_event_id = @Id", new { banquet.Id }));
        Assert.Equal(1, await fixture.CountAsync("costs_entry", "entry_id = @Id AND amount_fen = -40000", new { lower.Id }));
        await using (var connection = fixture.OpenConnection())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "DELETE FROM costs_entry WHERE organ_id = @Id", new { organ.Id });
            await CostsSetup.RebuildTotalsAsync(connection, organ.Id);
        }
        var backfill = fixture.Factory.Services.GetRequiredService<CostsBackfill>();
        await backfill.RunAsync(force: true, CancellationToken.None);
        await backfill.RunAsync(force: true, CancellationToken.None);
        Assert.Equal(total, CostsSetup.Line(await CostsSetup.ActualsAsync(Client, organ.Id), CostLine.Reception));
        Assert.Equal(7, await fixture.CountAsync("costs_entry", "organ_id = @Id", new { organ.Id }));
        Assert.Equal(1, await fixture.CountAsync("costs_entry", "entry_id = @Id AND corrects_event_id = @Corrects", new { lower.Id, Corrects = banquet.Id }));
    }

    [ProviderFact]
    public async Task Bad_corrections_write_nothing_and_another_organs_cost_is_not_found()
    {
        var organ = await OrganAsync();
        var other = await OrganAsync();
        var d = await DelegationAsync(organ.Id, "BureauDirector", "Other");
        var cost = await RecordedAsync(d.Id, Cost("Transport", 500m));
        await (await CorrectAsync(d.Id, cost.Id, -1m)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await CorrectAsync(d.Id, cost.Id, 1.001m)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await CorrectAsync(d.Id, cost.Id, 400m, reason: "退")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.PostJsonAsync($"{Root}/incoming/{d.Id}/costs/{cost.Id}/corrections", new { amount = 400m, reason = "酒店退款" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing");
        await (await Client.PostRawAsync($"{Root}/incoming/{d.Id}/costs/{cost.Id}/corrections", "{\"amount\":\"abc\",\"paidOn\":\"2026-06-20\",\"reason\":\"酒店退款\"}"))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        await (await CorrectAsync(d.Id, Guid.NewGuid(), 400m)).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.delegation-cost-not-found");
        await (await CorrectAsync(Guid.NewGuid(), cost.Id, 400m)).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.delegation-not-found");
        var theirs = fixture.ClientFor(fixture.Factory, (await (await Client.PostJsonAsync("/api/v1/access/api-keys",
            new { name = "外事系统", organId = other.Id, scopes = new[] { "foreign-affairs.read", "foreign-affairs.write" } })).ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created)).Key);
        await (await CorrectAsync(d.Id, cost.Id, 400m, client: theirs)).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.delegation-not-found");
        var reader = fixture.ClientFor(fixture.Factory, (await (await Client.PostJsonAsync("/api/v1/access/api-keys",
            new { name = "外事查询", organId = organ.Id, scopes = new[] { "foreign-affairs.read" } })).ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created)).Key);
        await (await CorrectAsync(d.Id, cost.Id, 400m, client: reader)).ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        Assert.Equal(1, await fixture.CountAsync("foreign_affairs_delegation_cost", "delegation_id = @Id", new { d.Id }));

        // The same Idempotency-Key on the correction answers the first correction again and records one.
        var idem = Guid.NewGuid().ToString();
        var once = await (await Client.PostJsonAsync($"{Root}/incoming/{d.Id}/costs/{cost.Id}/corrections", new { amount = 400m, paidOn = "2026-06-20", reason = "酒店退款" }, idem))
            .ReadAsync<DelegationCostResponse>(HttpStatusCode.Created);
        var again = await (await Client.PostJsonAsync($"{Root}/incoming/{d.Id}/costs/{cost.Id}/corrections", new { amount = 400m, paidOn = "2026-06-20", reason = "酒店退款" }, idem))
            .ReadAsync<DelegationCostResponse>(HttpStatusCode.Created);
        Assert.Equal(once.Id, again.Id);
        Assert.Equal(2, await fixture.CountAsync("foreign_affairs_delegation_cost", "delegation_id = @Id", new { d.Id }));
    }

    [ProviderFact]
    public async Task A_local_table_sets_the_gift_and_accompanying_limits()
    {
        var organ = await OrganAsync("320200");
        await (await Client.PostJsonAsync($"{Root}/rules/incoming", new
        {
            jurisdiction = "320200", effectiveFrom = "2026-01-01", source = "测试：无锡市外宾接待标准（示例值）", confidence = "U",
            standards = new
            {
                maxBanquets = 1, banquetPerHeadProvincialMinisterial = 350m, banquetPerHeadOther = 250m, buffetPerHead = 120m, cocktailPerHead = 80m, teaPartyPerHead = 50m,
                dailyMealsProvincialMinisterial = 500m, dailyMealsBureauDirector = 450m, dailyMealsOther = 300m, giftPerGuest = 200m, accompanyingPerGuests = 3,
            },
        })).ReadAsync<DelegationStandardsResponse>(HttpStatusCode.Created);
        var d = await DelegationAsync(organ.Id, "BureauDirector", "Other", "Other");

        // 10 guests: 3 accompanying pass, 4 do not (3 per 10 guests).
        await RecordedAsync(d.Id, Cost("Buffet", 1_560m, persons: 13, accompanying: 3));
        await RefusedAsync(d.Id, Cost("Buffet", 100m, persons: 14, accompanying: 4), "foreign-affairs.accompanying-too-many");
        await RecordedAsync(d.Id, Cost("Gift", 400m, persons: 2));
        await RefusedAsync(d.Id, Cost("Gift", 400.01m, persons: 2), "foreign-affairs.delegation-cost-over-standard");
        await RecordedAsync(d.Id, Cost("Banquet", 250m, persons: 1));
        await RefusedAsync(d.Id, Cost("Banquet", 250m, persons: 1), "foreign-affairs.too-many-banquets");
        var versions = await (await Client.GetAsync($"{Root}/rules/incoming?jurisdiction=320200")).ReadAsync<IReadOnlyList<DelegationStandardsResponse>>();
        Assert.Equal(["320200", "national"], versions.Select(v => v.Jurisdiction));
        Assert.Equal(400m, versions[1].Standards.BanquetPerHeadProvincialMinisterial);
    }

    [ProviderFact]
    public async Task Bad_input_writes_nothing_and_another_organs_delegation_is_not_found()
    {
        var organ = await OrganAsync();
        var other = await OrganAsync();
        var d = await DelegationAsync(organ.Id, "BureauDirector", "Other");
        await (await Client.PostJsonAsync($"{Root}/incoming", new { organId = organ.Id, title = "代表团", country = "FR", hostGrade = "Other", arrivesOn = "2026-06-03", departsOn = "2026-06-01", guests = new[] { new { name = "A", post = "B", grade = "Other" } }, programme = Array.Empty<object>() }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.PostJsonAsync($"{Root}/incoming", new { organId = organ.Id, title = "代表团", country = "fra", hostGrade = "Other", arrivesOn = "2026-06-01", departsOn = "2026-06-01", guests = Array.Empty<object>(), programme = Array.Empty<object>() }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.PostJsonAsync($"{Root}/incoming", new { organId = organ.Id, title = "代表团", country = "FR" })).ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing");
        await (await Client.PostJsonAsync($"{Root}/incoming", Body(Guid.NewGuid(), "Other", "Other"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await CostAsync(d.Id, Cost("Banquet", 100m))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await CostAsync(d.Id, Cost("Banquet", 0m, persons: 1))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await CostAsync(d.Id, Cost("Banquet", 10m, persons: 2, accompanying: 2))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await CostAsync(d.Id, Cost("Banquet", 10m, persons: 1, method: "Cheque"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await CostAsync(Guid.NewGuid(), Cost("Transport", 10m))).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.delegation-not-found");
        await (await Client.PostJsonAsync($"{Root}/rules/incoming", new { jurisdiction = "320100", effectiveFrom = "2026-01-01", source = "测试", confidence = "U",
            standards = new { maxBanquets = 11, banquetPerHeadProvincialMinisterial = 1m, banquetPerHeadOther = 1m, buffetPerHead = 1m, cocktailPerHead = 1m, teaPartyPerHead = 1m } }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal(0, await fixture.CountAsync("foreign_affairs_delegation_cost", "delegation_id = @Id", new { d.Id }));

        var key = await (await Client.PostJsonAsync("/api/v1/access/api-keys", new { name = "外事系统", organId = other.Id, scopes = new[] { "foreign-affairs.read", "foreign-affairs.write" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        var theirs = fixture.ClientFor(fixture.Factory, key.Key);
        await (await theirs.GetAsync($"{Root}/incoming/{d.Id}")).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.delegation-not-found");
        await (await CostAsync(d.Id, Cost("Transport", 10m), theirs)).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.delegation-not-found");
        await (await theirs.PostJsonAsync($"{Root}/incoming", Body(organ.Id, "Other", "Other"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await theirs.PostJsonAsync($"{Root}/rules/incoming", new { })).ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }
}
