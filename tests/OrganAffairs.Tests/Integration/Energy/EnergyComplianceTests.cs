using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Energy.EnergySetup;

namespace OrganAffairs.Tests.Integration.Energy;

/// <summary>Quotas and overruns, plan targets, annual reports, anomalies, and vehicle fuel from the Vehicles module.</summary>
public abstract class EnergyComplianceTests(ApiFixture fixture)
{
    private HttpClient Client => fixture.Client;

    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);

    [ProviderFact]
    public async Task Use_exactly_at_the_quota_is_no_overrun_one_thousandth_above_is_and_it_stays_open_until_explained()
    {
        var (_, institution) = await InstitutionAsync(Client);
        var meter = await MeterAsync(Client, institution.Id);
        await RecordAsync(Client, meter.Id, "2025-05-01T10:00:00+08:00", 1000m); // 122.9 kgce
        var url = $"{Root}/institutions/{institution.Id}/quotas/2025";
        await (await Client.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound, "energy.quota-not-found");
        var atQuota = await (await Client.PutJsonAsync(url, new { energyKgce = 122.9m, waterCubicMetres = 500m }, null)).ReadAsync<QuotaProgressResponse>();
        Assert.Equal((122.9m, 100m, false), (atQuota.EnergyUsedKgce, atQuota.EnergyUsedPercent, atQuota.OverQuota));
        Assert.Null(atQuota.Overrun);
        Assert.Equal(0, await fixture.CountAsync("energy_overrun", "institution_id = @Id", new { institution.Id }));

        await RecordAsync(Client, meter.Id, "2025-05-02T10:00:00+08:00", 0.01m); // +0.001229 kgce
        var over = await (await Client.GetAsync(url)).ReadAsync<QuotaProgressResponse>();
        Assert.True(over.OverQuota);
        var overrun = over.Overrun!;
        Assert.Equal((OverrunStatus.Open, 122.9m, 122.901m), (overrun.Status, overrun.QuotaKgce, overrun.UsedKgceAtDetection));

        // Raising the quota does not close it: only an explanation does.
        var raised = await (await Client.PutJsonAsync(url, new { energyKgce = 200m }, null)).ReadAsync<QuotaProgressResponse>();
        Assert.Equal((false, OverrunStatus.Open), (raised.OverQuota, raised.Overrun!.Status));
        var open = await (await Client.GetAsync($"{Root}/overruns?status=Open&institutionId={institution.Id}")).ReadAsync<PagedResult<OverrunResponse>>();
        Assert.Equal(overrun.Id, Assert.Single(open.Items).Id);

        var explainUrl = $"{Root}/overruns/{overrun.Id}/explanation";
        var tooShort = await (await PostAsync(explainUrl, new { explanation = "太短" }, "\"1\"")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("explanation:energy.explanation-invalid", tooShort.FieldErrors());
        await (await PostAsync(explainUrl, new { explanation = "五月新增数据中心机房，空调负荷上升。" }, null)).ProblemAsync((HttpStatusCode)428, "concurrency.if-match-required");
        var explained = await (await PostAsync(explainUrl, new { explanation = "五月新增数据中心机房，空调负荷上升。" }, "\"1\"")).ReadAsync<OverrunResponse>();
        Assert.Equal(OverrunStatus.Explained, explained.Status);
        await (await PostAsync(explainUrl, new { explanation = "五月新增数据中心机房，空调负荷上升。" }, "\"2\"")).ProblemAsync(HttpStatusCode.Conflict, "energy.overrun-explained");
        await (await PostAsync($"{Root}/overruns/{Guid.NewGuid()}/explanation", new { explanation = "五月新增数据中心机房，空调负荷上升。" }, "\"1\""))
            .ProblemAsync(HttpStatusCode.NotFound, "energy.overrun-not-found");

        // The overrun was a violation (E5) from detection until the explanation.
        Assert.Equal(1, await fixture.CountAsync("shared_violation",
            "subject_id = @Id AND kind = 'energy.unexplained-overrun' AND rule_id = 'E5' AND closed_on IS NOT NULL", new { overrun.Id }));
        Assert.Equal(1, await fixture.CountAsync("shared_outbox", "type LIKE '%.ViolationClosed' AND payload LIKE @Id", new { Id = $"%{overrun.Id}%" }));

        Assert.Contains("energyKgce:energy.quota-invalid",
            (await (await Client.PutJsonAsync(url, new { energyKgce = 0m }, null)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("energyKgce:energy.quota-invalid",
            (await (await Client.PutJsonAsync(url, new { energyKgce = 1.0001m }, null)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.PutJsonAsync($"{Root}/institutions/{Guid.NewGuid()}/quotas/2025", new { energyKgce = 1m }, null)).ProblemAsync(HttpStatusCode.NotFound, "energy.institution-not-found");
        Assert.Equal(200m, (await (await Client.GetAsync(url)).ReadAsync<QuotaProgressResponse>()).EnergyKgce);
    }

    [ProviderFact]
    public async Task Water_exactly_at_its_quota_is_no_overrun_one_litre_above_opens_one_needing_an_explanation()
    {
        var (_, institution) = await InstitutionAsync(Client);
        var water = await MeterAsync(Client, institution.Id, "Water", "CubicMetre");
        await RecordAsync(Client, water.Id, "2025-05-01T10:00:00+08:00", 500m);
        var url = $"{Root}/institutions/{institution.Id}/quotas/2025";
        var atQuota = await (await Client.PutJsonAsync(url, new { energyKgce = 100m, waterCubicMetres = 500m }, null)).ReadAsync<QuotaProgressResponse>();
        Assert.Equal((false, (OverrunResponse?)null), (atQuota.OverWaterQuota, atQuota.WaterOverrun));

        await RecordAsync(Client, water.Id, "2025-05-02T10:00:00+08:00", 0.001m);
        var over = await (await Client.GetAsync(url)).ReadAsync<QuotaProgressResponse>();
        Assert.Equal((true, false, (OverrunResponse?)null), (over.OverWaterQuota, over.OverQuota, over.Overrun));
        var overrun = over.WaterOverrun!;
        Assert.Equal((OverrunResource.Water, 500m, 500.001m, "m3", (decimal?)null, OverrunStatus.Open),
            (overrun.Resource, overrun.Quota, overrun.UsedAtDetection, overrun.Unit, overrun.QuotaKgce, overrun.Status));
        Assert.Equal(1, await fixture.CountAsync("shared_violation",
            "subject_id = @Id AND kind = 'energy.unexplained-water-overrun' AND closed_on IS NULL", new { overrun.Id }));
        Assert.Equal(1, await fixture.CountAsync("shared_outbox", "type LIKE '%.ViolationOpened' AND payload LIKE @Id", new { Id = $"%{overrun.Id}%" }));

        // More water the same year: still one overrun, one violation.
        await RecordAsync(Client, water.Id, "2025-05-03T10:00:00+08:00", 10m);
        Assert.Equal(1, await fixture.CountAsync("energy_overrun", "institution_id = @Id", new { institution.Id }));
        Assert.Equal(1, await fixture.CountAsync("shared_violation", "subject_id = @Id", new { overrun.Id }));

        var explained = await (await PostAsync($"{Root}/overruns/{overrun.Id}/explanation", new { explanation = "管网漏水，已维修并更换阀门。" }, "\"1\"")).ReadAsync<OverrunResponse>();
        Assert.Equal((OverrunStatus.Explained, OverrunResource.Water), (explained.Status, explained.Resource));
        Assert.Equal(0, await fixture.CountAsync("shared_violation", "subject_id = @Id AND closed_on IS NULL", new { overrun.Id }));
    }

    [ProviderFact]
    public async Task Fuel_oil_is_metered_in_kilograms_and_converts_at_1_4286_kgce()
    {
        var (_, institution) = await InstitutionAsync(Client);
        await (await Client.PostJsonAsync($"{Root}/institutions/{institution.Id}/meters", new
        {
            code = "FO-" + Guid.NewGuid().ToString("N")[..8], kind = "FuelOil", unit = "Litre", mode = "Interval", subsystem = "Special", multiplier = 1,
            installedAt = "2019-01-01T00:00:00+08:00",
        })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid"); // no fuel-oil density is seeded: kilograms only
        var meter = await MeterAsync(Client, institution.Id, "FuelOil", "Kilogram", subsystem: "Special");
        await RecordAsync(Client, meter.Id, "2025-05-01T10:00:00+08:00", 1000m);
        var year = await (await Client.GetAsync($"{Root}/indicators?institutionId={institution.Id}&period=Year&year=2025")).ReadAsync<IndicatorsResponse>();
        var fuelOil = Assert.Single(year.ByKind);
        Assert.Equal((EnergyKind.FuelOil, "kg", 1000m, (decimal?)1428.6m), (fuelOil.Kind, fuelOil.Unit, fuelOil.Quantity, fuelOil.Kgce));
        // No CO₂ factor for fuel oil is seeded: the kind is named, never counted as zero.
        Assert.Equal([EnergyKind.FuelOil], year.KindsWithoutCo2Factor);
    }

    [ProviderFact]
    public async Task A_bureaus_figures_cover_every_institution_of_its_jurisdiction_parent_chain_or_not()
    {
        // Issue 17 item 12: organs registered without a parent chain up to any bureau, one in a district and one in another province.
        var (_, inDistrict) = await InstitutionAsync(Client, "320106");
        var (_, outside) = await InstitutionAsync(Client, "340100");
        await RecordAsync(Client, (await MeterAsync(Client, inDistrict.Id)).Id, "2019-06-01T10:00:00+08:00", 1000m); // 122.9 kgce
        await RecordAsync(Client, (await MeterAsync(Client, outside.Id)).Id, "2019-06-01T10:00:00+08:00", 2000m);    // 245.8 kgce
        var districtBureau = await (await Client.PostJsonAsync("/api/v1/organs", new
        {
            name = "区机关事务管理局", divisionCode = "320106", unifiedSocialCreditCode = TestData.Uscc("320106"), level = "County", type = "GovernmentDepartment", isBureau = true,
        })).ReadAsync<Contracts.Organs.OrganResponse>(HttpStatusCode.Created);

        Task<IndicatorsResponse> OfAsync(Guid organId) =>
            Client.GetAsync($"{Root}/indicators?organId={organId}&period=Year&year=2019").ContinueWith(t => t.Result.ReadAsync<IndicatorsResponse>()).Unwrap();
        // The district bureau: its district, though the institution's organ has no parent.
        Assert.Equal((1, 122.9m), ((await OfAsync(districtBureau.Id)).InstitutionCount, (await OfAsync(districtBureau.Id)).TotalKgce));
        // The deployment's top bureau: every institution it holds.
        var top = await OfAsync(fixture.BureauOrganId);
        Assert.Equal(368.7m, top.TotalKgce);
        // An ordinary organ: its own hierarchy.
        Assert.Equal((1, 245.8m), ((await OfAsync(outside.OrganId)).InstitutionCount, (await OfAsync(outside.OrganId)).TotalKgce));
    }

    private Task<HttpResponseMessage> PostAsync(string url, object body, string? ifMatch) =>
        Client.SendAsync(Http.Request(HttpMethod.Post, url, System.Text.Json.JsonSerializer.Serialize(body, Http.Json), ifMatch: ifMatch));

    [ProviderFact]
    public async Task Target_progress_compares_with_the_baseline_year_and_says_when_no_target_is_in_force()
    {
        var (_, institution) = await InstitutionAsync(Client);
        var electricity = await MeterAsync(Client, institution.Id);
        var water = await MeterAsync(Client, institution.Id, "Water", "CubicMetre");
        foreach (var year in new[] { 2020, 2025 })
        {
            await StatisticsAsync(Client, institution.Id, year, 1000m, 100);
        }
        await RecordAsync(Client, electricity.Id, "2020-06-01T10:00:00+08:00", 10_000m); // 1229 kgce: 1.229 /m², 12.29 /person
        await RecordAsync(Client, water.Id, "2020-06-01T10:00:00+08:00", 2000m);          // 20 m³/person
        await RecordAsync(Client, electricity.Id, "2025-06-01T10:00:00+08:00", 9000m);    // 1106.1 kgce: −10%
        await RecordAsync(Client, water.Id, "2025-06-01T10:00:00+08:00", 1900m);          // 19 m³/person: −5%, the target is −6%

        var progress = await (await Client.GetAsync($"{Root}/institutions/{institution.Id}/target-progress?year=2025")).ReadAsync<TargetProgressResponse>();
        Assert.Equal(("14th-five-year-plan", 2020, Confidence.High), (progress.Plan, progress.BaselineYear!.Value, progress.Confidence!.Value));
        var byName = progress.Indicators.ToDictionary(i => i.Indicator);
        Assert.Equal((1.229m, 1.1061m, -10m, -5m, true), Tuple(byName["kgcePerSquareMetre"]));
        Assert.Equal((12.29m, 11.061m, -10m, -6m, true), Tuple(byName["kgcePerPerson"]));
        Assert.Equal((20m, 19m, -5m, -6m, false), Tuple(byName["waterPerPerson"]));
        // No grid factor is seeded for 2020: the CO₂ baseline is unknown, and the answer says so rather than guessing.
        Assert.Null(byName["co2KgPerSquareMetre"].Baseline);
        Assert.Null(byName["co2KgPerSquareMetre"].Met);
        Assert.Equal("no CO2 factor for Electricity in 2020 (无 2020 年排放因子)", byName["co2KgPerSquareMetre"].Missing);
        // 2025 uses the 2023 grid factor (0.5306, in force until a newer one is published): 9000 kWh × 0.5306 / 1000 m².
        Assert.Equal(4.7754m, byName["co2KgPerSquareMetre"].Current);
        Assert.Null(byName["kgcePerSquareMetre"].Missing);
        // The national 2020 values, for comparison only.
        Assert.Equal((18.48m, 329.56m, 21.53m, (decimal?)null),
            (byName["kgcePerSquareMetre"].NationalBaseline, byName["kgcePerPerson"].NationalBaseline, byName["waterPerPerson"].NationalBaseline, byName["co2KgPerSquareMetre"].NationalBaseline));

        foreach (var year in new[] { 2020, 2026 })
        {
            var none = await (await Client.GetAsync($"{Root}/institutions/{institution.Id}/target-progress?year={year}")).ReadAsync<TargetProgressResponse>();
            Assert.Null(none.Plan);
            Assert.Empty(none.Indicators);
        }
        await (await Client.GetAsync($"{Root}/institutions/{institution.Id}/target-progress?year=1999")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Root}/institutions/{Guid.NewGuid()}/target-progress?year=2025")).ProblemAsync(HttpStatusCode.NotFound, "energy.institution-not-found");
    }

    private static (decimal?, decimal?, decimal?, decimal, bool?) Tuple(TargetIndicator i) => (i.Baseline, i.Current, i.ChangePercent, i.TargetPercent, i.Met);

    [ProviderFact]
    public async Task Annual_reports_are_drafted_submitted_late_by_the_due_date_rule_and_exported_as_CSV()
    {
        var year = Today.Year - 1;
        var yesterday = Today.AddDays(-1);
        // Two cities whose settings put the due date today (not yet late) and yesterday (late): the boundary of the rule.
        foreach (var (division, due) in new[] { ("340100", Today), ("340200", yesterday) })
        {
            await (await Client.PostJsonAsync($"{Root}/rules/settings", new
            {
                jurisdiction = division, effectiveFrom = "2000-01-01", reportDueMonth = due.Month, reportDueDay = due.Day, anomalyThresholdPercent = 20m, silentMeterDays = 3, source = "测试",
            })).ReadAsync<EnergySettingsResponse>(HttpStatusCode.Created);
        }
        var (_, onTime) = await InstitutionAsync(Client, "340100");
        var (_, late) = await InstitutionAsync(Client, "340200");
        var (_, national) = await InstitutionAsync(Client, "320100");

        var url = $"{Root}/institutions/{onTime.Id}/annual-reports/{year}";
        var notStarted = await (await Client.GetAsync(url)).ReadAsync<AnnualReportResponse>();
        Assert.Equal((AnnualReportStatus.NotStarted, Today), (notStarted.Status, notStarted.DueOn));
        await (await Client.PostAsync($"{url}/draft", null)).ProblemAsync((HttpStatusCode)422, "energy.statistics-missing");
        await (await PostAsync($"{url}/submit", new { }, "\"1\"")).ProblemAsync(HttpStatusCode.Conflict, "energy.report-not-drafted");
        await StatisticsAsync(Client, onTime.Id, year, 2000m, 40);
        await RecordAsync(Client, (await MeterAsync(Client, onTime.Id)).Id, $"{year}-05-01T10:00:00+08:00", 1000m);
        var draft = await (await Client.PostAsync($"{url}/draft", null)).ReadAsync<AnnualReportResponse>();
        Assert.Equal((AnnualReportStatus.Draft, 122.9m, 0.0615m, 1L), (draft.Status, draft.Figures!.TotalKgce, draft.Figures.KgcePerSquareMetre, draft.Version));
        await (await Client.PostAsync($"{Root}/institutions/{onTime.Id}/annual-reports/{Today.Year}/draft", null)).ProblemAsync((HttpStatusCode)422, "energy.report-year-open");

        var submit = new HttpRequestMessage(HttpMethod.Post, $"{url}/submit");
        submit.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var submitted = await (await Client.SendAsync(submit)).ReadAsync<AnnualReportResponse>();
        Assert.Equal((AnnualReportStatus.Submitted, false), (submitted.Status, submitted.SubmittedLate));
        await (await Client.PostAsync($"{url}/draft", null)).ProblemAsync(HttpStatusCode.Conflict, "energy.report-submitted");

        var lateOne = await (await Client.GetAsync($"{Root}/institutions/{late.Id}/annual-reports/{year}")).ReadAsync<AnnualReportResponse>();
        Assert.Equal((AnnualReportStatus.Late, yesterday), (lateOne.Status, lateOne.DueOn));
        var lateList = await (await Client.GetAsync($"{Root}/annual-reports?year={year}&status=Late")).ReadAsync<List<AnnualReportResponse>>();
        Assert.Contains(lateList, r => r.InstitutionId == late.Id);
        Assert.Contains(lateList, r => r.InstitutionId == national.Id); // 31 March as seeded has passed
        Assert.DoesNotContain(lateList, r => r.InstitutionId == onTime.Id);

        var csv = await Client.GetAsync($"{Root}/annual-reports?year={year}&format=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("\uFEFFinstitutionId,directoryCode,name,year,status,dueOn", text);
        Assert.Contains($"{onTime.Id},{onTime.DirectoryCode},市某公共机构,{year},Submitted,", text);
        Assert.Contains(",2000.00,40,122.9,0.0615,3.0725,", text);

        // E6 as a violation: the sweep opens one for a report past its due date, not on the due date itself.
        var sweeper = fixture.Factory.Services.GetRequiredService<ViolationSweeper>();
        const string open = "subject_id = @Id AND kind = 'energy.late-annual-report' AND closed_on IS NULL";
        await sweeper.RunAsync(yesterday, CancellationToken.None);
        Assert.Equal(0, await fixture.CountAsync("shared_violation", open, new { late.Id }));
        await sweeper.RunAsync(Today, CancellationToken.None);
        Assert.Equal(1, await fixture.CountAsync("shared_violation", open, new { late.Id }));
        Assert.Equal(1, await fixture.CountAsync("shared_violation", open, new { national.Id }));
        Assert.Equal(0, await fixture.CountAsync("shared_violation", "subject_id = @Id", new { onTime.Id }));
        await StatisticsAsync(Client, late.Id, year, 100m, 4);
        await (await Client.PostAsync($"{Root}/institutions/{late.Id}/annual-reports/{year}/draft", null)).ReadAsync<AnnualReportResponse>();
        var submitLate = new HttpRequestMessage(HttpMethod.Post, $"{Root}/institutions/{late.Id}/annual-reports/{year}/submit");
        submitLate.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        Assert.True((await (await Client.SendAsync(submitLate)).ReadAsync<AnnualReportResponse>()).SubmittedLate);
        Assert.Equal(0, await fixture.CountAsync("shared_violation", open, new { late.Id }));
        Assert.Equal(1, await fixture.CountAsync("shared_violation", "subject_id = @Id AND closed_on IS NOT NULL", new { late.Id }));
    }

    [ProviderFact]
    public async Task A_month_beyond_the_threshold_against_last_year_is_an_anomaly_and_silent_meters_are_listed()
    {
        var (_, institution) = await InstitutionAsync(Client);
        var water = await MeterAsync(Client, institution.Id, "Water", "CubicMetre");
        var gas = await MeterAsync(Client, institution.Id, "NaturalGas", "CubicMetre");
        await RecordAsync(Client, water.Id, "2024-03-10T10:00:00+08:00", 100m);
        await RecordAsync(Client, water.Id, "2025-03-10T10:00:00+08:00", 120m);   // +20%: at the seeded threshold, not beyond
        await RecordAsync(Client, gas.Id, "2024-03-10T10:00:00+08:00", 100m);
        await RecordAsync(Client, gas.Id, "2025-03-10T10:00:00+08:00", 79.999m);  // −20.001%: beyond
        var anomalies = (await (await Client.GetAsync($"{Root}/anomalies/year-over-year?month=2025-03")).ReadAsync<List<YearOverYearAnomaly>>())
            .Where(a => a.InstitutionId == institution.Id).ToList();
        var anomaly = Assert.Single(anomalies);
        Assert.Equal((EnergyKind.NaturalGas, "2025-03", 79.999m, 100m, -20m), (anomaly.Kind, anomaly.Month, anomaly.Quantity, anomaly.LastYearQuantity, anomaly.ChangePercent));
        await RecordAsync(Client, water.Id, "2025-03-11T10:00:00+08:00", 0.001m);  // +20.001%
        anomalies = (await (await Client.GetAsync($"{Root}/anomalies/year-over-year?month=2025-03")).ReadAsync<List<YearOverYearAnomaly>>())
            .Where(a => a.InstitutionId == institution.Id).ToList();
        Assert.Equal([EnergyKind.Water, EnergyKind.NaturalGas], anomalies.Select(a => a.Kind));
        var strict = (await (await Client.GetAsync($"{Root}/anomalies/year-over-year?month=2025-03&thresholdPercent=25")).ReadAsync<List<YearOverYearAnomaly>>())
            .Where(a => a.InstitutionId == institution.Id);
        Assert.Empty(strict);

        var quiet = await MeterAsync(Client, institution.Id, installedAt: "2025-01-01T00:00:00+08:00");
        var busy = await MeterAsync(Client, institution.Id, installedAt: "2025-01-01T00:00:00+08:00");
        await RecordAsync(Client, quiet.Id, DateTimeOffset.UtcNow.AddDays(-10).ToString("O"), 1m);
        await RecordAsync(Client, busy.Id, DateTimeOffset.UtcNow.AddDays(-1).ToString("O"), 1m);
        async Task<List<Guid>> SilentAsync(string days) =>
            (await (await Client.GetAsync($"{Root}/anomalies/silent-meters?institutionId={institution.Id}&pageSize=200{days}")).ReadAsync<PagedResult<SilentMeter>>())
                .Items.Select(s => s.MeterId).ToList();
        var silent = await SilentAsync(""); // the seeded 3 days
        Assert.Contains(quiet.Id, silent);
        Assert.Contains(water.Id, silent);
        Assert.DoesNotContain(busy.Id, silent);
        Assert.DoesNotContain(quiet.Id, await SilentAsync("&days=11"));
        Assert.Contains(quiet.Id, await SilentAsync("&days=9"));
    }

    [ProviderFact]
    public async Task Fuel_recorded_in_the_Vehicles_module_counts_toward_the_institution()
    {
        var (organ, vehicle, _) = await TripsApiTests.FleetAsync(Client);
        var institution = await (await Client.PostJsonAsync($"{Root}/institutions", new { organId = organ.Id, name = "车辆所属机构", directoryCode = DirectoryCode() }))
            .ReadAsync<InstitutionResponse>(HttpStatusCode.Created);
        await (await Client.PostJsonAsync($"/api/v1/vehicles/{vehicle.Id}/costs", new { kind = "Fuel", amount = 80m, occurredOn = "2026-10-31", quantity = 10m, note = "加油" }))
            .ReadAsync<Contracts.Vehicles.CostResponse>(HttpStatusCode.Created);
        IndicatorsResponse? october = null;
        for (var attempt = 0; attempt < 100 && (october is null || Quantity(october, EnergyKind.Gasoline) == 0); attempt++)
        {
            await Task.Delay(150);
            october = await IndicatorsAsync(Client, $"institutionId={institution.Id}&period=Month&year=2026&month=10");
        }
        // 10 L × 0.73 kg/L, in the Special subsystem.
        Assert.Equal(7.3m, Quantity(october!, EnergyKind.Gasoline));
        Assert.Equal(Subsystem.Special, Assert.Single(october!.BySubsystem).Subsystem);
        Assert.Equal(1, await fixture.CountAsync("energy_vehicle_fuel", "vehicle_id = @Id", new { vehicle.Id }));
        await EnergyConsistency.AssertRollupsMatchReadingsAsync(fixture);
    }
}
