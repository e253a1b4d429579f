using System.Net;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Energy.EnergySetup;

namespace OrganAffairs.Tests.Integration.Energy;

/// <summary>Institutions, meters, accounting with the seeded coefficients, rules, organ scope and bad input.</summary>
public abstract class EnergyApiTests(ApiFixture fixture)
{
    private HttpClient Client => fixture.Client;

    [ProviderFact]
    public async Task Standard_coal_and_CO2_are_exact_with_the_seeded_coefficients()
    {
        var (_, institution) = await InstitutionAsync(Client);
        await StatisticsAsync(Client, institution.Id, 2025, 1000m, 50);
        var electricity = await MeterAsync(Client, institution.Id, subsystem: "Hvac");
        var water = await MeterAsync(Client, institution.Id, "Water", "CubicMetre");
        var gas = await MeterAsync(Client, institution.Id, "NaturalGas", "CubicMetre", subsystem: "Hvac");
        var gasoline = await MeterAsync(Client, institution.Id, "Gasoline", "Litre", subsystem: "Special");
        await RecordAsync(Client, electricity.Id, "2025-06-10T10:00:00+08:00", 1000m);
        await RecordAsync(Client, water.Id, "2025-06-10T10:00:00+08:00", 100m);
        await RecordAsync(Client, gas.Id, "2025-06-10T10:00:00+08:00", 50m);
        var fuel = await (await ReadingAsync(Client, gasoline.Id, "2025-06-10T10:00:00+08:00", 100m)).ReadAsync<RecordReadingResponse>();
        Assert.Equal(("Created", 73m), (fuel.Outcome, fuel.Reading.Consumption)); // 100 L × 0.73 kg/L

        foreach (var period in new[] { "period=Year&year=2025", "period=Quarter&year=2025&quarter=2", "period=Month&year=2025&month=6", "period=Custom&from=2025-06-10&to=2025-06-10" })
        {
            var i = await IndicatorsAsync(Client, $"institutionId={institution.Id}&{period}");
            // 1000 × 0.1229 + 50 × 1.2143 + 73 × 1.4714 = 122.9 + 60.715 + 107.4122
            Assert.Equal(291.0272m, i.TotalKgce);
            Assert.Equal(122.9m, KindKgce(i, EnergyKind.Electricity));
            Assert.Equal(107.4122m, KindKgce(i, EnergyKind.Gasoline));
            Assert.Equal(0.2910m, i.KgcePerSquareMetre);
            Assert.Equal(5.8205m, i.KgcePerPerson);
            Assert.Equal(100m, i.WaterCubicMetres);
            Assert.Equal(2m, i.WaterPerPerson);
            // 1000 × 0.5306 (2023 grid factor, in force until a newer one is published) + 50 × 2.1622 + 73 × 2.9251 kg
            Assert.Equal(0.8522423m, i.Co2Tonnes);
            Assert.Equal(0.8522m, i.Co2KgPerSquareMetre);
            Assert.Empty(i.KindsWithoutCo2Factor);
            Assert.Null(i.ByKind.Single(k => k.Kind == EnergyKind.Water).Kgce);
            Assert.Equal([(Subsystem.Hvac, 183.615m), (Subsystem.Special, 107.4122m)], i.BySubsystem.Select(s => (s.Subsystem, s.Kgce)));
        }
        var july = await IndicatorsAsync(Client, $"institutionId={institution.Id}&period=Month&year=2025&month=7");
        Assert.Equal(0m, july.TotalKgce);

        // The 2021 grid factor applies to 2021 readings; no factor is seeded for 2020, which is said, not guessed.
        await RecordAsync(Client, electricity.Id, "2021-03-01T10:00:00+08:00", 1000m);
        await RecordAsync(Client, electricity.Id, "2020-03-01T10:00:00+08:00", 1000m);
        Assert.Equal(0.5568m, (await IndicatorsAsync(Client, $"institutionId={institution.Id}&period=Year&year=2021")).Co2Tonnes);
        var y2020 = await IndicatorsAsync(Client, $"institutionId={institution.Id}&period=Year&year=2020");
        Assert.Equal([EnergyKind.Electricity], y2020.KindsWithoutCo2Factor);
        Assert.Equal(122.9m, y2020.TotalKgce);
        Assert.Null(y2020.KgcePerSquareMetre);
        Assert.Equal([institution.Id], y2020.InstitutionsWithoutStatistics);
    }

    [ProviderFact]
    public async Task A_coefficient_change_applies_from_its_date_onward_and_periods_crossing_it_use_both()
    {
        var (_, institution) = await InstitutionAsync(Client, "330100");
        var meter = await MeterAsync(Client, institution.Id);
        await (await Client.PostJsonAsync($"{Root}/rules/standard-coal", new
        {
            energyKind = "Electricity", jurisdiction = "330100", effectiveFrom = "2025-03-15", value = 0.3m, source = "测试：地方折标系数", confidence = "Medium",
        })).ReadAsync<CoefficientResponse>(HttpStatusCode.Created);
        await RecordAsync(Client, meter.Id, "2025-03-14T23:00:00+08:00", 100m);   // the day before: 0.1229
        await RecordAsync(Client, meter.Id, "2025-03-15T00:00:00+08:00", 10m);    // local midnight closes 14 March: 0.1229
        await RecordAsync(Client, meter.Id, "2025-03-15T00:30:00+08:00", 100m);   // the first day of the new version: 0.3
        await RecordAsync(Client, meter.Id, "2025-04-05T12:00:00+08:00", 100m);

        async Task<decimal> Kgce(string period) => (await IndicatorsAsync(Client, $"institutionId={institution.Id}&{period}")).TotalKgce;
        Assert.Equal(43.519m, await Kgce("period=Month&year=2025&month=3"));
        Assert.Equal(30m, await Kgce("period=Month&year=2025&month=4"));
        Assert.Equal(73.519m, await Kgce("period=Year&year=2025"));
        Assert.Equal(73.519m, await Kgce("period=Custom&from=2025-03-01&to=2025-04-30"));
        Assert.Equal(13.519m, await Kgce("period=Custom&from=2025-03-14&to=2025-03-14"));
        Assert.Equal(60m, await Kgce("period=Custom&from=2025-03-15&to=2025-04-05"));

        // Another city keeps the national coefficient.
        var (_, other) = await InstitutionAsync(Client, "320100");
        var otherMeter = await MeterAsync(Client, other.Id);
        await RecordAsync(Client, otherMeter.Id, "2025-04-05T12:00:00+08:00", 100m);
        Assert.Equal(12.29m, (await IndicatorsAsync(Client, $"institutionId={other.Id}&period=Month&year=2025&month=4")).TotalKgce);
    }

    [ProviderFact]
    public async Task Indicators_of_an_organ_cover_every_institution_below_it()
    {
        var (parent, parentInstitution) = await InstitutionAsync(Client);
        var (child, childInstitution) = await InstitutionAsync(Client, parentId: parent.Id);
        foreach (var institution in new[] { parentInstitution, childInstitution })
        {
            await RecordAsync(Client, (await MeterAsync(Client, institution.Id)).Id, "2025-02-01T10:00:00+08:00", 1000m);
        }
        var all = await IndicatorsAsync(Client, $"organId={parent.Id}&period=Year&year=2025");
        Assert.Equal((2, 245.8m), (all.InstitutionCount, all.TotalKgce));
        var below = await IndicatorsAsync(Client, $"organId={child.Id}&period=Year&year=2025");
        Assert.Equal((1, 122.9m), (below.InstitutionCount, below.TotalKgce));
    }

    [ProviderFact]
    public async Task Institutions_are_registered_by_the_bureau_updated_with_If_Match_and_listed()
    {
        var (organ, institution) = await InstitutionAsync(Client);
        Assert.Equal(organ.Id, institution.OrganId);
        await (await Client.PostJsonAsync($"{Root}/institutions", new { organId = organ.Id, name = "重复", directoryCode = DirectoryCode() }))
            .ProblemAsync(HttpStatusCode.Conflict, "energy.organ-has-institution");
        var (other, _) = await InstitutionAsync(Client);
        _ = other;
        var read = await Client.GetAsync($"{Root}/institutions/{institution.Id}");
        Assert.Equal("\"1\"", read.ETag());
        var update = new { name = "市某公共机构（更名）", directoryCode = institution.DirectoryCode };
        await (await Client.PutJsonAsync($"{Root}/institutions/{institution.Id}", update, null)).ProblemAsync((HttpStatusCode)428, "concurrency.if-match-required");
        var renamed = await (await Client.PutJsonAsync($"{Root}/institutions/{institution.Id}", update, "\"1\"")).ReadAsync<InstitutionResponse>();
        Assert.Equal(2, renamed.Version);
        await (await Client.PutJsonAsync($"{Root}/institutions/{institution.Id}", update, "\"1\"")).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        var list = await (await Client.GetAsync($"{Root}/institutions?organId={organ.Id}")).ReadAsync<PagedResult<InstitutionResponse>>();
        Assert.Equal("市某公共机构（更名）", Assert.Single(list.Items).Name);
        await (await Client.GetAsync($"{Root}/institutions/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "energy.institution-not-found");
        await StatisticsAsync(Client, institution.Id, 2024, 1234.56m, 77);
        await StatisticsAsync(Client, institution.Id, 2024, 1234.57m, 78);
        var statistics = await (await Client.GetAsync($"{Root}/institutions/{institution.Id}/statistics")).ReadAsync<List<YearlyStatisticsResponse>>();
        Assert.Equal((2024, 1234.57m, 78), (Assert.Single(statistics).Year, statistics[0].FloorArea, statistics[0].EnergyUsingPopulation));
    }

    [ProviderFact]
    public async Task An_ordinary_organ_sees_and_submits_only_its_own_institution()
    {
        var (organ, own) = await InstitutionAsync(Client);
        var (_, foreign) = await InstitutionAsync(Client);
        var ownMeter = await MeterAsync(Client, own.Id);
        var foreignMeter = await MeterAsync(Client, foreign.Id);
        var key = await (await Client.PostJsonAsync("/api/v1/access/api-keys", new { name = "能耗系统", organId = organ.Id, scopes = new[] { "energy.read", "energy.write" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        var client = fixture.ClientFor(fixture.Factory, key.Key);

        var list = await (await client.GetAsync($"{Root}/institutions")).ReadAsync<PagedResult<InstitutionResponse>>();
        Assert.Equal(own.Id, Assert.Single(list.Items).Id);
        await (await client.GetAsync($"{Root}/institutions/{foreign.Id}")).ProblemAsync(HttpStatusCode.NotFound, "energy.institution-not-found");
        await (await client.GetAsync($"{Root}/meters/{foreignMeter.Id}")).ProblemAsync(HttpStatusCode.NotFound, "energy.meter-not-found");
        await (await ReadingAsync(client, foreignMeter.Id, "2025-01-01T10:00:00+08:00", 1m)).ProblemAsync(HttpStatusCode.NotFound, "energy.meter-not-found");
        await (await client.GetAsync($"{Root}/indicators?institutionId={foreign.Id}&period=Year&year=2025")).ProblemAsync(HttpStatusCode.NotFound, "energy.institution-not-found");
        await (await client.PostJsonAsync($"{Root}/institutions", new { organId = organ.Id, name = "x", directoryCode = DirectoryCode() }))
            .ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        await (await client.PutJsonAsync($"{Root}/institutions/{own.Id}/quotas/2025", new { energyKgce = 1m }, null)).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        await (await client.PostJsonAsync($"{Root}/rules/standard-coal", new
        {
            energyKind = "Electricity", jurisdiction = "national", effectiveFrom = "2030-01-01", value = 0.2m, source = "x", confidence = "High",
        })).ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");

        // Its own data: readings, and an import in which the other organ's meter is just unknown.
        await RecordAsync(client, ownMeter.Id, "2025-01-01T10:00:00+08:00", 5m);
        // By code the same: the other organ's meter is unknown, its own is found.
        var csv = $"meterId,readAt,value,institutionCode,meterCode\n{ownMeter.Id},2025-01-01T11:00:00+08:00,6,,\n{foreignMeter.Id},2025-01-01T11:00:00+08:00,7,,\n"
            + $",2025-01-01T11:00:00+08:00,7,{foreign.DirectoryCode},{foreignMeter.Code}\n,2025-01-01T12:00:00+08:00,0,{own.DirectoryCode},{ownMeter.Code}\n";
        var import = await (await ImportAsync(client, csv, "?mode=KeepValid")).ReadAsync<ImportResponse>(HttpStatusCode.Created);
        Assert.Equal((2L, 2L), (import.Accepted, import.Rejected));
        var errors = await (await client.GetAsync(import.ErrorsUrl)).ReadAsync<PagedResult<ImportErrorResponse>>();
        Assert.Equal((2L, "meterId", "energy.meter-unknown"), (errors.Items[0].RowNumber, errors.Items[0].Field, errors.Items[0].Code));
        Assert.Equal((3L, "meterCode", "energy.meter-code-unknown"), (errors.Items[1].RowNumber, errors.Items[1].Field, errors.Items[1].Code));
        await (await Client.GetAsync(import.ErrorsUrl)).ReadAsync<PagedResult<ImportErrorResponse>>();
        var (_, stranger) = await InstitutionAsync(Client);
        _ = stranger;
        Assert.Equal(0, await fixture.CountAsync("energy_reading", "meter_id = @Id", new { foreignMeter.Id }));
        Assert.Equal(11m, Quantity(await IndicatorsAsync(client, $"organId={organ.Id}&period=Year&year=2025"), EnergyKind.Electricity));
    }

    [ProviderFact]
    public async Task Rule_tables_carry_source_and_confidence_and_edits_are_new_versions()
    {
        var coal = await (await Client.GetAsync($"{Root}/rules/standard-coal?on=2025-01-01")).ReadAsync<List<CoefficientResponse>>();
        var electricity = coal.Single(c => c.EnergyKind == EnergyKind.Electricity && c.Jurisdiction == "national");
        Assert.Equal((0.1229m, "kgce/kWh", Confidence.Medium), (electricity.Value, electricity.Unit, electricity.Confidence));
        Assert.Contains("GB/T 2589", electricity.Source);
        var co2 = await (await Client.GetAsync($"{Root}/rules/co2-factors")).ReadAsync<List<CoefficientResponse>>();
        Assert.All(co2.Where(c => c.Jurisdiction == "national" && c.EffectiveFrom.Year != 2023), c => Assert.Equal(Confidence.Unconfirmed, c.Confidence));
        Assert.Contains(co2, c => c.EnergyKind == EnergyKind.Electricity && c.Value == 0.5568m && c.EffectiveTo == new DateOnly(2021, 12, 31));
        Assert.Contains(co2, c => c.EnergyKind == EnergyKind.Electricity && c.Value == 0.5366m && c.EffectiveTo == new DateOnly(2022, 12, 31));
        // The 2023 factor (announced January 2026) stays in force until the next is published.
        Assert.Contains(co2, c => c.EnergyKind == EnergyKind.Electricity && c.Value == 0.5306m && c.EffectiveTo is null && c.Confidence == Confidence.Medium);
        Assert.Contains(coal, c => c.EnergyKind == EnergyKind.FuelOil && c.Value == 1.4286m && c.Unit == "kgce/kg");
        var densities = await (await Client.GetAsync($"{Root}/rules/densities?on=2025-01-01")).ReadAsync<List<CoefficientResponse>>();
        Assert.Equal([0.73m, 0.85m], densities.Where(d => d.Jurisdiction == "national").OrderBy(d => d.EnergyKind).Select(d => d.Value));
        var plans = await (await Client.GetAsync($"{Root}/rules/plan-targets")).ReadAsync<List<PlanTargetResponse>>();
        var plan = plans.Single(p => p.Plan == "14th-five-year-plan");
        Assert.Equal((2021, 2025, 2020, -5m, -6m, -6m, -7m), (plan.FirstYear, plan.LastYear, plan.BaselineYear, plan.EnergyPerAreaPercent, plan.EnergyPerPersonPercent, plan.WaterPerPersonPercent, plan.Co2PerAreaPercent));
        var settings = await (await Client.GetAsync($"{Root}/rules/settings?on=2026-01-01")).ReadAsync<List<EnergySettingsResponse>>();
        Assert.Equal((3, 31, 20m, 3), (settings[0].ReportDueMonth, settings[0].ReportDueDay, settings[0].AnomalyThresholdPercent, settings[0].SilentMeterDays));

        var body = new { energyKind = "Diesel", jurisdiction = "310000", effectiveFrom = "2024-01-01", effectiveTo = (string?)null, value = 0.84m, source = "测试", confidence = "Unconfirmed" };
        await (await Client.PostJsonAsync($"{Root}/rules/densities", body)).ReadAsync<CoefficientResponse>(HttpStatusCode.Created);
        var later = await (await Client.PostJsonAsync($"{Root}/rules/densities", body with { effectiveFrom = "2025-01-01", value = 0.845m })).ReadAsync<CoefficientResponse>(HttpStatusCode.Created);
        Assert.Null(later.EffectiveTo);
        var versions = (await (await Client.GetAsync($"{Root}/rules/densities?jurisdiction=310000")).ReadAsync<List<CoefficientResponse>>()).OrderBy(v => v.EffectiveFrom).ToList();
        Assert.Equal(new DateOnly(2024, 12, 31), versions[0].EffectiveTo);
        await (await Client.PostJsonAsync($"{Root}/rules/densities", body with { effectiveFrom = "2025-01-01" })).ProblemAsync(HttpStatusCode.Conflict, "energy.rule-version-exists");
        var inForce = await (await Client.GetAsync($"{Root}/rules/densities?jurisdiction=310101&on=2025-06-01")).ReadAsync<List<CoefficientResponse>>();
        Assert.Equal(0.845m, inForce.Single(d => d.EnergyKind == EnergyKind.Diesel).Value);
        Assert.Equal(0.73m, inForce.Single(d => d.EnergyKind == EnergyKind.Gasoline).Value);

        var newPlan = await (await Client.PostJsonAsync($"{Root}/rules/plan-targets", new
        {
            plan = "test-plan", jurisdiction = "310000", firstYear = 2026, lastYear = 2030, baselineYear = 2025,
            energyPerAreaPercent = -4m, energyPerPersonPercent = -4m, waterPerPersonPercent = -3m, co2PerAreaPercent = -5m, source = "测试", confidence = "Unconfirmed",
        })).ReadAsync<PlanTargetResponse>(HttpStatusCode.Created);
        Assert.Equal("test-plan", newPlan.Plan);
        var newSettings = await (await Client.PostJsonAsync($"{Root}/rules/settings", new
        {
            jurisdiction = "310000", effectiveFrom = "2026-01-01", reportDueMonth = 2, reportDueDay = 28, anomalyThresholdPercent = 15m, silentMeterDays = 7, source = "测试",
        })).ReadAsync<EnergySettingsResponse>(HttpStatusCode.Created);
        Assert.Equal(15m, newSettings.AnomalyThresholdPercent);
    }

    [ProviderTheory]
    [InlineData("standard-coal", """{"energyKind":"Water","jurisdiction":"national","effectiveFrom":"2030-01-01","value":1,"source":"x","confidence":"High"}""", "energyKind:energy.coefficient-kind-invalid")]
    [InlineData("densities", """{"energyKind":"Electricity","jurisdiction":"national","effectiveFrom":"2030-01-01","value":1,"source":"x","confidence":"High"}""", "energyKind:energy.coefficient-kind-invalid")]
    [InlineData("standard-coal", """{"energyKind":"Coal","jurisdiction":"national","effectiveFrom":"2030-01-01","value":0,"source":"x","confidence":"High"}""", "value:energy.coefficient-invalid")]
    [InlineData("co2-factors", """{"energyKind":"Coal","jurisdiction":"national","effectiveFrom":"2030-01-01","value":1.0000001,"source":"x","confidence":"High"}""", "value:energy.coefficient-invalid")]
    [InlineData("co2-factors", """{"energyKind":"Coal","jurisdiction":"abc","effectiveFrom":"2030-01-01","value":1,"source":"x","confidence":"High"}""", "jurisdiction:energy.jurisdiction-invalid")]
    [InlineData("co2-factors", """{"energyKind":"Coal","jurisdiction":"national","effectiveFrom":"2030-01-01","effectiveTo":"2029-12-31","value":1,"source":"x","confidence":"High"}""", "effectiveTo:energy.effective-range-invalid")]
    [InlineData("co2-factors", """{"energyKind":"Coal","jurisdiction":"national","effectiveFrom":"2030-01-01","value":1,"source":"","confidence":"High"}""", "source:field.required")]
    [InlineData("plan-targets", """{"plan":"p","jurisdiction":"national","firstYear":2030,"lastYear":2029,"baselineYear":2020,"energyPerAreaPercent":-5,"energyPerPersonPercent":-5,"waterPerPersonPercent":-5,"co2PerAreaPercent":-5,"source":"x","confidence":"High"}""", "body:energy.plan-invalid")]
    [InlineData("plan-targets", """{"plan":"p","jurisdiction":"national","firstYear":2030,"lastYear":2035,"baselineYear":2025,"energyPerAreaPercent":-101,"energyPerPersonPercent":-5,"waterPerPersonPercent":-5,"co2PerAreaPercent":-5,"source":"x","confidence":"High"}""", "body:energy.plan-invalid")]
    [InlineData("settings", """{"jurisdiction":"national","effectiveFrom":"2030-01-01","reportDueMonth":2,"reportDueDay":30,"anomalyThresholdPercent":20,"silentMeterDays":3,"source":"x"}""", "body:energy.settings-invalid")]
    [InlineData("settings", """{"jurisdiction":"national","effectiveFrom":"2030-01-01","reportDueMonth":3,"reportDueDay":31,"anomalyThresholdPercent":0,"silentMeterDays":3,"source":"x"}""", "body:energy.settings-invalid")]
    public async Task Bad_rule_edits_are_refused_and_nothing_is_written(string table, string body, string fieldError)
    {
        var before = await fixture.CountAsync("energy_rule");
        var problem = await (await Client.PostRawAsync($"{Root}/rules/{table}", body)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains(fieldError, problem.FieldErrors());
        Assert.Equal(before, await fixture.CountAsync("energy_rule"));
    }

    [ProviderTheory]
    [InlineData("""{"organId":"{organ}","name":"x","directoryCode":"含中文"}""", "directoryCode:energy.directory-code-invalid")]
    [InlineData("""{"organId":"{organ}","name":"","directoryCode":"A-1"}""", "name:field.required")]
    [InlineData("""{"organId":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","name":"x","directoryCode":"A-2"}""", "organId:energy.organ-ref-not-found")]
    [InlineData("""{"organId":"{organ}","name":"x","directoryCode":"A-3","id":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"}""", "")]
    public async Task Bad_institutions_are_refused(string body, string fieldError)
    {
        var organ = await (await Client.PostJsonAsync("/api/v1/organs", new
        {
            name = "无机构机关", divisionCode = "320100", unifiedSocialCreditCode = TestData.Uscc(), level = "Municipal", type = "GovernmentDepartment",
        })).ReadAsync<Contracts.Organs.OrganResponse>(HttpStatusCode.Created);
        var response = await Client.PostRawAsync($"{Root}/institutions", body.Replace("{organ}", organ.Id.ToString()));
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, fieldError == "" ? "request.malformed" : "request.invalid");
        if (fieldError.Length > 0)
        {
            Assert.Contains(fieldError, problem.FieldErrors());
        }
        Assert.Equal(0, await fixture.CountAsync("energy_institution", "organ_id = @Id", new { organ.Id }));
    }

    [ProviderTheory]
    [InlineData("""{"code":"E1","kind":"Electricity","unit":"CubicMetre","subsystem":"Hvac","mode":"Interval","multiplier":1,"installedAt":"2020-01-01T00:00:00Z"}""", "unit:energy.unit-mismatch")]
    [InlineData("""{"code":"E1","kind":"Water","unit":"Litre","subsystem":"Hvac","mode":"Interval","multiplier":1,"installedAt":"2020-01-01T00:00:00Z"}""", "unit:energy.unit-mismatch")]
    [InlineData("""{"code":"E1","kind":"Electricity","unit":"Kwh","subsystem":"Hvac","mode":"Cumulative","multiplier":1,"installedAt":"2020-01-01T00:00:00Z"}""", "registerDigits:energy.register-invalid")]
    [InlineData("""{"code":"E1","kind":"Electricity","unit":"Kwh","subsystem":"Hvac","mode":"Cumulative","registerDigits":10,"initialRegisterValue":0,"multiplier":1,"installedAt":"2020-01-01T00:00:00Z"}""", "registerDigits:energy.register-invalid")]
    [InlineData("""{"code":"E1","kind":"Electricity","unit":"Kwh","subsystem":"Hvac","mode":"Cumulative","registerDigits":5,"initialRegisterValue":100000,"multiplier":1,"installedAt":"2020-01-01T00:00:00Z"}""", "registerDigits:energy.register-invalid")]
    [InlineData("""{"code":"E1","kind":"Electricity","unit":"Kwh","subsystem":"Hvac","mode":"Interval","registerDigits":5,"multiplier":1,"installedAt":"2020-01-01T00:00:00Z"}""", "registerDigits:energy.register-invalid")]
    [InlineData("""{"code":"E1","kind":"Electricity","unit":"Kwh","subsystem":"Hvac","mode":"Interval","multiplier":0,"installedAt":"2020-01-01T00:00:00Z"}""", "multiplier:field.out-of-range")]
    [InlineData("""{"code":"E1","kind":"Electricity","unit":"Kwh","subsystem":"Hvac","mode":"Interval","multiplier":1.5,"installedAt":"2020-01-01T00:00:00Z"}""", "")]
    [InlineData("""{"code":"E1","kind":"Steam","unit":"Kwh","subsystem":"Hvac","mode":"Interval","multiplier":1,"installedAt":"2020-01-01T00:00:00Z"}""", "kind:request.enum-invalid")]
    public async Task Bad_meters_are_refused(string body, string fieldError)
    {
        var (_, institution) = await InstitutionAsync(Client);
        var problem = await (await Client.PostRawAsync($"{Root}/institutions/{institution.Id}/meters", body))
            .ProblemAsync(HttpStatusCode.BadRequest, fieldError == "" ? "request.malformed" : "request.invalid");
        if (fieldError.Length > 0)
        {
            Assert.Contains(fieldError, problem.FieldErrors());
        }
        Assert.Equal(0, await fixture.CountAsync("energy_meter", "institution_id = @Id", new { institution.Id }));
    }

    [ProviderFact]
    public async Task Meters_are_listed_updated_and_retired_and_their_codes_are_unique()
    {
        var (_, institution) = await InstitutionAsync(Client);
        var meter = await MeterAsync(Client, institution.Id);
        var duplicate = new { code = meter.Code, kind = "Water", unit = "CubicMetre", subsystem = "Hvac", mode = "Interval", multiplier = 1, installedAt = "2020-01-01T00:00:00Z" };
        await (await Client.PostJsonAsync($"{Root}/institutions/{institution.Id}/meters", duplicate)).ProblemAsync(HttpStatusCode.Conflict, "energy.meter-code-taken");
        await (await Client.PostJsonAsync($"{Root}/institutions/{Guid.NewGuid()}/meters", duplicate)).ProblemAsync(HttpStatusCode.NotFound, "energy.institution-not-found");
        var list = await (await Client.GetAsync($"{Root}/meters?institutionId={institution.Id}&kind=Electricity")).ReadAsync<PagedResult<MeterResponse>>();
        Assert.Equal(meter.Id, Assert.Single(list.Items).Id);
        Assert.Contains("kind:request.enum-invalid", (await (await Client.GetAsync($"{Root}/meters?kind=Steam")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("kind:request.enum-invalid", (await (await Client.GetAsync($"{Root}/meters?kind=1")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.GetAsync($"{Root}/meters?sort=serial")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var retired = await (await Client.PutJsonAsync($"{Root}/meters/{meter.Id}", new { subsystem = "Power", status = "Retired" }, "\"1\"")).ReadAsync<MeterResponse>();
        Assert.Equal((Subsystem.Power, MeterStatus.Retired, 2L), (retired.Subsystem, retired.Status, retired.Version));
        var refused = await (await ReadingAsync(Client, meter.Id, "2025-01-01T10:00:00+08:00", 1m)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("meterId:energy.meter-retired", refused.FieldErrors());
        await (await Client.PostJsonAsync($"{Root}/meters/{meter.Id}/replacements", new { replacedAt = "2025-01-01T00:00:00Z", newRegisterValue = 0m }))
            .ProblemAsync(HttpStatusCode.Conflict, "energy.meter-not-cumulative");
    }

    [ProviderTheory]
    [InlineData("period=Year&year=2025", "institutionId:energy.subject-invalid")]
    [InlineData("institutionId={i}&organId={o}&period=Year&year=2025", "institutionId:energy.subject-invalid")]
    [InlineData("institutionId={i}&period=Year", "period:energy.period-invalid")]
    [InlineData("institutionId={i}&period=Month&year=2025&month=13", "period:energy.period-invalid")]
    [InlineData("institutionId={i}&period=Quarter&year=2025&quarter=5", "period:energy.period-invalid")]
    [InlineData("institutionId={i}&period=Custom&from=2025-02-01&to=2025-01-31", "period:energy.period-invalid")]
    [InlineData("institutionId={i}&period=Custom&from=2010-01-01&to=2025-01-31", "period:energy.period-invalid")]
    [InlineData("institutionId={i}&period=3&year=2025", "period:request.enum-invalid")]
    public async Task Bad_indicator_queries_are_refused(string query, string fieldError)
    {
        var (organ, institution) = await InstitutionAsync(Client);
        var problem = await (await Client.GetAsync($"{Root}/indicators?{query.Replace("{i}", institution.Id.ToString()).Replace("{o}", organ.Id.ToString())}"))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains(fieldError, problem.FieldErrors());
    }

    [ProviderFact]
    public async Task Bad_statistics_readings_and_list_parameters_are_refused()
    {
        var (_, institution) = await InstitutionAsync(Client);
        var url = $"{Root}/institutions/{institution.Id}/statistics";
        Assert.Contains("floorArea:energy.area-invalid",
            (await (await Client.PutJsonAsync($"{url}/2025", new { floorArea = 10.005m, energyUsingPopulation = 5 }, null)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("energyUsingPopulation:field.out-of-range",
            (await (await Client.PutJsonAsync($"{url}/2025", new { floorArea = 10m, energyUsingPopulation = 0 }, null)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("year:energy.year-invalid",
            (await (await Client.PutJsonAsync($"{url}/1999", new { floorArea = 10m, energyUsingPopulation = 5 }, null)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.PutJsonAsync($"{Root}/institutions/{Guid.NewGuid()}/statistics/2025", new { floorArea = 10m, energyUsingPopulation = 5 }, null))
            .ProblemAsync(HttpStatusCode.NotFound, "energy.institution-not-found");
        Assert.Equal(0, await fixture.CountAsync("energy_statistics", "institution_id = @Id", new { institution.Id }));

        var meter = await MeterAsync(Client, institution.Id);
        Assert.Contains("value:energy.value-invalid",
            (await (await ReadingAsync(Client, meter.Id, "2025-01-01T10:00:00+08:00", 1.0001m)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("value:energy.value-negative",
            (await (await ReadingAsync(Client, meter.Id, "2025-01-01T10:00:00+08:00", -1m)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("readAt:energy.read-at-out-of-range",
            (await (await ReadingAsync(Client, meter.Id, "2018-12-31T23:00:00+08:00", 1m)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await ReadingAsync(Client, Guid.NewGuid(), "2025-01-01T10:00:00+08:00", 1m)).ProblemAsync(HttpStatusCode.NotFound, "energy.meter-not-found");
        await (await Client.GetAsync($"{Root}/meters/{meter.Id}/readings?from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Root}/meters/{meter.Id}/readings?pageSize=500")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal(0, await fixture.CountAsync("energy_reading", "meter_id = @Id", new { meter.Id }));
        await (await Client.GetAsync($"{Root}/institutions?sort=population")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("status:request.enum-invalid", (await (await Client.GetAsync($"{Root}/overruns?status=Closed")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.GetAsync($"{Root}/overruns?pageSize=0")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("status:request.enum-invalid", (await (await Client.GetAsync($"{Root}/annual-reports?year=2025&status=Lost")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.GetAsync($"{Root}/annual-reports?year=2025&format=2")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Root}/annual-reports")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Root}/anomalies/year-over-year?month=2025-13")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Root}/anomalies/silent-meters?days=0")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Root}/rules/standard-coal?jurisdiction=12")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Root}/rules/plan-targets?jurisdiction=12")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Root}/rules/settings?jurisdiction=12")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Root}/imports/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "energy.import-not-found");
        await (await Client.GetAsync($"{Root}/imports/{Guid.NewGuid()}/errors")).ProblemAsync(HttpStatusCode.NotFound, "energy.import-not-found");
    }
}
