using System.Net;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

public abstract class LifecycleApiTests(ApiFixture fixture)
{
    private const string Url = "/api/v1/vehicles";
    private HttpClient Client => fixture.Client;

    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);

    private async Task<VehicleResponse> VehicleAsync(Guid organId, string purchasedOn = "2026-03-01", int odometer = 10, string category = "Other") =>
        await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organId, category, purchasedOn: purchasedOn, odometer: odometer))).ReadAsync<VehicleResponse>(HttpStatusCode.Created);

    private async Task<ReminderResponse> ReminderAsync(Guid vehicleId, DateOnly? dueOn, int? dueKm, string kind = "Maintenance") =>
        await (await Client.PostJsonAsync($"{Url}/{vehicleId}/reminders", new { kind, dueOn = dueOn?.ToString("yyyy-MM-dd"), dueKm, note = "测试" }))
            .ReadAsync<ReminderResponse>(HttpStatusCode.Created);

    [ProviderFact]
    public async Task Reminders_are_overdue_upcoming_or_later_by_date_and_mileage()
    {
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Client, perCategory: 10);
        var vehicle = await VehicleAsync(organ.Id, odometer: 10_000);
        var yesterday = await ReminderAsync(vehicle.Id, Today.AddDays(-1), null, "Insurance");
        var today = await ReminderAsync(vehicle.Id, Today, null, "AnnualInspection");
        var inSixtyDays = await ReminderAsync(vehicle.Id, Today.AddDays(60), null);
        var mileageReached = await ReminderAsync(vehicle.Id, null, 10_000);
        var mileageNear = await ReminderAsync(vehicle.Id, null, 11_000);
        var mileageFar = await ReminderAsync(vehicle.Id, null, 11_001);
        Assert.Equal(
            [ReminderState.Overdue, ReminderState.Upcoming, ReminderState.Later, ReminderState.Overdue, ReminderState.Upcoming, ReminderState.Later],
            new[] { yesterday, today, inSixtyDays, mileageReached, mileageNear, mileageFar }.Select(r => r.State).ToArray());

        var overdue = await (await Client.GetAsync($"{Url}/reminders?vehicleId={vehicle.Id}&state=Overdue")).ReadAsync<PagedResult<ReminderResponse>>();
        Assert.Equal(new[] { yesterday.Id, mileageReached.Id }.Order(), overdue.Items.Select(r => r.Id).Order());
        var upcoming = await (await Client.GetAsync($"{Url}/reminders?vehicleId={vehicle.Id}&state=Upcoming&withinDays=60")).ReadAsync<PagedResult<ReminderResponse>>();
        Assert.Equal(3, upcoming.TotalCount);

        var done = await (await Client.PostJsonAsync($"{Url}/reminders/{yesterday.Id}/done", new { doneOn = Today.ToString("yyyy-MM-dd") })).ReadAsync<ReminderResponse>();
        Assert.Equal(ReminderState.Done, done.State);
        await (await Client.PostJsonAsync($"{Url}/reminders/{yesterday.Id}/done", new { doneOn = Today.ToString("yyyy-MM-dd") })).ProblemAsync(HttpStatusCode.Conflict, "vehicles.reminder-done");
        Assert.Single((await (await Client.GetAsync($"{Url}/reminders?vehicleId={vehicle.Id}&state=Overdue")).ReadAsync<PagedResult<ReminderResponse>>()).Items);
    }

    [ProviderFact]
    public async Task Bad_reminder_input_is_400()
    {
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Client);
        var vehicle = await VehicleAsync(organ.Id);
        var bad = await (await Client.PostJsonAsync($"{Url}/{vehicle.Id}/reminders", new { kind = "Maintenance" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("dueOn:vehicles.reminder-due-missing", bad.FieldErrors());
        Assert.Contains("kind:request.enum-invalid", (await (await Client.PostRawAsync($"{Url}/{vehicle.Id}/reminders", """{"kind":"Wash","dueKm":10}""")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.PostJsonAsync($"{Url}/{vehicle.Id}/reminders", new { kind = "Maintenance", dueKm = 0 })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.PostJsonAsync($"{Url}/{Guid.NewGuid()}/reminders", new { kind = "Maintenance", dueKm = 10 })).ProblemAsync(HttpStatusCode.NotFound, "vehicles.vehicle-not-found");
        await (await Client.GetAsync($"{Url}/reminders?state=Done")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Url}/reminders?withinDays=-1")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.PostJsonAsync($"{Url}/reminders/{Guid.NewGuid()}/done", new { doneOn = "2026-01-01" })).ProblemAsync(HttpStatusCode.NotFound, "vehicles.reminder-not-found");
        Assert.Equal(0, await fixture.CountAsync("vehicles_reminder", "vehicle_id = @Id", new { vehicle.Id }));
    }

    [ProviderFact]
    public async Task Renewal_eligibility_is_at_the_age_or_the_mileage_boundary()
    {
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Client, perCategory: 10);
        var old = await VehicleAsync(organ.Id, purchasedOn: "2018-03-01");
        var justBefore = await (await Client.GetAsync($"{Url}/{old.Id}/renewal-eligibility?on=2026-02-28")).ReadAsync<RenewalEligibilityResponse>();
        Assert.False(justBefore.Eligible);
        Assert.Equal(new DateOnly(2026, 3, 1), justBefore.EligibleByAgeFrom);
        Assert.StartsWith("U", justBefore.Source);
        Assert.True((await (await Client.GetAsync($"{Url}/{old.Id}/renewal-eligibility?on=2026-03-01")).ReadAsync<RenewalEligibilityResponse>()).Eligible);

        var driven = await VehicleAsync(organ.Id, purchasedOn: "2025-01-01", odometer: 250_000);
        var almost = await VehicleAsync(organ.Id, purchasedOn: "2025-01-01", odometer: 249_999);
        Assert.True((await (await Client.GetAsync($"{Url}/{driven.Id}/renewal-eligibility?on=2026-06-01")).ReadAsync<RenewalEligibilityResponse>()).Eligible);
        Assert.False((await (await Client.GetAsync($"{Url}/{almost.Id}/renewal-eligibility?on=2026-06-01")).ReadAsync<RenewalEligibilityResponse>()).Eligible);
        await (await Client.GetAsync($"{Url}/{Guid.NewGuid()}/renewal-eligibility")).ProblemAsync(HttpStatusCode.NotFound, "vehicles.vehicle-not-found");
    }

    [ProviderFact]
    public async Task Disposal_needs_eligibility_and_frees_the_quota()
    {
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Client, perCategory: 1);
        var vehicle = await VehicleAsync(organ.Id, purchasedOn: "2018-03-01");
        await ReminderAsync(vehicle.Id, Today.AddDays(-3), null, "Insurance");
        var dispose = new { method = "Auction", disposedOn = "2026-02-28", proceeds = 23_500.5m, reference = "苏财资〔2026〕15号", writeOffReference = (string?)null };
        var problem = await (await Client.PostJsonAsync($"{Url}/{vehicle.Id}/dispose", dispose)).ProblemAsync((HttpStatusCode)422, "vehicles.not-eligible-for-renewal");
        Assert.Contains("2026-03-01", problem.GetProperty("detail").GetString());
        Assert.Equal(VehicleStatus.Available, (await (await Client.GetAsync($"{Url}/{vehicle.Id}")).ReadAsync<VehicleResponse>()).Status);
        await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, "Other"))).ProblemAsync((HttpStatusCode)422, "vehicles.over-quota");

        var bad = await (await Client.PostJsonAsync($"{Url}/{vehicle.Id}/dispose", dispose with { writeOffReference = "定损" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("writeOffReference:vehicles.write-off-only-scrap", bad.FieldErrors());
        await (await Client.PostJsonAsync($"{Url}/{vehicle.Id}/dispose", dispose with { reference = "" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");

        var disposed = await (await Client.PostJsonAsync($"{Url}/{vehicle.Id}/dispose", dispose with { disposedOn = "2026-03-01" })).ReadAsync<VehicleResponse>();
        Assert.Equal((VehicleStatus.Disposed, DisposalMethod.Auction, 23_500.50m), (disposed.Status, disposed.DisposalMethod!.Value, disposed.DisposalProceeds!.Value));
        await (await Client.PostJsonAsync($"{Url}/{vehicle.Id}/dispose", dispose with { disposedOn = "2026-03-01" })).ProblemAsync(HttpStatusCode.Conflict, "vehicles.vehicle-disposed");
        // Its reminders leave the lists, and its quota place is free again.
        Assert.Empty((await (await Client.GetAsync($"{Url}/reminders?vehicleId={vehicle.Id}")).ReadAsync<PagedResult<ReminderResponse>>()).Items);
        await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, "Other"))).ReadAsync<VehicleResponse>(HttpStatusCode.Created);
    }

    [ProviderFact]
    public async Task A_written_off_vehicle_may_be_scrapped_early_with_its_appraisal_and_a_busy_one_not_at_all()
    {
        var (organ, vehicle, driver) = await TripsApiTests.FleetAsync(Client);
        var start = new DateTimeOffset(DateTimeOffset.UtcNow.UtcDateTime.Date, TimeSpan.Zero).AddDays(30);
        var trip = await TripsApiTests.ApprovedTripAsync(Client, organ.Id, start, start.AddHours(1));
        await (await Client.PostJsonAsync($"{Url}/trips/{trip.Id}/dispatch", new { vehicleId = vehicle.Id, driverId = driver.Id })).ReadAsync<TripResponse>();
        var scrap = new { method = "Scrap", disposedOn = Today.ToString("yyyy-MM-dd"), proceeds = 0m, reference = "报废审批", writeOffReference = "事故定损〔2026〕7号" };
        await (await Client.PostJsonAsync($"{Url}/{vehicle.Id}/dispose", scrap)).ProblemAsync(HttpStatusCode.Conflict, "vehicles.vehicle-has-trips");
        await (await Client.PostJsonAsync($"{Url}/trips/{trip.Id}/cancel", new { reason = "车辆事故" })).ReadAsync<TripResponse>();
        var scrapped = await (await Client.PostJsonAsync($"{Url}/{vehicle.Id}/dispose", scrap)).ReadAsync<VehicleResponse>();
        Assert.Equal(VehicleStatus.Disposed, scrapped.Status);
        Assert.Equal(1, await fixture.CountAsync("shared_audit", "entity_id = @Id AND changes LIKE @Ref", new { vehicle.Id, Ref = "%事故定损〔2026〕7号%" }));
        var trip2 = await TripsApiTests.ApprovedTripAsync(Client, organ.Id, start.AddDays(1), start.AddDays(1).AddHours(1));
        await (await Client.PostJsonAsync($"{Url}/trips/{trip2.Id}/dispatch", new { vehicleId = vehicle.Id, driverId = driver.Id })).ProblemAsync(HttpStatusCode.Conflict, "vehicles.vehicle-unavailable");
    }

    [ProviderFact]
    public async Task A_local_renewal_rule_is_a_new_version_for_its_jurisdiction()
    {
        var rule = new { jurisdiction = "440300", minAgeYears = 6, minMileageKm = 200_000, effectiveFrom = "2026-01-01", source = "深圳市测试规定" };
        var created = await (await Client.PostJsonAsync($"{Url}/rules/renewal", rule)).ReadAsync<RenewalRuleResponse>(HttpStatusCode.Created);
        Assert.Equal(6, created.MinAgeYears);
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Client, division: "440305");
        var vehicle = await VehicleAsync(organ.Id, purchasedOn: "2020-03-01");
        Assert.True((await (await Client.GetAsync($"{Url}/{vehicle.Id}/renewal-eligibility?on=2026-03-01")).ReadAsync<RenewalEligibilityResponse>()).Eligible);
        Assert.False((await (await Client.GetAsync($"{Url}/{vehicle.Id}/renewal-eligibility?on=2025-12-31")).ReadAsync<RenewalEligibilityResponse>()).Eligible);
        await (await Client.PostJsonAsync($"{Url}/rules/renewal", rule with { minAgeYears = 0 })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var inForce = await (await Client.GetAsync($"{Url}/rules/renewal?jurisdiction=440305&on=2026-06-01")).ReadAsync<List<RenewalRuleResponse>>();
        Assert.Equal("440300", Assert.Single(inForce).Jurisdiction);
    }

    private async Task<HttpClient> OrganClientAsync(Guid organId)
    {
        var key = await (await Client.PostJsonAsync("/api/v1/access/api-keys", new { name = "某局用车系统", organId, scopes = new[] { "vehicles.read", "vehicles.write" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        return fixture.ClientFor(fixture.Factory, key.Key);
    }

    [ProviderFact]
    public async Task An_upward_odometer_correction_that_opens_renewal_needs_the_bureau_and_an_approval()
    {
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Client, perCategory: 10);
        var organClient = await OrganClientAsync(organ.Id);
        var vehicle = await VehicleAsync(organ.Id, purchasedOn: "2025-01-01", odometer: 100);
        var url = $"{Url}/{vehicle.Id}/odometer-corrections";

        // Just short of the renewal mileage: an ordinary correction.
        var short1 = await (await organClient.PostJsonAsync(url, new { odometerKm = 249_999, reason = "仪表更换" })).ReadAsync<VehicleResponse>();
        Assert.Equal(249_999, short1.OdometerKm);
        // At it: the organ may not, the bureau only with an approval reference.
        await (await organClient.PostJsonAsync(url, new { odometerKm = 250_000, reason = "仪表更换", approvalReference = "苏机管〔2026〕21号" }))
            .ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        var missing = await (await Client.PostJsonAsync(url, new { odometerKm = 250_000, reason = "仪表更换" })).ProblemAsync((HttpStatusCode)422, "vehicles.approval-required");
        Assert.Contains("249999 → 250000", missing.GetProperty("detail").GetString());
        await (await Client.PostJsonAsync(url, new { odometerKm = 250_000, reason = "仪表更换", approvalReference = new string('文', 201) }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal(249_999, (await (await Client.GetAsync($"{Url}/{vehicle.Id}")).ReadAsync<VehicleResponse>()).OdometerKm);

        var corrected = await (await Client.PostJsonAsync(url, new { odometerKm = 250_000, reason = "仪表更换", approvalReference = "苏机管〔2026〕21号" })).ReadAsync<VehicleResponse>();
        Assert.Equal(250_000, corrected.OdometerKm);
        Assert.Equal(1, await fixture.CountAsync("shared_audit", "entity_id = @Id AND changes LIKE @Ref", new { vehicle.Id, Ref = "%苏机管〔2026〕21号%" }));
        // Once eligible, further corrections open nothing new; going down never needs an approval.
        await (await organClient.PostJsonAsync(url, new { odometerKm = 260_000, reason = "再次更正" })).ReadAsync<VehicleResponse>();
        await (await organClient.PostJsonAsync(url, new { odometerKm = 1_000, reason = "误录更正" })).ReadAsync<VehicleResponse>();
        // A vehicle eligible by age is not bypassing anything by mileage.
        var old = await VehicleAsync(organ.Id, purchasedOn: "2010-01-01", odometer: 100);
        await (await organClient.PostJsonAsync($"{Url}/{old.Id}/odometer-corrections", new { odometerKm = 300_000, reason = "仪表更换" })).ReadAsync<VehicleResponse>();
    }

    [ProviderFact]
    public async Task Scrapping_a_written_off_vehicle_early_is_the_bureaus_act()
    {
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Client, perCategory: 10);
        var organClient = await OrganClientAsync(organ.Id);
        var young = await VehicleAsync(organ.Id, purchasedOn: "2025-01-01");
        var scrap = new { method = "Scrap", disposedOn = Today.ToString("yyyy-MM-dd"), proceeds = 0m, reference = "报废审批〔2026〕3号", writeOffReference = (string?)"事故定损〔2026〕9号" };
        await (await organClient.PostJsonAsync($"{Url}/{young.Id}/dispose", scrap)).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        await (await organClient.PostJsonAsync($"{Url}/{young.Id}/dispose", scrap with { writeOffReference = (string?)null }))
            .ProblemAsync((HttpStatusCode)422, "vehicles.not-eligible-for-renewal");
        Assert.Equal(VehicleStatus.Available, (await (await Client.GetAsync($"{Url}/{young.Id}")).ReadAsync<VehicleResponse>()).Status);
        var scrapped = await (await Client.PostJsonAsync($"{Url}/{young.Id}/dispose", scrap)).ReadAsync<VehicleResponse>();
        Assert.Equal(VehicleStatus.Disposed, scrapped.Status);
        Assert.Equal(1, await fixture.CountAsync("shared_audit", "entity_id = @Id AND changes LIKE @Skip", new { young.Id, Skip = "%renewalRuleSkipped%" }));
        // An eligible vehicle written off skips nothing: the organ may scrap it itself.
        var old = await VehicleAsync(organ.Id, purchasedOn: "2010-01-01");
        Assert.Equal(VehicleStatus.Disposed, (await (await organClient.PostJsonAsync($"{Url}/{old.Id}/dispose", scrap)).ReadAsync<VehicleResponse>()).Status);
    }

    [ProviderFact]
    public async Task A_local_rule_may_ask_for_age_and_mileage_both()
    {
        var rule = new { jurisdiction = "510100", minAgeYears = 8, minMileageKm = 250_000, effectiveFrom = "2020-01-01", source = "成都市测试规定：年限和里程均须达到", condition = "AgeAndMileage" };
        var created = await (await Client.PostJsonAsync($"{Url}/rules/renewal", rule)).ReadAsync<RenewalRuleResponse>(HttpStatusCode.Created);
        Assert.Equal(RenewalCondition.AgeAndMileage, created.Condition);
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Client, perCategory: 10, division: "510104");
        var agedOnly = await VehicleAsync(organ.Id, purchasedOn: "2018-03-01", odometer: 249_999);
        var both = await VehicleAsync(organ.Id, purchasedOn: "2018-03-01", odometer: 250_000);
        async Task<RenewalEligibilityResponse> On(Guid id, string on) =>
            await (await Client.GetAsync($"{Url}/{id}/renewal-eligibility?on={on}")).ReadAsync<RenewalEligibilityResponse>();
        Assert.False((await On(agedOnly.Id, "2026-03-01")).Eligible);
        Assert.False((await On(both.Id, "2026-02-28")).Eligible);
        var eligible = await On(both.Id, "2026-03-01");
        Assert.True(eligible.Eligible);
        Assert.Equal((RenewalCondition.AgeAndMileage, "510100"), (eligible.Condition, eligible.RuleJurisdiction));
        // Elsewhere the national rule (either condition) still applies, and it answers its condition.
        var national = await (await Client.GetAsync($"{Url}/rules/renewal?jurisdiction=national")).ReadAsync<List<RenewalRuleResponse>>();
        Assert.All(national, r => Assert.Equal(RenewalCondition.AgeOrMileage, r.Condition));
        await (await Client.PostRawAsync($"{Url}/rules/renewal", """{"jurisdiction":"510100","minAgeYears":8,"minMileageKm":1,"effectiveFrom":"2021-01-01","source":"x","condition":"AgeXorMileage"}"""))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var problem = await (await Client.PostJsonAsync($"{Url}/{agedOnly.Id}/dispose", new { method = "Auction", disposedOn = "2026-03-01", proceeds = 0m, reference = "处置" }))
            .ProblemAsync((HttpStatusCode)422, "vehicles.not-eligible-for-renewal");
        Assert.Contains(" and ", problem.GetProperty("detail").GetString());
    }
}
