using System.Net;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Guidance.Features;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.Guidance;

/// <summary>
/// The violations dashboard (issue 21, item 5): a read model of the modules' ViolationOpened / ViolationClosed events,
/// backfilled once from their Contracts queries, keyed by the violation id; per organ, division, duty and kind; CSV;
/// a county bureau sees its own organs' rows only.
/// </summary>
public abstract class GuidanceViolationTests(ApiFixture fixture)
{
    private const string Url = "/api/v1/guidance/violations";
    private HttpClient Admin => fixture.Client;

    private static readonly string[] Scopes = ["organs.read", "vehicles.read", "guidance.read", "guidance.write"];

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}");
            await Task.Delay(100);
        }
    }

    /// <summary>An organ of the division over its vehicle quota (V6): two vehicles held, one approved. Answers the organ.</summary>
    private async Task<Guid> OverQuotaOrganAsync(string division)
    {
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Admin, perCategory: 2, division: division, level: division == "320100" ? "Municipal" : "County");
        for (var i = 0; i < 2; i++)
        {
            await (await Admin.PostJsonAsync("/api/v1/vehicles", VehicleTestData.Vehicle(organ.Id, purchasedOn: "2015-01-01"))).ReadAsync<VehicleResponse>(HttpStatusCode.Created);
        }
        await SetQuotaAsync(organ.Id, 1);
        return organ.Id;
    }

    private async Task SetQuotaAsync(Guid organId, int approved) =>
        await (await Admin.PutJsonAsync($"/api/v1/vehicles/quotas/{organId}", new
        {
            quotas = new object[] { new { category = "EmergencySupport", approved }, new { category = "Other", approved = 5 } },
        }, null)).ReadAsync<QuotaResponse>();

    private static async Task<PagedResult<GuidanceViolationResponse>> ListAsync(HttpClient client, string query) =>
        await (await client.GetAsync($"{Url}?pageSize=200&{query}")).ReadAsync<PagedResult<GuidanceViolationResponse>>();

    private static async Task<IReadOnlyList<ViolationDashboardRow>> DashboardAsync(HttpClient client, string query) =>
        await (await client.GetAsync($"{Url}/dashboard?{query}")).ReadAsync<List<ViolationDashboardRow>>();

    /// <summary>Waits until the organ's violations in the read model are <paramref name="open"/> open and <paramref name="closed"/> closed.</summary>
    private Task WaitForAsync(Guid organId, int open, int closed) =>
        WaitUntilAsync(async () =>
        {
            var items = (await ListAsync(Admin, $"organId={organId}")).Items;
            return items.Count(v => v.State == ViolationState.Open) == open && items.Count(v => v.State == ViolationState.Closed) == closed;
        }, $"{open} open and {closed} closed violations of organ {organId} on the dashboard");

    /// <summary>A county's bureau (flagged) with a key of the Guidance scopes.</summary>
    private async Task<(Guid Bureau, HttpClient Client)> CountyBureauAsync(string division)
    {
        var bureau = await (await Admin.PostJsonAsync("/api/v1/organs", new
        {
            name = "县机关事务管理局", divisionCode = division, unifiedSocialCreditCode = TestData.Uscc(division), level = "County", type = "GovernmentDepartment", isBureau = true,
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var key = await (await Admin.PostJsonAsync("/api/v1/access/api-keys", new { name = "县级系统", organId = bureau.Id, scopes = Scopes }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        return (bureau.Id, fixture.ClientFor(fixture.Factory, key.Key));
    }

    [ProviderFact]
    public async Task A_violation_a_module_opens_and_closes_reaches_the_dashboard_once()
    {
        var organ = await OverQuotaOrganAsync("320100");
        await WaitForAsync(organ, open: 1, closed: 0);
        var opened = Assert.Single((await ListAsync(Admin, $"organId={organ}&state=Open")).Items);
        Assert.Equal((Duty.Vehicles, "vehicles.over-quota", "V6", "320100"), (opened.Duty, opened.Kind, opened.RuleId, opened.DivisionCode));
        Assert.Equal(opened, await (await Admin.GetAsync($"{Url}/{opened.Id}")).ReadAsync<GuidanceViolationResponse>());
        Assert.Equal(1, await fixture.CountAsync("shared_violation", "id = @Id", new { opened.Id }));

        var row = Assert.Single(await DashboardAsync(Admin, $"organId={organ}"));
        Assert.Equal((organ, (string?)null, Duty.Vehicles, "vehicles.over-quota", 1, opened.OpenedOn, opened.Id),
            (row.OrganId, row.DivisionCode, row.Duty, row.Kind, row.OpenCount, row.OldestOpenedOn, row.OldestViolationId));
        Assert.Equal([opened.Id], row.ViolationIds);

        // The same event delivered again changes nothing.
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<OrganAffairs.Shared.Security.CurrentPrincipal>().SetSystem();
            var v = new Violation(opened.Id, organ, "320100", Duty.Vehicles, opened.Kind, opened.SubjectId, opened.RuleId, opened.RuleVersionId);
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RecordViolationCommand(v, opened.OpenedOn, opened.DueOn, null));
        }
        Assert.Equal(1, await fixture.CountAsync("guidance_violation", "organ_id = @Organ", new { Organ = organ }));

        // Corrected in Vehicles: closed here, and gone from the dashboard of open violations.
        await SetQuotaAsync(organ, 2);
        await WaitForAsync(organ, open: 0, closed: 1);
        var closed = await (await Admin.GetAsync($"{Url}/{opened.Id}")).ReadAsync<GuidanceViolationResponse>();
        Assert.Equal((ViolationState.Closed, ViolationCloseReason.Corrected), (closed.State, closed.CloseReason));
        Assert.NotNull(closed.ClosedOn);
        Assert.Empty(await DashboardAsync(Admin, $"organId={organ}"));
        Assert.Single((await ListAsync(Admin, $"organId={organ}&state=Closed")).Items);
        Assert.Empty((await ListAsync(Admin, $"organId={organ}&state=Open")).Items);
    }

    [ProviderFact]
    public async Task A_closing_delivered_before_its_opening_leaves_the_violation_closed()
    {
        var organ = (await VehiclesApiTests.OrganWithQuotaAsync(Admin)).Id;
        var v = new Violation(Guid.NewGuid(), organ, "320100", Duty.Costs, "costs.late-survey", Guid.NewGuid(), "C1", null);
        var on = new DateOnly(2026, 3, 2);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganAffairs.Shared.Security.CurrentPrincipal>().SetSystem();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        await mediator.Send(new RecordViolationCommand(v, on, null, new ViolationClosing(on.AddDays(3), ViolationCloseReason.Corrected, "报送")));
        await mediator.Send(new RecordViolationCommand(v, on, on.AddDays(30), null));
        var row = await (await Admin.GetAsync($"{Url}/{v.ViolationId}")).ReadAsync<GuidanceViolationResponse>();
        Assert.Equal((ViolationState.Closed, on.AddDays(3), "报送"), (row.State, row.ClosedOn, row.Note));
        Assert.Empty(await DashboardAsync(Admin, $"organId={organ}"));
    }

    [ProviderFact]
    public async Task The_backfill_loads_each_sources_open_violations_once_and_never_twice_with_the_events()
    {
        var organ = await OverQuotaOrganAsync("320100");
        await WaitForAsync(organ, open: 1, closed: 0);
        var id = Assert.Single((await ListAsync(Admin, $"organId={organ}")).Items).Id;
        var backfill = fixture.Factory.Services.GetRequiredService<ViolationBackfill>();

        // At the first start every source was loaded: running it again loads nothing.
        Assert.All(await backfill.RunAsync(CancellationToken.None), r => Assert.Null(r.Value));
        Assert.Equal(ViolationSources.All.Count, await fixture.CountAsync("guidance_violation_backfill"));

        // A dashboard that starts after the violation was published (its row and the backfill record gone) loads it from Vehicles.
        await using (var connection = fixture.OpenConnection())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "DELETE FROM guidance_violation WHERE organ_id = @Organ", new { Organ = organ });
            await Dapper.SqlMapper.ExecuteAsync(connection, "DELETE FROM guidance_violation_backfill");
        }
        Assert.Empty((await ListAsync(Admin, $"organId={organ}")).Items);
        var loaded = await backfill.RunAsync(CancellationToken.None);
        Assert.Equal(ViolationSources.All.Keys.Order(), loaded.Keys.Order());
        Assert.True(loaded["Vehicles"] >= 1);
        var row = Assert.Single((await ListAsync(Admin, $"organId={organ}")).Items);
        Assert.Equal((id, ViolationState.Open, "vehicles.over-quota"), (row.Id, row.State, row.Kind));

        // Once per source, and keyed by the violation id: neither a second run nor the event again counts it twice.
        Assert.All(await backfill.RunAsync(CancellationToken.None), r => Assert.Null(r.Value));
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<OrganAffairs.Shared.Security.CurrentPrincipal>().SetSystem();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new BackfillViolationsCommand("Vehicles"));
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RecordViolationCommand(
                new Violation(id, organ, "320100", Duty.Vehicles, row.Kind, row.SubjectId, row.RuleId, row.RuleVersionId), row.OpenedOn, row.DueOn, null));
        }
        Assert.Equal(1, await fixture.CountAsync("guidance_violation", "organ_id = @Organ", new { Organ = organ }));
        Assert.Equal(1, Assert.Single(await DashboardAsync(Admin, $"organId={organ}")).OpenCount);

        // Its closing still arrives as an event.
        await SetQuotaAsync(organ, 2);
        await WaitForAsync(organ, open: 0, closed: 1);
    }

    [ProviderFact]
    public async Task A_county_bureau_sees_its_own_organs_rows_and_the_city_tells_its_own_level_from_the_whole()
    {
        var (bureauA, countyA) = await CountyBureauAsync("320111");
        var (bureauB, _) = await CountyBureauAsync("320113");
        var organA = await OverQuotaOrganAsync("320111");
        var organB = await OverQuotaOrganAsync("320113");
        var city = await OverQuotaOrganAsync("320100");
        foreach (var organ in new[] { organA, organB, city })
        {
            await WaitForAsync(organ, open: 1, closed: 0);
        }
        var idB = Assert.Single((await ListAsync(Admin, $"organId={organB}")).Items).Id;
        var idA = Assert.Single((await ListAsync(Admin, $"organId={organA}")).Items).Id;

        // County A: its own organ's rows only, in the list and in every grouping; county B's violation is 404, its bureau a 400 reference.
        Assert.All((await ListAsync(countyA, "")).Items, v => Assert.StartsWith("320111", v.DivisionCode, StringComparison.Ordinal));
        Assert.Contains((await ListAsync(countyA, "")).Items, v => v.Id == idA);
        foreach (var grouping in Enum.GetNames<ViolationGrouping>())
        {
            var rows = await DashboardAsync(countyA, $"groupBy={grouping}");
            Assert.All(rows, r => Assert.DoesNotContain(idB, r.ViolationIds));
            Assert.Contains(rows, r => r.ViolationIds.Contains(idA));
        }
        Assert.All(await DashboardAsync(countyA, "groupBy=Organ"), r => Assert.NotEqual(organB, r.OrganId));
        Assert.Equal("320111", Assert.Single(await DashboardAsync(countyA, "groupBy=Division&duty=Vehicles")).DivisionCode);
        await (await countyA.GetAsync($"{Url}/{idB}")).ProblemAsync(HttpStatusCode.NotFound, "guidance.violation-not-found");
        await (await countyA.GetAsync($"{Url}/{idA}")).ReadAsync<GuidanceViolationResponse>();
        var problem = await (await countyA.GetAsync($"{Url}/dashboard?bureauId={bureauB}")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal(["bureauId:guidance.bureau-ref-not-found"], problem.FieldErrors());
        Assert.Empty((await ListAsync(countyA, $"organId={organB}")).Items);

        // The city: 本级 is the organs with exactly its code; the whole jurisdiction has the counties' too.
        var own = await DashboardAsync(Admin, $"bureauId={fixture.BureauOrganId}&level=Own&groupBy=Organ&duty=Vehicles");
        Assert.Contains(own, r => r.OrganId == city);
        Assert.DoesNotContain(own, r => r.OrganId == organA || r.OrganId == organB);
        var whole = await DashboardAsync(Admin, $"bureauId={fixture.BureauOrganId}&level=Whole&groupBy=Organ&duty=Vehicles");
        Assert.Contains(whole, r => r.OrganId == city);
        Assert.Contains(whole, r => r.OrganId == organA);
        Assert.Contains(whole, r => r.OrganId == organB);
        var byDivision = await DashboardAsync(Admin, "groupBy=Division&kind=vehicles.over-quota");
        Assert.Equal(1, Assert.Single(byDivision, r => r.DivisionCode == "320111").OpenCount);
        Assert.Equal(1, Assert.Single(byDivision, r => r.DivisionCode == "320113").OpenCount);
        var countyOnly = await DashboardAsync(Admin, $"bureauId={bureauA}&groupBy=Kind");
        Assert.Equal(1, Assert.Single(countyOnly, r => r.Kind == "vehicles.over-quota").OpenCount);
        Assert.Null(countyOnly[0].OrganId);
        var duty = Assert.Single(await DashboardAsync(Admin, $"bureauId={bureauA}&level=Own&groupBy=Duty"));
        Assert.Equal((Duty.Vehicles, (string?)null, 1), (duty.Duty, duty.Kind, duty.OpenCount));

        // CSV: a header and one line per row, the ids joined by spaces.
        var request = new HttpRequestMessage(HttpMethod.Get, $"{Url}/dashboard?bureauId={bureauA}&groupBy=Organ");
        request.Headers.Accept.ParseAdd("text/csv");
        var csv = await Admin.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("organId,divisionCode,duty,kind,openCount,overdueCount,oldestOpenedOn,oldestViolationId,violationIds", lines[0]);
        Assert.Contains(lines, l => l.StartsWith($"{organA},,Vehicles,vehicles.over-quota,1,", StringComparison.Ordinal) && l.EndsWith(idA.ToString(), StringComparison.Ordinal));
    }

    [ProviderFact]
    public async Task Bad_parameters_are_400_with_their_codes_and_a_missing_violation_404()
    {
        var ordinary = await VehiclesApiTests.OrganWithQuotaAsync(Admin);
        var tooLong = new string('k', 101);
        var cases = new (string Url, string Field)[]
        {
            ($"{Url}/dashboard?groupBy=Nope", "groupBy:request.enum-invalid"),
            ($"{Url}/dashboard?groupBy=organ", "groupBy:request.enum-invalid"),
            ($"{Url}?state=Pending", "state:request.enum-invalid"),
            ($"{Url}/dashboard?kind={tooLong}", "kind:field.too-long"),
            ($"{Url}?kind={tooLong}", "kind:field.too-long"),
            ($"{Url}/dashboard?level=Own", "level:guidance.level-without-bureau"),
            ($"{Url}?level=Whole", "level:guidance.level-without-bureau"),
            ($"{Url}/dashboard?bureauId={ordinary.Id}", "bureauId:guidance.bureau-ref-not-found"),
            ($"{Url}?bureauId={Guid.NewGuid()}", "bureauId:guidance.bureau-ref-not-found"),
            ($"{Url}?sort=kind", "sort:sorting.invalid"),
            ($"{Url}?pageSize=201", "pageSize:paging.invalid"),
        };
        foreach (var (url, field) in cases)
        {
            var problem = await (await Admin.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
            Assert.Contains(field, problem.FieldErrors());
        }
        await (await Admin.GetAsync($"{Url}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "guidance.violation-not-found");
    }
}
