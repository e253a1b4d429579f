using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Calendar;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.Guidance;

/// <summary>
/// Reporting cycles (issue 21, item 2): report types with a JSON Schema form, the due date as rule data in working days on the
/// business calendar, submissions Draft → Submitted → Returned → Resubmitted → Accepted with late and overdue on business dates,
/// the summary in JSON and CSV; a county bureau's key sees and submits only its own (another county's answers 404).
/// </summary>
public abstract class GuidanceReportingTests(ApiFixture fixture)
{
    private const string Root = "/api/v1/guidance";
    private static readonly string[] Scopes = ["guidance.read", "guidance.write"];
    private HttpClient Admin => fixture.Client;

    /// <summary>Noon of the day in Asia/Shanghai.</summary>
    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero);

    private (HttpClient Client, FakeTimeProvider Time, WebApplicationFactory<Program> Factory) FakeTimeHost(DateOnly today)
    {
        var time = new FakeTimeProvider(At(today));
        var factory = fixture.CreateFactory(services: s => s.AddSingleton<TimeProvider>(time));
        return (fixture.ClientFor(factory), time, factory);
    }

    private const string Schema = """
        {"type":"object","required":["institutions","energyKgce"],"properties":{"institutions":{"type":"integer","minimum":0},"energyKgce":{"type":"number","minimum":0},"note":{"type":"string","maxLength":200}}}
        """;

    /// <summary>2026's national calendar declared complete (the due dates are counted in it).</summary>
    private async Task Declare2026Async()
    {
        var year = await Admin.GetAsync("/api/v1/calendar/years/2026/national");
        if (!(await year.ReadAsync<CalendarYearResponse>()).Complete)
        {
            await (await Admin.PutJsonAsync("/api/v1/calendar/years/2026/national", new { complete = true, source = "测试通知〔2025〕1号" }, year.ETag()))
                .ReadAsync<CalendarYearResponse>();
        }
    }

    /// <summary>A monthly report type of its own (code unique per test) with a national due rule of 5 working days, and 2026's calendar declared.</summary>
    private async Task<ReportTypeResponse> MonthlyTypeAsync(string code, int workingDays = 5)
    {
        await Declare2026Async();
        var type = await (await Admin.PostJsonAsync($"{Root}/report-types", new
        {
            code, name = "能源月报", period = "Month", formSchema = JsonDocument.Parse(Schema).RootElement, description = "测试",
        })).ReadAsync<ReportTypeResponse>(HttpStatusCode.Created);
        await (await Admin.PostJsonAsync($"{Root}/rules/report-due", new
        {
            reportTypeCode = code, jurisdiction = "national", effectiveFrom = "2020-01-01", workingDays, source = "测试〔2026〕1号", confidence = "M",
        })).ReadAsync<ReportDueRuleResponse>(HttpStatusCode.Created);
        return type;
    }

    /// <summary>A county's flagged bureau and a key of the Guidance scopes on the given host.</summary>
    private async Task<(Guid Bureau, HttpClient Client)> CountyBureauAsync(string division, WebApplicationFactory<Program>? factory = null)
    {
        var bureau = await (await Admin.PostJsonAsync("/api/v1/organs", new
        {
            name = "县机关事务管理局", divisionCode = division, unifiedSocialCreditCode = TestData.Uscc(division), level = "County", type = "GovernmentDepartment", isBureau = true,
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var key = await (await Admin.PostJsonAsync("/api/v1/access/api-keys", new { name = "县级报送系统", organId = bureau.Id, scopes = Scopes }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        return (bureau.Id, fixture.ClientFor(factory ?? fixture.Factory, key.Key));
    }

    private static async Task<ReportCycleResponse> OpenAsync(HttpClient client, Guid typeId, int month, params Guid[] bureaus) =>
        await (await client.PostJsonAsync($"{Root}/cycles", new { reportTypeId = typeId, year = 2026, month, bureauIds = bureaus }))
            .ReadAsync<ReportCycleResponse>(HttpStatusCode.Created);

    private static async Task<ReportSubmissionResponse> ActAsync(HttpClient client, Guid id, string action, long version, object? body = null) =>
        await (await client.SendAsync(Http.Request(HttpMethod.Post, $"{Root}/submissions/{id}/{action}", body is null ? null : JsonSerializer.Serialize(body, Http.Json), $"\"{version}\"")))
            .ReadAsync<ReportSubmissionResponse>();

    private static async Task<ReportSubmissionResponse> SaveAsync(HttpClient client, Guid id, long version, object data) =>
        await (await client.PutJsonAsync($"{Root}/submissions/{id}", new { data }, $"\"{version}\"")).ReadAsync<ReportSubmissionResponse>();

    [ProviderFact]
    public async Task Submitted_on_the_due_date_is_on_time_the_next_business_day_is_late_and_a_late_resubmission_is_late()
    {
        var type = await MonthlyTypeAsync("test-monthly-boundary");
        var (client, time, factory) = FakeTimeHost(new DateOnly(2026, 6, 1));
        var (a, aClient) = await CountyBureauAsync("320111", factory);
        var (b, bClient) = await CountyBureauAsync("320112", factory);
        var cycle = await OpenAsync(client, type.Id, 5, a, b);
        // May 2026 ends on Sunday the 31st; 5 working days later is Friday 5 June (no holiday in between).
        Assert.Equal(("2026-05", new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31), new DateOnly(2026, 6, 5), 5),
            (cycle.PeriodLabel, cycle.PeriodStart, cycle.PeriodEnd, cycle.DueOn, cycle.WorkingDays));
        Assert.All(cycle.Submissions, s => Assert.Equal((ReportSubmissionStatus.Draft, false, false, cycle.DueOn), (s.Status, s.Late, s.Overdue, s.DueOn)));
        var sa = cycle.Submissions.Single(s => s.BureauId == a);
        var sb = cycle.Submissions.Single(s => s.BureauId == b);

        // On the due date: on time.
        time.SetUtcNow(At(new DateOnly(2026, 6, 5)));
        sa = await SaveAsync(aClient, sa.Id, sa.Version, new { institutions = 12, energyKgce = 1000.5m });
        sa = await ActAsync(aClient, sa.Id, "submit", sa.Version);
        Assert.Equal((ReportSubmissionStatus.Submitted, new DateOnly(2026, 6, 5), false, false), (sa.Status, sa.SubmittedOn!.Value, sa.Late, sa.Overdue));

        // The next business day (Monday 8 June): B is overdue before it submits, and late after.
        time.SetUtcNow(At(new DateOnly(2026, 6, 8)));
        sb = await (await bClient.GetAsync($"{Root}/submissions/{sb.Id}")).ReadAsync<ReportSubmissionResponse>();
        Assert.True(sb.Overdue);
        sb = await SaveAsync(bClient, sb.Id, sb.Version, new { institutions = 8, energyKgce = 99.25m, note = "迟报" });
        sb = await ActAsync(bClient, sb.Id, "submit", sb.Version);
        Assert.Equal((ReportSubmissionStatus.Submitted, true, false), (sb.Status, sb.Late, sb.Overdue));

        // A returned on time, resubmitted after the due date: late.
        sa = await ActAsync(client, sa.Id, "return", sa.Version, new { comments = "请核实能耗数据。" });
        Assert.Equal((ReportSubmissionStatus.Returned, "请核实能耗数据。", true), (sa.Status, sa.Comments, sa.Overdue));
        sa = await SaveAsync(aClient, sa.Id, sa.Version, new { institutions = 12, energyKgce = 1000.75m });
        sa = await ActAsync(aClient, sa.Id, "submit", sa.Version);
        Assert.Equal((ReportSubmissionStatus.Resubmitted, new DateOnly(2026, 6, 5), new DateOnly(2026, 6, 8), true), (sa.Status, sa.FirstSubmittedOn!.Value, sa.SubmittedOn!.Value, sa.Late));

        // Accepted submissions are summed; CSV has a line per bureau and the totals.
        var summary0 = await (await client.GetAsync($"{Root}/cycles/{cycle.Id}/summary")).ReadAsync<ReportSummaryResponse>();
        Assert.Equal((2, 0), (summary0.Expected, summary0.Accepted));
        sa = await ActAsync(client, sa.Id, "accept", sa.Version);
        sb = await ActAsync(client, sb.Id, "accept", sb.Version);
        Assert.Equal((ReportSubmissionStatus.Accepted, new DateOnly(2026, 6, 8)), (sa.Status, sa.AcceptedOn!.Value));
        var summary = await (await client.GetAsync($"{Root}/cycles/{cycle.Id}/summary")).ReadAsync<ReportSummaryResponse>();
        Assert.Equal((2, 2), (summary.Expected, summary.Accepted));
        Assert.Equal([("institutions", 20m), ("energyKgce", 1100.00m)], summary.Totals.Select(t => (t.Field, t.Total)));
        var csv = await (await client.GetAsync($"{Root}/cycles/{cycle.Id}/summary?format=Csv")).Content.ReadAsStringAsync();
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("bureauId,divisionCode,institutions,energyKgce", lines[0]);
        Assert.Equal($"{a},320111,12,1000.75", lines[1]);
        Assert.Equal(",合计,20,1100.00", lines[^1]);

        // An accepted submission no longer changes.
        await (await aClient.PutJsonAsync($"{Root}/submissions/{sa.Id}", new { data = new { institutions = 1 } }, $"\"{sa.Version}\""))
            .ProblemAsync(HttpStatusCode.Conflict, "guidance.submission-state");
    }

    [ProviderFact]
    public async Task A_county_bureau_sees_and_submits_only_its_own_and_another_countys_items_are_404()
    {
        var type = await MonthlyTypeAsync("test-monthly-scope");
        var (a, aClient) = await CountyBureauAsync("320121");
        var (b, _) = await CountyBureauAsync("320122");
        var (_, cClient) = await CountyBureauAsync("320123");
        var cycle = await OpenAsync(Admin, type.Id, 1, a, b);
        var sa = cycle.Submissions.Single(s => s.BureauId == a);
        var sb = cycle.Submissions.Single(s => s.BureauId == b);

        var own = await (await aClient.GetAsync($"{Root}/cycles/{cycle.Id}")).ReadAsync<ReportCycleResponse>();
        Assert.Equal([sa.Id], own.Submissions.Select(s => s.Id));
        await (await aClient.GetAsync($"{Root}/submissions/{sa.Id}")).ReadAsync<ReportSubmissionResponse>();
        await (await aClient.GetAsync($"{Root}/submissions/{sb.Id}")).ProblemAsync(HttpStatusCode.NotFound, "guidance.submission-not-found");
        await (await aClient.PutJsonAsync($"{Root}/submissions/{sb.Id}", new { data = new { institutions = 1 } }, "*"))
            .ProblemAsync(HttpStatusCode.NotFound, "guidance.submission-not-found");
        await (await aClient.SendAsync(Http.Request(HttpMethod.Post, $"{Root}/submissions/{sb.Id}/submit", ifMatch: "*")))
            .ProblemAsync(HttpStatusCode.NotFound, "guidance.submission-not-found");
        await (await aClient.SendAsync(Http.Request(HttpMethod.Post, $"{Root}/submissions/{sb.Id}/accept", ifMatch: "*")))
            .ProblemAsync(HttpStatusCode.NotFound, "guidance.submission-not-found");

        // A county not in the cycle sees no cycle at all.
        await (await cClient.GetAsync($"{Root}/cycles/{cycle.Id}")).ProblemAsync(HttpStatusCode.NotFound, "guidance.cycle-not-found");
        await (await cClient.GetAsync($"{Root}/cycles/{cycle.Id}/summary")).ProblemAsync(HttpStatusCode.NotFound, "guidance.cycle-not-found");
        var cList = await (await cClient.GetAsync($"{Root}/cycles?reportTypeId={type.Id}")).ReadAsync<PagedResult<ReportCycleResponse>>();
        Assert.Empty(cList.Items);
        var aList = await (await aClient.GetAsync($"{Root}/cycles?reportTypeId={type.Id}&year=2026")).ReadAsync<PagedResult<ReportCycleResponse>>();
        Assert.Equal([sa.Id], Assert.Single(aList.Items).Submissions.Select(s => s.Id));

        // Reviewing and opening are the city bureau's: 403 for a county on its own submission.
        sa = await SaveAsync(aClient, sa.Id, sa.Version, new { institutions = 3, energyKgce = 5 });
        sa = await ActAsync(aClient, sa.Id, "submit", sa.Version);
        await (await aClient.SendAsync(Http.Request(HttpMethod.Post, $"{Root}/submissions/{sa.Id}/accept", ifMatch: $"\"{sa.Version}\"")))
            .ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        await (await aClient.PostJsonAsync($"{Root}/cycles", new { reportTypeId = type.Id, year = 2026, month = 2, bureauIds = new[] { a } }))
            .ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");

        // The summary of a county covers its own submission only.
        await ActAsync(Admin, sa.Id, "accept", sa.Version);
        var summary = await (await aClient.GetAsync($"{Root}/cycles/{cycle.Id}/summary")).ReadAsync<ReportSummaryResponse>();
        Assert.Equal((1, 1, a), (summary.Expected, summary.Accepted, Assert.Single(summary.Rows).BureauId));
    }

    [ProviderFact]
    public async Task Bad_input_is_a_4xx_and_writes_nothing()
    {
        var type = await MonthlyTypeAsync("test-monthly-bad");
        var (a, aClient) = await CountyBureauAsync("320131");

        // Report types: a remote reference, a non-object schema, a bad code, a code in use, a missing member, an unknown period.
        var remote = JsonDocument.Parse("""{"type":"object","properties":{"x":{"$ref":"https://example.org/s.json"}}}""").RootElement;
        await (await Admin.PostJsonAsync($"{Root}/report-types", new { code = "remote-ref", name = "x", period = "Year", formSchema = remote }))
            .FieldProblemAsync("formSchema", "guidance.form-schema-invalid");
        await (await Admin.PostJsonAsync($"{Root}/report-types", new { code = "array-schema", name = "x", period = "Year", formSchema = new[] { 1 } }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Admin.PostJsonAsync($"{Root}/report-types", new { code = "Bad Code", name = "x", period = "Year", formSchema = new { type = "object" } }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Admin.PostJsonAsync($"{Root}/report-types", new { code = "test-monthly-bad", name = "x", period = "Year", formSchema = new { type = "object" } }))
            .ProblemAsync(HttpStatusCode.Conflict, "guidance.report-type-exists");
        var missing = await Admin.PostRawAsync($"{Root}/report-types", """{"code":"no-schema","name":"x","period":"Year"}""");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var badEnum = await Admin.PostRawAsync($"{Root}/report-types", """{"code":"bad-enum","name":"x","period":"Week","formSchema":{"type":"object"}}""");
        Assert.Equal(HttpStatusCode.BadRequest, badEnum.StatusCode);
        Assert.Equal(0, await fixture.CountAsync("guidance_report_type", "code IN ('remote-ref', 'array-schema', 'no-schema', 'bad-enum')"));

        // Due rules: unknown type, a second version on the same start.
        await (await Admin.PostJsonAsync($"{Root}/rules/report-due", new
        {
            reportTypeCode = "no-such-type", jurisdiction = "national", effectiveFrom = "2020-01-01", workingDays = 5, source = "x", confidence = "M",
        })).FieldProblemAsync("reportTypeCode", "guidance.report-type-ref-not-found");
        await (await Admin.PostJsonAsync($"{Root}/rules/report-due", new
        {
            reportTypeCode = "test-monthly-bad", jurisdiction = "national", effectiveFrom = "2020-01-01", workingDays = 6, source = "x", confidence = "M",
        })).ProblemAsync(HttpStatusCode.Conflict, "guidance.rule-version-exists");
        await (await Admin.PostJsonAsync($"{Root}/rules/report-due", new
        {
            reportTypeCode = "test-monthly-bad", jurisdiction = "national", effectiveFrom = "2021-01-01", workingDays = 0, source = "x", confidence = "M",
        })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");

        // Cycles: a period that does not fit, an organ that is not a bureau, an unknown type, then a second opening of the period.
        await (await Admin.PostJsonAsync($"{Root}/cycles", new { reportTypeId = type.Id, year = 2026, quarter = 1, bureauIds = new[] { a } }))
            .FieldProblemAsync("month", "guidance.period-invalid");
        var organ = await (await Admin.PostJsonAsync("/api/v1/organs", new
        {
            name = "县财政局", divisionCode = "320131", unifiedSocialCreditCode = TestData.Uscc("320131"), level = "County", type = "GovernmentDepartment",
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        await (await Admin.PostJsonAsync($"{Root}/cycles", new { reportTypeId = type.Id, year = 2026, month = 3, bureauIds = new[] { a, organ.Id } }))
            .FieldProblemAsync("bureauIds[1]", "guidance.bureau-ref-not-found");
        await (await Admin.PostJsonAsync($"{Root}/cycles", new { reportTypeId = Guid.NewGuid(), year = 2026, month = 3, bureauIds = new[] { a } }))
            .FieldProblemAsync("reportTypeId", "guidance.report-type-ref-not-found");
        await (await Admin.PostJsonAsync($"{Root}/cycles", new { reportTypeId = type.Id, year = 2026, month = 3, bureauIds = new[] { a, a } }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var noBureaus = await Admin.PostRawAsync($"{Root}/cycles", $$"""{"reportTypeId":"{{type.Id}}","year":2026,"month":3}""");
        Assert.Equal(HttpStatusCode.BadRequest, noBureaus.StatusCode);
        Assert.Equal(0, await fixture.CountAsync("guidance_report_cycle", "report_type_id = @Id", new { type.Id }));
        var cycle = await OpenAsync(Admin, type.Id, 3, a);
        await (await Admin.PostJsonAsync($"{Root}/cycles", new { reportTypeId = type.Id, year = 2026, month = 3, bureauIds = new[] { a } }))
            .ProblemAsync(HttpStatusCode.Conflict, "guidance.cycle-exists");

        // Submissions: invalid data is 422 with the schema's errors and nothing changes; stale and missing If-Match; not an object.
        var s = Assert.Single(cycle.Submissions);
        s = await SaveAsync(aClient, s.Id, s.Version, new { institutions = -1, note = new string('长', 201) });
        var invalid = await (await aClient.SendAsync(Http.Request(HttpMethod.Post, $"{Root}/submissions/{s.Id}/submit", ifMatch: $"\"{s.Version}\"")))
            .ProblemAsync((HttpStatusCode)422, "guidance.submission-invalid");
        Assert.Contains("data.energyKgce:guidance.submission-invalid", invalid.FieldErrors());
        Assert.Contains("data.institutions:guidance.submission-invalid", invalid.FieldErrors());
        Assert.Contains("data.note:guidance.submission-invalid", invalid.FieldErrors());
        var unchanged = await (await aClient.GetAsync($"{Root}/submissions/{s.Id}")).ReadAsync<ReportSubmissionResponse>();
        Assert.Equal((ReportSubmissionStatus.Draft, s.Version), (unchanged.Status, unchanged.Version));
        await (await aClient.PutJsonAsync($"{Root}/submissions/{s.Id}", new { data = new { institutions = 1 } }, $"\"{s.Version - 1}\""))
            .ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        await (await aClient.PutJsonAsync($"{Root}/submissions/{s.Id}", new { data = new { institutions = 1 } }, null))
            .ProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if-match-required");
        await (await aClient.PutJsonAsync($"{Root}/submissions/{s.Id}", new { data = new[] { 1 } }, "*"))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Admin.SendAsync(Http.Request(HttpMethod.Post, $"{Root}/submissions/{s.Id}/return", "{}", "*")))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing");
        await (await Admin.SendAsync(Http.Request(HttpMethod.Post, $"{Root}/submissions/{s.Id}/return", """{"comments":""}""", "*")))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Admin.SendAsync(Http.Request(HttpMethod.Post, $"{Root}/submissions/{s.Id}/return", """{"comments":"x"}""", "*")))
            .ProblemAsync(HttpStatusCode.Conflict, "guidance.submission-state");
        await (await aClient.GetAsync($"{Root}/submissions/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "guidance.submission-not-found");
        await (await Admin.GetAsync($"{Root}/report-types/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "guidance.report-type-not-found");
        await (await Admin.GetAsync($"{Root}/cycles?year=1999")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Admin.GetAsync($"{Root}/cycles/{cycle.Id}/summary?format=Xml")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }

    [ProviderFact]
    public async Task A_type_without_a_due_rule_cannot_open_and_the_seeded_reports_are_there()
    {
        var type = await (await Admin.PostJsonAsync($"{Root}/report-types", new
        {
            code = "test-no-rule", name = "无时限报表", period = "Quarter", formSchema = new { type = "object" },
        })).ReadAsync<ReportTypeResponse>(HttpStatusCode.Created);
        var (a, _) = await CountyBureauAsync("320141");
        await (await Admin.PostJsonAsync($"{Root}/cycles", new { reportTypeId = type.Id, year = 2026, quarter = 2, bureauIds = new[] { a } }))
            .ProblemAsync((HttpStatusCode)422, "guidance.due-rule-missing");

        var types = await (await Admin.GetAsync($"{Root}/report-types")).ReadAsync<List<ReportTypeResponse>>();
        Assert.Contains(types, t => t.Code == "operating-cost-survey" && t.Period == ReportPeriodKind.Year);
        Assert.Contains(types, t => t.Code == "energy-regional-summary" && t.Period == ReportPeriodKind.Year);
        var rules = await (await Admin.GetAsync($"{Root}/rules/report-due?reportTypeCode=energy-regional-summary&jurisdiction=320100"))
            .ReadAsync<List<ReportDueRuleResponse>>();
        Assert.Equal(("national", 55), (Assert.Single(rules).Jurisdiction, rules[0].WorkingDays));
        await (await Admin.GetAsync($"{Root}/rules/report-due?jurisdiction=abc")).FieldProblemAsync("jurisdiction", "guidance.jurisdiction-invalid");
    }

    [ProviderFact]
    public async Task The_seeded_yearly_reports_open_prefilled_from_Costs_and_Energy_per_bureau_jurisdiction()
    {
        await Declare2026Async();
        var (a, _) = await CountyBureauAsync("320171");
        var (b, _) = await CountyBureauAsync("320172");
        var withCosts = await (await Admin.PostJsonAsync("/api/v1/organs", new
        {
            name = "县某局", divisionCode = "320171", unifiedSocialCreditCode = TestData.Uscc("320171"), level = "County", type = "GovernmentDepartment",
            headcount = new object[] { new { rankCode = "BelowSection", approved = 5 }, new { rankCode = "SectionPrincipal", approved = 1 } },
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        await (await Admin.SendAsync(Http.Request(HttpMethod.Put, $"/api/v1/costs/operating-costs/{withCosts.Id}/2025/entries",
            JsonSerializer.Serialize(new { rent = 1000m, propertyFees = 200.5m, repairs = 0m, energyBills = 300m, logisticsServices = 0m, note = "2025" }, Http.Json), "\"0\"")))
            .ReadAsync<JsonElement>();

        // An institution of the county with its 2025 annual report submitted, and one with a draft only: the draft is not counted.
        var (_, submitted) = await Energy.EnergySetup.InstitutionAsync(Admin, "320171");
        var (_, drafted) = await Energy.EnergySetup.InstitutionAsync(Admin, "320171");
        foreach (var institution in new[] { submitted, drafted })
        {
            await Energy.EnergySetup.StatisticsAsync(Admin, institution.Id, 2025, 2000m, 40);
            await Energy.EnergySetup.RecordAsync(Admin, (await Energy.EnergySetup.MeterAsync(Admin, institution.Id)).Id, "2025-05-01T10:00:00+08:00", 1000m);
            await (await Admin.PostAsync($"/api/v1/energy/institutions/{institution.Id}/annual-reports/2025/draft", null)).ReadAsync<JsonElement>();
        }
        await (await Admin.SendAsync(Http.Request(HttpMethod.Post, $"/api/v1/energy/institutions/{submitted.Id}/annual-reports/2025/submit", "{}", "\"1\"")))
            .ReadAsync<JsonElement>();

        var types = await (await Admin.GetAsync($"{Root}/report-types")).ReadAsync<List<ReportTypeResponse>>();
        async Task<Dictionary<Guid, JsonElement>> OpenYearAsync(string code) =>
            (await (await Admin.PostJsonAsync($"{Root}/cycles", new { reportTypeId = types.Single(t => t.Code == code).Id, year = 2025, bureauIds = new[] { a, b } }))
                .ReadAsync<ReportCycleResponse>(HttpStatusCode.Created)).Submissions.ToDictionary(s => s.BureauId, s => s.Data!.Value);

        var survey = await OpenYearAsync("operating-cost-survey");
        // County A: the bureau itself, the organ with costs, and the two institutions' organs; 6 approved posts; 1,500.50 entered.
        Assert.Equal((4, 6L, 1500.5m), (survey[a].GetProperty("organCount").GetInt32(), survey[a].GetProperty("staffCount").GetInt64(),
            survey[a].GetProperty("operatingCostYuan").GetDecimal()));
        Assert.Equal((1, 0L, 0m), (survey[b].GetProperty("organCount").GetInt32(), survey[b].GetProperty("staffCount").GetInt64(),
            survey[b].GetProperty("operatingCostYuan").GetDecimal()));

        var energy = await OpenYearAsync("energy-regional-summary");
        Assert.Equal((1, 122.9m, 2000m, 0m), (energy[a].GetProperty("institutionCount").GetInt32(), energy[a].GetProperty("energyKgce").GetDecimal(),
            energy[a].GetProperty("buildingAreaM2").GetDecimal(), energy[a].GetProperty("waterM3").GetDecimal()));
        Assert.Equal(0, energy[b].GetProperty("institutionCount").GetInt32());
    }

    [ProviderFact]
    public async Task Two_openings_of_one_period_at_once_make_one_cycle_and_two_writes_of_one_version_make_one_change()
    {
        var type = await MonthlyTypeAsync("test-monthly-race");
        var (a, aClient) = await CountyBureauAsync("320151");
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Admin.PostJsonAsync($"{Root}/cycles", new { reportTypeId = type.Id, year = 2026, month = 4, bureauIds = new[] { a } })));
        Assert.Equal(1, answers.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(answers.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, await fixture.CountAsync("guidance_report_cycle", "report_type_id = @Id", new { type.Id }));
        Assert.Equal(1, await fixture.CountAsync("guidance_report_submission", "organ_id = @A", new { A = a }));

        var cycle = await answers.Single(r => r.StatusCode == HttpStatusCode.Created).ReadAsync<ReportCycleResponse>(HttpStatusCode.Created);
        var s = Assert.Single(cycle.Submissions);
        var writes = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            aClient.PutJsonAsync($"{Root}/submissions/{s.Id}", new { data = new { institutions = i, energyKgce = 1 } }, $"\"{s.Version}\"")));
        Assert.Equal(1, writes.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(writes.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
    }
}

internal static class GuidanceProblems
{
    /// <summary>A 400 request.invalid whose field errors include the field with the code.</summary>
    public static async Task FieldProblemAsync(this HttpResponseMessage response, string field, string code) =>
        Assert.Contains($"{field}:{code}", (await response.ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
}
