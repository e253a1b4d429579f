using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Costs.CostsSetup;
using static OrganAffairs.Tests.Integration.Reception.ReceptionSetup;

namespace OrganAffairs.Tests.Integration.Costs;

/// <summary>Disclosure packs (T3 deadline, T4 statistics and reasons), on a Host whose clock the test moves (issue 22 item 5).</summary>
public abstract class CostsDisclosureTests(ApiFixture fixture)
{
    private const string Url = CostsSetup.Root + "/disclosures";

    /// <summary>Noon in Asia/Shanghai (04:00 UTC) of a business date.</summary>
    private static DateTimeOffset Noon(int year, int month, int day) => new(year, month, day, 4, 0, 0, TimeSpan.Zero);

    private (HttpClient Client, FakeTimeProvider Time, WebApplicationFactory<Program> Factory) FakeTimeHost(DateTimeOffset now)
    {
        var time = new FakeTimeProvider(now);
        var factory = fixture.CreateFactory(services: s => s.AddSingleton<TimeProvider>(time));
        return (fixture.ClientFor(factory), time, factory);
    }

    [ProviderFact]
    public async Task A_year_end_to_end_the_budget_pack_equals_the_hand_computed_table_due_on_day_20_and_overdue_on_day_21()
    {
        var admin = fixture.Client;
        var (organ, _, _) = await TripsApiTests.FleetAsync(admin);        // one vehicle dated 2026-03-01, registered without a method: held, not bought
        var staff = await StaffAsync(admin, organ.Id);
        await ApprovedAsync(admin, organ.Id, staff);                         // one reception, 3 guests, in 2026
        // 2025 actuals: reception 1,000.00 (an original, a duplicate and a −40.00 correction), vehicle operation 500.00.
        var cost = ReceptionCost(organ.Id, 104_000, "2025-05-01");
        await DeliverAsync(fixture.Factory, cost);
        await DeliverAsync(fixture.Factory, cost);
        await DeliverAsync(fixture.Factory, ReceptionCost(organ.Id, 100_000, "2025-05-01", cost.SourceId, cost.EventId, -4_000));
        await DeliverAsync(fixture.Factory, new OrganAffairs.Contracts.Vehicles.VehicleCostRecorded(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), Guid.NewGuid(),
            organ.Id, OrganAffairs.Contracts.Vehicles.CostKind.Repair, "VehicleOperation", 50_000, new DateOnly(2025, 12, 31), null, null));
        // And from ForeignAffairs, outbound visits 250.00: an expense line of 300.00 (delivered twice) and a −50.00 correction of it.
        var visit = new OrganAffairs.Contracts.ForeignAffairs.OutboundVisitCostRecorded(Guid.NewGuid(), DateTimeOffset.UtcNow, organ.Id, "OutboundVisit", 30_000,
            new DateOnly(2025, 9, 15), Guid.NewGuid(), Guid.NewGuid(), OrganAffairs.Contracts.ForeignAffairs.ExpenseCategory.Lodging, null, null);
        await DeliverAsync(fixture.Factory, visit);
        await DeliverAsync(fixture.Factory, visit);
        await DeliverAsync(fixture.Factory, visit with { EventId = Guid.NewGuid(), AmountFen = -5_000, SourceId = Guid.NewGuid(), CorrectsEventId = visit.EventId, DifferenceFen = -5_000 });
        await BudgetAsync(admin, Budget(organ.Id, approvedOn: "2026-02-10", reception: 1100m, purchase: 250_000m, operation: 500m, visits: 250m));

        var (client, _, _) = FakeTimeHost(Noon(2026, 3, 2));
        var pack = await (await client.GetAsync($"{Url}/{organ.Id}/2026?kind=Budget")).ReadAsync<DisclosureResponse>();
        Assert.Equal((DisclosureStatus.Draft, new DateOnly(2026, 3, 2), false, 10m), (pack.Status, pack.DueOn, pack.Overdue, pack.ThresholdPercent));
        Assert.Equal(
            [
                new DisclosureLineResponse(CostLine.Reception, 1000.00m, 1100.00m, 100.00m, 10.00m, false, null),
                new DisclosureLineResponse(CostLine.VehiclePurchase, 0.00m, 250_000.00m, 250_000.00m, null, true, null),
                new DisclosureLineResponse(CostLine.VehicleOperation, 500.00m, 500.00m, 0.00m, 0.00m, false, null),
                new DisclosureLineResponse(CostLine.OutboundVisit, 250.00m, 250.00m, 0.00m, 0.00m, false, null),
            ], pack.Lines);
        Assert.Equal((1750.00m, 251_850.00m), (pack.PreviousTotal, pack.CurrentTotal));
        Assert.Equal(new DisclosureStatistics(0, 0, 0, 1, 1, 3, 0, 0), pack.Statistics);

        var csv = await (await client.GetAsync($"{Url}/{organ.Id}/2026?kind=Budget&format=Csv")).Content.ReadAsStringAsync();
        Assert.Contains("line,previous,current,change,changePercent,reasonRequired,reason\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("VehiclePurchase,0.00,250000.00,250000.00,,true,", csv, StringComparison.Ordinal);

        var (dayAfter, _, _) = FakeTimeHost(Noon(2026, 3, 3));
        Assert.True((await (await dayAfter.GetAsync($"{Url}/{organ.Id}/2026?kind=Budget")).ReadAsync<DisclosureResponse>()).Overdue);

        // T4: the vehicle purchase line changed beyond 10 %: no publication without its reason.
        var refused = await (await client.PostJsonAsync($"{Url}/{organ.Id}/2026/publish", new { kind = "Budget", reasons = Array.Empty<object>() }))
            .ProblemAsync((HttpStatusCode)422, "costs.reason-missing");
        Assert.Equal("T4: VehiclePurchase", refused.GetProperty("detail").GetString());
        var published = await (await client.PostJsonAsync($"{Url}/{organ.Id}/2026/publish",
            new { kind = "Budget", reasons = new[] { new { line = "VehiclePurchase", reason = "更新一辆到期公务用车" } } })).ReadAsync<DisclosureResponse>();
        Assert.Equal((DisclosureStatus.Published, false, "更新一辆到期公务用车"), (published.Status, published.Overdue, published.Lines[1].Reason));
        await (await client.PostJsonAsync($"{Url}/{organ.Id}/2026/publish", new { kind = "Budget", reasons = Array.Empty<object>() }))
            .ProblemAsync(HttpStatusCode.Conflict, "costs.disclosure-published");

        // Published is frozen: a late 2025 cost changes the actuals, not the published table.
        await DeliverAsync(fixture.Factory, ReceptionCost(organ.Id, 1_000, "2025-06-01"));
        var frozen = await (await admin.GetAsync($"{Url}/{organ.Id}/2026?kind=Budget")).ReadAsync<DisclosureResponse>();
        Assert.Equal((1750.00m, published.PublishedAt), (frozen.PreviousTotal, frozen.PublishedAt));
    }

    [ProviderFact]
    public async Task The_final_accounts_pack_is_due_20_days_after_their_approval_and_published_late_stays_overdue()
    {
        var organ = await OrganAsync(fixture.Client);
        await DeliverAsync(fixture.Factory, ReceptionCost(organ.Id, 30_000, "2026-04-01"));
        await (await fixture.Client.PostJsonAsync($"{CostsSetup.Root}/final-accounts", new { organId = organ.Id, year = 2026, approvedOn = "2027-06-30" }))
            .ReadAsync<FinalAccountResponse>(HttpStatusCode.Created);
        var (client, time, _) = FakeTimeHost(Noon(2027, 7, 20));
        var pack = await (await client.GetAsync($"{Url}/{organ.Id}/2026?kind=FinalAccount")).ReadAsync<DisclosureResponse>();
        Assert.Equal((new DateOnly(2027, 7, 20), false, 300.00m), (pack.DueOn, pack.Overdue, pack.CurrentTotal));
        time.Advance(TimeSpan.FromDays(1));
        var late = await (await client.PostJsonAsync($"{Url}/{organ.Id}/2026/publish",
            new { kind = "FinalAccount", reasons = new[] { new { line = "Reception", reason = "新增招商接待任务" } } })).ReadAsync<DisclosureResponse>();
        Assert.Equal((DisclosureStatus.Published, true), (late.Status, late.Overdue));
        // The budget pack of that year is another pack: no budget recorded.
        await (await client.GetAsync($"{Url}/{organ.Id}/2026?kind=Budget")).ProblemAsync(HttpStatusCode.NotFound, "costs.budget-not-found");
    }

    [ProviderFact]
    public async Task Bad_disclosure_input_is_400_and_another_organs_pack_is_404()
    {
        var admin = fixture.Client;
        var organ = await OrganAsync(admin);
        await BudgetAsync(admin, Budget(organ.Id));
        await (await admin.GetAsync($"{Url}/{organ.Id}/2026")).ProblemAsync(HttpStatusCode.BadRequest, "request.parameter-missing");
        Assert.Contains("kind:request.enum-invalid", (await (await admin.GetAsync($"{Url}/{organ.Id}/2026?kind=budget")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("year:costs.year-invalid", (await (await admin.GetAsync($"{Url}/{organ.Id}/1999?kind=Budget")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("reasons[0].reason:field.required", (await (await admin.PostJsonAsync($"{Url}/{organ.Id}/2026/publish",
            new { kind = "Budget", reasons = new[] { new { line = "Reception", reason = "" } } })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Equal(0, await fixture.CountAsync("costs_disclosure", "organ_id = @Id", new { organ.Id }));

        var (own, _, key) = await OrganWithKeyAsync(admin);
        var client = fixture.ClientFor(fixture.Factory, key);
        await (await client.GetAsync($"{Url}/{organ.Id}/2026?kind=Budget")).ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        var costsKey = (await (await admin.PostJsonAsync("/api/v1/access/api-keys", new { name = "财务系统", organId = own.Id, scopes = new[] { "costs.read", "costs.write" } }))
            .ReadAsync<OrganAffairs.Contracts.Access.IssuedApiKeyResponse>(HttpStatusCode.Created)).Key;
        var costs = fixture.ClientFor(fixture.Factory, costsKey);
        await (await costs.GetAsync($"{Url}/{organ.Id}/2026?kind=Budget")).ProblemAsync(HttpStatusCode.NotFound, "costs.organ-not-found");
        await (await costs.PostJsonAsync($"{Url}/{organ.Id}/2026/publish", new { kind = "Budget", reasons = Array.Empty<object>() }))
            .ProblemAsync(HttpStatusCode.NotFound, "costs.organ-not-found");
    }
}
