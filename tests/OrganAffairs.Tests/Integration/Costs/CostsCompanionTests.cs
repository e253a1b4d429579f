using System.Globalization;
using System.Net;
using System.Text.Json;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Buildings;
using Xunit;
using static OrganAffairs.Tests.Integration.Costs.CostsSetup;

namespace OrganAffairs.Tests.Integration.Costs;

/// <summary>
/// The companion table of the disclosure packs (issue 22 item 5): meeting costs from Logistics (a meeting registered and settled there,
/// end to end) and training costs entered here (PUT with If-Match, audited), in JSON and CSV.
/// </summary>
public abstract class CostsCompanionTests(ApiFixture fixture)
{
    private const string Training = CostsSetup.Root + "/training-costs";
    private HttpClient Admin => fixture.Client;

    private static object Entry(decimal amount = 32_000m, int courses = 4, int trainees = 180) => new { amount, courses, trainees, note = "年度业务培训" };

    private Task<HttpResponseMessage> PutAsync(HttpClient client, Guid organId, int year, object body, string? ifMatch) =>
        client.SendAsync(Http.Request(HttpMethod.Put, $"{Training}/{organId}/{year}", JsonSerializer.Serialize(body, Http.Json), ifMatch: ifMatch));

    private static string Beijing(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static async Task<MeetingResponse> MeetingAsync(HttpClient client, Guid organ, Guid room, DateTimeOffset start, int attendees, int days, decimal budget) =>
        await (await client.PostJsonAsync("/api/v1/logistics/meetings", new
        {
            organId = organ, title = "年度工作会议", @class = "Four", attendees, days, budget, roomId = room, startsAt = Beijing(start), endsAt = Beijing(start.AddHours(2)),
            addOns = Array.Empty<object>(),
        })).ReadAsync<MeetingResponse>(HttpStatusCode.Created);

    [ProviderFact]
    public async Task The_packs_companion_table_has_the_meetings_logistics_settled_and_the_training_costs_entered_here()
    {
        var organ = (await Logistics.LogisticsSetup.OrganAsync(Admin)).Id;
        var room = (await new BuildingsSetup(Admin).MeetingRoomAsync(capacity: 100)).Id;
        var logistics = fixture.ClientFor(fixture.Factory, await Logistics.LogisticsSetup.KeyAsync(Admin, organ));
        var day = BuildingsSetup.Future(12, hour: 1);
        var year = day.ToOffset(TimeSpan.FromHours(8)).Year;
        // Logistics: one meeting settled at 27,500.00 (50 × 1 day), one not settled yet (counted at its budget 10,000.00, 20 × 2 days).
        var settled = await MeetingAsync(logistics, organ, room, day, 50, 1, 27_500.00m);
        await MeetingAsync(logistics, organ, room, day.AddHours(3), 20, 2, 10_000.00m);
        await (await logistics.SendAsync(Http.Request(HttpMethod.Post, $"/api/v1/logistics/meetings/{settled.Id}/settle",
            JsonSerializer.Serialize(new { cost = 27_500.00m }, Http.Json), "\"1\""))).ReadAsync<MeetingResponse>();

        // Training costs: nothing entered is zeros with ETag "0"; the first entry needs If-Match "0"; a stale one is 412.
        var empty = await Admin.GetAsync($"{Training}/{organ}/{year}");
        Assert.Equal("\"0\"", empty.Headers.ETag?.Tag);
        Assert.Equal(new TrainingCostResponse(organ, year, 0m, 0, 0, null, 0, null), await empty.ReadAsync<TrainingCostResponse>());
        await (await PutAsync(Admin, organ, year, Entry(), null)).ProblemAsync((HttpStatusCode)428, "concurrency.if-match-required");
        var first = await (await PutAsync(Admin, organ, year, Entry(amount: 30_000m), "\"0\"")).ReadAsync<TrainingCostResponse>();
        Assert.Equal((1L, 30_000.00m), (first.Version, first.Amount));
        await (await PutAsync(Admin, organ, year, Entry(), "\"0\"")).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        var entered = await (await PutAsync(Admin, organ, year, Entry(), "\"1\"")).ReadAsync<TrainingCostResponse>();
        Assert.Equal((2L, 32_000.00m, 4, 180, "年度业务培训"), (entered.Version, entered.Amount, entered.Courses, entered.Trainees, entered.Note));
        Assert.Equal(2, await fixture.CountAsync("shared_audit", "entity_type = 'CostsTrainingCost' AND organ_id = @Id", new { Id = organ }));

        // Final accounts of the year: the companion table states that year. By hand: 2 meetings, 50 × 1 + 20 × 2 = 90 人天,
        // 27,500.00 settled + 10,000.00 budget = 37,500.00, one unsettled; training 4 courses, 180 trainees, 32,000.00.
        await (await Admin.PostJsonAsync($"{CostsSetup.Root}/final-accounts", new { organId = organ, year, approvedOn = $"{year + 1}-03-31" }))
            .ReadAsync<FinalAccountResponse>(HttpStatusCode.Created);
        var expected = new DisclosureCompanion(year, 2, 90, 37_500.00m, 1, 4, 180, 32_000.00m);
        var finalPack = await (await Admin.GetAsync($"{CostsSetup.Root}/disclosures/{organ}/{year}?kind=FinalAccount")).ReadAsync<DisclosureResponse>();
        Assert.Equal(expected, finalPack.Companion);
        var csv = await (await Admin.GetAsync($"{CostsSetup.Root}/disclosures/{organ}/{year}?kind=FinalAccount&format=Csv")).Content.ReadAsStringAsync();
        Assert.Contains($"\r\n\r\ncompanion,year,count,persons,cost,unsettled\r\nMeetings,{year},2,90,37500.00,1\r\nTraining,{year},4,180,32000.00,\r\n", csv, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFEFF', csv.TrimStart('\uFEFF'));

        // The next year's budget pack states this year's actuals, the companion table too; a year with nothing: zeros, training unknown (null).
        await BudgetAsync(Admin, Budget(organ, year: year + 1, approvedOn: $"{year + 1}-02-10"));
        var budgetPack = await (await Admin.GetAsync($"{CostsSetup.Root}/disclosures/{organ}/{year + 1}?kind=Budget")).ReadAsync<DisclosureResponse>();
        Assert.Equal(expected, budgetPack.Companion);
        await BudgetAsync(Admin, Budget(organ, year: year, approvedOn: $"{year}-02-10"));
        var earlier = await (await Admin.GetAsync($"{CostsSetup.Root}/disclosures/{organ}/{year}?kind=Budget")).ReadAsync<DisclosureResponse>();
        Assert.Equal(new DisclosureCompanion(year - 1, 0, 0, 0.00m, 0, null, null, null), earlier.Companion);
        var emptyCsv = await (await Admin.GetAsync($"{CostsSetup.Root}/disclosures/{organ}/{year}?kind=Budget&format=Csv")).Content.ReadAsStringAsync();
        Assert.Contains($"Training,{year - 1},,,,\r\n", emptyCsv, StringComparison.Ordinal);

        // Published, the table is frozen with the pack: a later training entry changes the draft figures only.
        var published = await (await Admin.PostJsonAsync($"{CostsSetup.Root}/disclosures/{organ}/{year}/publish",
            new { kind = "FinalAccount", reasons = Array.Empty<object>() })).ReadAsync<DisclosureResponse>();
        Assert.Equal(expected, published.Companion);
        await (await PutAsync(Admin, organ, year, Entry(amount: 1m), "\"2\"")).ReadAsync<TrainingCostResponse>();
        Assert.Equal(expected, (await (await Admin.GetAsync($"{CostsSetup.Root}/disclosures/{organ}/{year}?kind=FinalAccount")).ReadAsync<DisclosureResponse>()).Companion);
        Assert.Equal(1.00m, (await (await Admin.GetAsync($"{CostsSetup.Root}/disclosures/{organ}/{year + 1}?kind=Budget")).ReadAsync<DisclosureResponse>()).Companion!.TrainingCost);
    }

    [ProviderTheory]
    [InlineData("""{"amount":1.001,"courses":1,"trainees":1}""", "amount:costs.money-invalid")]
    [InlineData("""{"amount":-1,"courses":1,"trainees":1}""", "amount:costs.money-invalid")]
    [InlineData("""{"amount":1,"courses":-1,"trainees":1}""", "courses:field.out-of-range")]
    [InlineData("""{"amount":1,"courses":1,"trainees":1000001}""", "trainees:field.out-of-range")]
    [InlineData("""{"amount":1,"courses":1}""", "", "request.member-missing")]
    [InlineData("""{"amount":"many","courses":1,"trainees":1}""", "", "request.malformed")]
    public async Task Bad_training_entries_are_400_and_write_nothing(string body, string fieldError, string code = "request.invalid")
    {
        var organ = (await Logistics.LogisticsSetup.OrganAsync(Admin)).Id;
        var problem = await (await Admin.SendAsync(Http.Request(HttpMethod.Put, $"{Training}/{organ}/2026", body, ifMatch: "\"0\""))).ProblemAsync(HttpStatusCode.BadRequest, code);
        if (fieldError.Length > 0)
        {
            Assert.Contains(fieldError, problem.FieldErrors());
        }
        Assert.Contains("note:field.too-long", (await (await PutAsync(Admin, organ, 2026, new { amount = 1m, courses = 1, trainees = 1, note = new string('训', 501) }, "\"0\""))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("year:costs.year-invalid", (await (await PutAsync(Admin, organ, 1999, Entry(), "\"0\"")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Admin.GetAsync($"{Training}/{organ}/2101")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal(0, await fixture.CountAsync("costs_training_cost", "organ_id = @Id", new { Id = organ }));
    }

    [ProviderFact]
    public async Task An_organ_enters_and_sees_its_own_training_costs_only()
    {
        var own = (await Logistics.LogisticsSetup.OrganAsync(Admin)).Id;
        var other = (await Logistics.LogisticsSetup.OrganAsync(Admin)).Id;
        var key = (await (await Admin.PostJsonAsync("/api/v1/access/api-keys", new { name = "财务系统", organId = own, scopes = new[] { "costs.read", "costs.write" } }))
            .ReadAsync<OrganAffairs.Contracts.Access.IssuedApiKeyResponse>(HttpStatusCode.Created)).Key;
        var client = fixture.ClientFor(fixture.Factory, key);
        Assert.Equal(1L, (await (await PutAsync(client, own, 2026, Entry(), "\"0\"")).ReadAsync<TrainingCostResponse>()).Version);
        Assert.Equal(32_000.00m, (await (await client.GetAsync($"{Training}/{own}/2026")).ReadAsync<TrainingCostResponse>()).Amount);
        await (await client.GetAsync($"{Training}/{other}/2026")).ProblemAsync(HttpStatusCode.NotFound, "costs.organ-not-found");
        await (await PutAsync(client, other, 2026, Entry(), "\"0\"")).ProblemAsync(HttpStatusCode.NotFound, "costs.organ-not-found");
        await (await PutAsync(Admin, Guid.NewGuid(), 2026, Entry(), "\"0\"")).ProblemAsync(HttpStatusCode.NotFound, "costs.organ-not-found");
        Assert.Equal(0, await fixture.CountAsync("costs_training_cost", "organ_id = @Id", new { Id = other }));
    }

    [ProviderFact]
    public async Task Two_first_training_entries_at_once_write_one_and_answer_the_other_412()
    {
        var organ = (await Logistics.LogisticsSetup.OrganAsync(Admin)).Id;
        var second = fixture.ClientFor(fixture.CreateFactory());
        var answers = await Task.WhenAll(PutAsync(Admin, organ, 2026, Entry(amount: 1m), "\"0\""), PutAsync(second, organ, 2026, Entry(amount: 2m), "\"0\""));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], answers.Select(a => a.StatusCode).Order());
        Assert.Equal(1, await fixture.CountAsync("costs_training_cost", "organ_id = @Id AND version = 1", new { Id = organ }));
    }
}
