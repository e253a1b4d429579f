using System.Net;
using System.Security.Cryptography;
using System.Text;
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
/// Inspection campaigns and rectification (issue 21, items 3 and 4; G1): an approved plan, a campaign with the seeded energy
/// checklist, the 双随机 draw re-derived from its recorded seed, publication, findings on the violation ledger, and the
/// rectification deadline by severity on its last day and the day after; a county bureau's key sees only its own (404 otherwise).
/// </summary>
public abstract class GuidanceInspectionTests(ApiFixture fixture)
{
    internal const string Root = "/api/v1/guidance";
    private static readonly string[] Scopes = ["guidance.read", "guidance.write"];
    private HttpClient Admin => fixture.Client;

    /// <summary>Noon of the day in Asia/Shanghai.</summary>
    internal static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero);

    private (HttpClient Client, FakeTimeProvider Time, WebApplicationFactory<Program> Factory) FakeTimeHost(DateOnly today)
    {
        var time = new FakeTimeProvider(At(today));
        var factory = fixture.CreateFactory(services: s => s.AddSingleton<TimeProvider>(time));
        return (fixture.ClientFor(factory), time, factory);
    }

    internal static async Task DeclareCalendarAsync(HttpClient admin)
    {
        var year = await admin.GetAsync("/api/v1/calendar/years/2026/national");
        if (!(await year.ReadAsync<CalendarYearResponse>()).Complete)
        {
            await (await admin.PutJsonAsync("/api/v1/calendar/years/2026/national", new { complete = true, source = "测试通知〔2025〕1号" }, year.ETag()))
                .ReadAsync<CalendarYearResponse>();
        }
        // Serious findings recorded in December run into the next year (60 working days).
        var next = await admin.GetAsync("/api/v1/calendar/years/2027/national");
        if (!(await next.ReadAsync<CalendarYearResponse>()).Complete)
        {
            await (await admin.PutJsonAsync("/api/v1/calendar/years/2027/national", new { complete = true, source = "测试通知〔2026〕1号" }, next.ETag()))
                .ReadAsync<CalendarYearResponse>();
        }
    }

    internal static async Task<(Guid Bureau, HttpClient Client)> CountyBureauAsync(ApiFixture fixture, string division, WebApplicationFactory<Program>? factory = null)
    {
        var bureau = await (await fixture.Client.PostJsonAsync("/api/v1/organs", new
        {
            name = "县机关事务管理局", divisionCode = division, unifiedSocialCreditCode = TestData.Uscc(division), level = "County", type = "GovernmentDepartment", isBureau = true,
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var key = await (await fixture.Client.PostJsonAsync("/api/v1/access/api-keys", new { name = "县级整改系统", organId = bureau.Id, scopes = Scopes }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        return (bureau.Id, fixture.ClientFor(factory ?? fixture.Factory, key.Key));
    }

    /// <summary>Staff members of a city department (inspectors, the approver).</summary>
    internal static async Task<Guid[]> StaffAsync(HttpClient admin, string division, int count)
    {
        var organ = await (await admin.PostJsonAsync("/api/v1/organs", new
        {
            name = "市机关事务管理局督查处", divisionCode = division, unifiedSocialCreditCode = TestData.Uscc(division), level = "Municipal", type = "GovernmentDepartment",
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var ids = new Guid[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = (await (await admin.PostJsonAsync("/api/v1/organs/staff", new { name = $"检查员{i}", organId = organ.Id, rankCode = "BelowBureau", startedOn = "2020-01-01" }))
                .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created)).Id;
        }
        return ids;
    }

    internal static async Task<InspectionPlanResponse> ApprovedPlanAsync(HttpClient admin, int year, Guid approver)
    {
        var plan = await (await admin.PostJsonAsync($"{Root}/inspection-plans", new { year, title = $"{year} 年度节能监督检查计划" }))
            .ReadAsync<InspectionPlanResponse>(HttpStatusCode.Created);
        return await Act<InspectionPlanResponse>(admin, $"{Root}/inspection-plans/{plan.Id}/approve", plan.Version, new { staffMemberId = approver, reference = "局务会纪要〔2026〕3号" });
    }

    internal static async Task<T> Act<T>(HttpClient client, string url, long version, object? body = null) =>
        await (await client.SendAsync(Http.Request(HttpMethod.Post, url, body is null ? null : JsonSerializer.Serialize(body, Http.Json), $"\"{version}\"")))
            .ReadAsync<T>();

    internal static Task<HttpResponseMessage> Send(HttpClient client, string url, long? version, object? body = null) =>
        client.SendAsync(Http.Request(HttpMethod.Post, url, body is null ? null : JsonSerializer.Serialize(body, Http.Json), version is null ? null : $"\"{version}\""));

    internal static async Task<CampaignResponse> CampaignAsync(HttpClient admin, Guid planId, Guid[] units, Guid[] inspectors) =>
        await (await admin.PostJsonAsync($"{Root}/campaigns", new
        {
            planId, title = "公共机构节能专项检查", duties = new[] { "Energy", "Vehicles" }, unitCandidateIds = units, inspectorCandidateIds = inspectors,
            checklistTemplate = "energy-supervision",
        })).ReadAsync<CampaignResponse>(HttpStatusCode.Created);

    internal static async Task<FindingResponse> FindingAsync(HttpClient admin, CampaignResponse campaign, Guid unit, string severity, DateOnly visitedOn) =>
        await (await admin.PostJsonAsync($"{Root}/campaigns/{campaign.Id}/findings", new
        {
            organId = unit, itemCode = "metering", severity, evidenceReference = "检查记录第3页", description = "未分户计量", visitedOn,
            inspectorIds = new[] { campaign.Inspectors.First(i => i.DrawnRank == 1).Id },
        })).ReadAsync<FindingResponse>(HttpStatusCode.Created);

    private static string Key(string seed, Guid id) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed + id.ToString("D"))));

    [ProviderFact]
    public async Task A_campaign_is_drawn_reproducibly_published_and_its_findings_are_rectified_by_the_deadline_or_notified()
    {
        await DeclareCalendarAsync(Admin);
        var (client, time, factory) = FakeTimeHost(new DateOnly(2026, 6, 1));
        var staff = await StaffAsync(Admin, "320100", 4);
        var counties = new List<(Guid Bureau, HttpClient Client)>();
        foreach (var division in new[] { "320151", "320152", "320153", "320154" })
        {
            counties.Add(await CountyBureauAsync(fixture, division, factory));
        }

        // The seeded checklist: the eight energy supervision items with their rules and source.
        var template = await (await client.GetAsync($"{Root}/checklist-templates/energy-supervision")).ReadAsync<ChecklistTemplateResponse>();
        Assert.Equal(8, template.Items.Count);
        Assert.Equal(["E4", "E7", "E5", "G1", "G1", "G1", "G1", "V6"], template.Items.Select(i => i.RuleId));
        Assert.All(template.Items, i => Assert.Contains("公共机构节能条例", i.Source));

        // Campaigns only under an approved plan.
        var draft = await (await client.PostJsonAsync($"{Root}/inspection-plans", new { year = 2031, title = "草稿计划" })).ReadAsync<InspectionPlanResponse>(HttpStatusCode.Created);
        await (await client.PostJsonAsync($"{Root}/campaigns", new
        {
            planId = draft.Id, title = "x", duties = new[] { "Energy" }, unitCandidateIds = new[] { counties[0].Bureau }, inspectorCandidateIds = new[] { staff[1] },
            checklistTemplate = "energy-supervision",
        })).ProblemAsync(HttpStatusCode.Conflict, "guidance.plan-not-approved");
        var plan = await ApprovedPlanAsync(client, 2026, staff[0]);
        Assert.Equal((InspectionPlanStatus.Approved, staff[0]), (plan.Status, plan.ApprovedBy));

        var units = counties.Select(c => c.Bureau).ToArray();
        var campaign = await CampaignAsync(client, plan.Id, units, staff[1..]);
        Assert.Equal((CampaignStatus.Planned, 4, 3, 8), (campaign.Status, campaign.Units.Count, campaign.Inspectors.Count, campaign.Checklist.Count));

        // The draw: re-derived here from the recorded seed and candidate list.
        campaign = await Act<CampaignResponse>(client, $"{Root}/campaigns/{campaign.Id}/draw", campaign.Version, new { unitCount = 2, inspectorCount = 2, seed = "seed-2026-energy" });
        Assert.Equal(("seed-2026-energy", CampaignStatus.Drawn), (campaign.Seed, campaign.Status));
        var expectedUnits = campaign.Units.Select(u => u.Id).OrderBy(id => Key(campaign.Seed!, id), StringComparer.Ordinal).Take(2).ToList();
        Assert.Equal(expectedUnits, campaign.Units.Where(u => u.DrawnRank is not null).OrderBy(u => u.DrawnRank).Select(u => u.Id));
        Assert.All(campaign.Units, u => Assert.Equal(Key(campaign.Seed!, u.Id), u.DrawKey));
        var expectedInspectors = staff[1..].OrderBy(id => Key(campaign.Seed!, id), StringComparer.Ordinal).Take(2).ToList();
        Assert.Equal(expectedInspectors, campaign.Inspectors.Where(i => i.DrawnRank is not null).OrderBy(i => i.DrawnRank).Select(i => i.Id));
        await (await Send(client, $"{Root}/campaigns/{campaign.Id}/draw", campaign.Version, new { unitCount = 1, inspectorCount = 1 }))
            .ProblemAsync(HttpStatusCode.Conflict, "guidance.campaign-state");

        // Before publication a drawn county sees its own unit only and no seed; an undrawn one gets 404.
        var drawn = counties.Single(c => c.Bureau == expectedUnits[0]);
        var undrawn = counties.First(c => !expectedUnits.Contains(c.Bureau));
        var own = await (await drawn.Client.GetAsync($"{Root}/campaigns/{campaign.Id}")).ReadAsync<CampaignResponse>();
        Assert.Equal([drawn.Bureau], own.Units.Select(u => u.Id));
        Assert.Null(own.Seed);
        await (await undrawn.Client.GetAsync($"{Root}/campaigns/{campaign.Id}")).ProblemAsync(HttpStatusCode.NotFound, "guidance.campaign-not-found");

        // The list shows the same: the bureau and the drawn county list it, the undrawn county does not; bad filters are 400.
        async Task<Guid[]> ListedAsync(HttpClient reader, string query) =>
            (await (await reader.GetAsync($"{Root}/campaigns?planId={plan.Id}{query}")).ReadAsync<PagedResult<CampaignSummaryResponse>>()).Items.Select(c => c.Id).ToArray();
        Assert.Equal([campaign.Id], await ListedAsync(client, "&status=Drawn"));
        Assert.Empty(await ListedAsync(client, "&status=Published"));
        Assert.Equal([campaign.Id], await ListedAsync(drawn.Client, ""));
        Assert.Empty(await ListedAsync(undrawn.Client, ""));
        await (await client.GetAsync($"{Root}/campaigns?status=Closed")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await client.GetAsync($"{Root}/campaigns?sort=seed")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");

        // Findings open violations with the rectification deadline (Minor: the seeded 15 working days).
        var f1 = await FindingAsync(client, campaign, expectedUnits[0], "Minor", new DateOnly(2026, 6, 1));
        var f2 = await FindingAsync(client, campaign, expectedUnits[1], "Minor", new DateOnly(2026, 6, 1));
        Assert.Equal((FindingStatus.Open, "E7", 15, false), (f1.Status, f1.RuleId, f1.WorkingDays, f1.Overdue));
        Assert.True(f1.DueOn >= new DateOnly(2026, 6, 19));
        Assert.Equal(1, await fixture.CountAsync("shared_violation", "subject_id = @Id AND closed_on IS NULL AND rule_id = 'E7' AND due_on = @Due", new { f1.Id, Due = f1.DueOn }));

        // Published: every reader sees the seed, the candidates and the counts.
        campaign = await Act<CampaignResponse>(client, $"{Root}/campaigns/{campaign.Id}/publish", campaign.Version);
        var published = await (await undrawn.Client.GetAsync($"{Root}/campaigns/{campaign.Id}")).ReadAsync<CampaignResponse>();
        Assert.Equal([campaign.Id], await ListedAsync(undrawn.Client, "&status=Published"));
        Assert.Equal(("seed-2026-energy", 4, 2), (published.Seed, published.Units.Count, published.Results.Count));
        Assert.All(published.Results, r => Assert.Equal((1, 1), (r.Findings, r.OpenFindings)));
        await (await undrawn.Client.GetAsync($"{Root}/findings/{f1.Id}")).ProblemAsync(HttpStatusCode.NotFound, "guidance.finding-not-found");

        // The last day: f1 reported on time and verified; f2 not yet overdue, so no notice.
        time.SetUtcNow(At(f1.DueOn));
        var c1 = drawn.Client;
        f1 = await Act<FindingResponse>(c1, $"{Root}/findings/{f1.Id}/report", f1.Version, new { progress = "已完成分户计量改造", evidenceReference = "整改报告〔2026〕5号" });
        Assert.Equal((FindingStatus.Reported, f1.DueOn), (f1.Status, f1.ReportedOn!.Value));
        await (await Send(c1, $"{Root}/findings/{f1.Id}/verify", f1.Version, new { comments = "自己验收" })).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        f1 = await Act<FindingResponse>(client, $"{Root}/findings/{f1.Id}/return", f1.Version, new { comments = "请补充计量台账" });
        f1 = await Act<FindingResponse>(c1, $"{Root}/findings/{f1.Id}/report", f1.Version, new { progress = "已补充台账", evidenceReference = "整改报告〔2026〕6号" });
        f1 = await Act<FindingResponse>(client, $"{Root}/findings/{f1.Id}/verify", f1.Version, new { comments = "整改到位" });
        Assert.Equal((FindingStatus.Closed, true, f1.DueOn), (f1.Status, f1.RectifiedOnTime, f1.ClosedOn!.Value));
        Assert.Equal(1, await fixture.CountAsync("shared_violation", "subject_id = @Id AND closed_on IS NOT NULL AND close_reason = 'Corrected'", new { f1.Id }));
        var onDue = await (await client.GetAsync($"{Root}/findings/{f2.Id}")).ReadAsync<FindingResponse>();
        Assert.False(onDue.Overdue);
        await (await Send(client, $"{Root}/findings/{f2.Id}/notify", f2.Version, new { noticeText = "通报" })).ProblemAsync(HttpStatusCode.Conflict, "guidance.finding-not-overdue");

        // The day after: f2 is overdue, on the overdue list, notified with its text; a late report then closes it late.
        time.SetUtcNow(At(f2.DueOn.AddDays(1)));
        f2 = await (await client.GetAsync($"{Root}/findings/{f2.Id}")).ReadAsync<FindingResponse>();
        Assert.True(f2.Overdue);
        var overdue = await (await client.GetAsync($"{Root}/findings?overdue=true&campaignId={campaign.Id}")).ReadAsync<PagedResult<FindingResponse>>();
        Assert.Equal([f2.Id], overdue.Items.Select(f => f.Id));
        f2 = await Act<FindingResponse>(client, $"{Root}/findings/{f2.Id}/notify", f2.Version, new { noticeText = "关于某县逾期未整改的通报" });
        Assert.Equal(("关于某县逾期未整改的通报", f2.DueOn.AddDays(1)), (f2.NoticeText, f2.NotifiedOn!.Value));
        await (await Send(client, $"{Root}/findings/{f2.Id}/notify", f2.Version, new { noticeText = "再次通报" })).ProblemAsync(HttpStatusCode.Conflict, "guidance.finding-notified");
        var c2 = counties.Single(c => c.Bureau == expectedUnits[1]).Client;
        f2 = await Act<FindingResponse>(c2, $"{Root}/findings/{f2.Id}/report", f2.Version, new { progress = "已整改", evidenceReference = "整改报告" });
        f2 = await Act<FindingResponse>(client, $"{Root}/findings/{f2.Id}/verify", f2.Version, new { comments = "逾期整改到位" });
        Assert.Equal((FindingStatus.Closed, false), (f2.Status, f2.RectifiedOnTime));
    }

    [ProviderFact]
    public async Task A_county_bureau_sees_and_answers_only_its_own_findings_and_another_countys_are_404()
    {
        await DeclareCalendarAsync(Admin);
        var staff = await StaffAsync(Admin, "320160", 2);
        var (a, aClient) = await CountyBureauAsync(fixture, "320161");
        var (b, bClient) = await CountyBureauAsync(fixture, "320162");
        var plan = await ApprovedPlanAsync(Admin, 2027, staff[0]);
        var campaign = await CampaignAsync(Admin, plan.Id, [a, b], [staff[1]]);
        campaign = await Act<CampaignResponse>(Admin, $"{Root}/campaigns/{campaign.Id}/draw", campaign.Version, new { unitCount = 2, inspectorCount = 1 });
        Assert.Equal(64, campaign.Seed!.Length);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        var fa = await FindingAsync(Admin, campaign, a, "Major", today);
        var fb = await FindingAsync(Admin, campaign, b, "Serious", today);
        Assert.Equal((30, 60), (fa.WorkingDays, fb.WorkingDays));

        await (await aClient.GetAsync($"{Root}/findings/{fa.Id}")).ReadAsync<FindingResponse>();
        await (await aClient.GetAsync($"{Root}/findings/{fb.Id}")).ProblemAsync(HttpStatusCode.NotFound, "guidance.finding-not-found");
        await (await Send(aClient, $"{Root}/findings/{fb.Id}/report", fb.Version, new { progress = "x", evidenceReference = "y" }))
            .ProblemAsync(HttpStatusCode.NotFound, "guidance.finding-not-found");
        await (await Send(aClient, $"{Root}/findings/{fb.Id}/verify", fb.Version, new { comments = "x" })).ProblemAsync(HttpStatusCode.NotFound, "guidance.finding-not-found");
        var aList = await (await aClient.GetAsync($"{Root}/findings?campaignId={campaign.Id}")).ReadAsync<PagedResult<FindingResponse>>();
        Assert.Equal([fa.Id], aList.Items.Select(f => f.Id));
        var bCampaign = await (await bClient.GetAsync($"{Root}/campaigns/{campaign.Id}")).ReadAsync<CampaignResponse>();
        Assert.Equal([b], bCampaign.Units.Select(u => u.Id));
        Assert.Equal([(b, 1)], bCampaign.Results.Select(r => (r.OrganId, r.Findings)));

        // The city bureau's acts are 403 for a county, even on its own items.
        await (await aClient.PostJsonAsync($"{Root}/inspection-plans", new { year = 2040, title = "县计划" })).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        await (await Send(aClient, $"{Root}/campaigns/{campaign.Id}/publish", campaign.Version)).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        await (await Send(aClient, $"{Root}/findings/{fa.Id}/notify", fa.Version, new { noticeText = "x" })).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
    }

    [ProviderFact]
    public async Task Bad_input_is_a_4xx_and_writes_nothing()
    {
        await DeclareCalendarAsync(Admin);
        var staff = await StaffAsync(Admin, "320170", 3);
        var (a, _) = await CountyBureauAsync(fixture, "320171");
        var (b, _) = await CountyBureauAsync(fixture, "320172");
        var plan = await ApprovedPlanAsync(Admin, 2028, staff[0]);

        // Plans: a year used, a missing member, a stale and a missing If-Match, an approved plan approved again.
        await (await Admin.PostJsonAsync($"{Root}/inspection-plans", new { year = 2028, title = "重复" })).ProblemAsync(HttpStatusCode.Conflict, "guidance.plan-exists");
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.PostRawAsync($"{Root}/inspection-plans", """{"year":2029}""")).StatusCode);
        await (await Send(Admin, $"{Root}/inspection-plans/{plan.Id}/approve", plan.Version - 1, new { staffMemberId = staff[0], reference = "x" }))
            .ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        Assert.Equal((HttpStatusCode)428, (await Send(Admin, $"{Root}/inspection-plans/{plan.Id}/approve", null, new { staffMemberId = staff[0], reference = "x" })).StatusCode);
        await (await Send(Admin, $"{Root}/inspection-plans/{plan.Id}/approve", plan.Version, new { staffMemberId = staff[0], reference = "x" }))
            .ProblemAsync(HttpStatusCode.Conflict, "guidance.plan-state");
        var draft = await (await Admin.PostJsonAsync($"{Root}/inspection-plans", new { year = 2029, title = "草稿" })).ReadAsync<InspectionPlanResponse>(HttpStatusCode.Created);
        await (await Send(Admin, $"{Root}/inspection-plans/{draft.Id}/approve", draft.Version, new { staffMemberId = Guid.NewGuid(), reference = "x" }))
            .FieldProblemAsync("staffMemberId", "guidance.staff-ref-not-found");

        // Campaigns: unknown plan, unit, inspector and template; both checklist forms; an unknown duty; bad item rule id.
        object Body(Guid? planId = null, Guid[]? units = null, Guid[]? inspectors = null, string? template = "energy-supervision", object? checklist = null) => new
        {
            planId = planId ?? plan.Id, title = "检查", duties = new[] { "Energy" }, unitCandidateIds = units ?? [a, b], inspectorCandidateIds = inspectors ?? [staff[1], staff[2]],
            checklistTemplate = template, checklist,
        };
        await (await Admin.PostJsonAsync($"{Root}/campaigns", Body(planId: Guid.NewGuid()))).FieldProblemAsync("planId", "guidance.plan-ref-not-found");
        await (await Admin.PostJsonAsync($"{Root}/campaigns", Body(units: [a, Guid.NewGuid()]))).FieldProblemAsync("unitCandidateIds[1]", "guidance.unit-ref-not-found");
        await (await Admin.PostJsonAsync($"{Root}/campaigns", Body(inspectors: [Guid.NewGuid()]))).FieldProblemAsync("inspectorCandidateIds[0]", "guidance.staff-ref-not-found");
        await (await Admin.PostJsonAsync($"{Root}/campaigns", Body(template: "no-such-template"))).FieldProblemAsync("checklistTemplate", "guidance.checklist-template-ref-not-found");
        await (await Admin.PostJsonAsync($"{Root}/campaigns", Body(checklist: new[] { new { code = "x", title = "x", ruleId = "E4" } })))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Admin.PostJsonAsync($"{Root}/campaigns", Body(template: null, checklist: new[] { new { code = "x", title = "x", ruleId = "e4" } })))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Admin.PostJsonAsync($"{Root}/campaigns", Body(units: [a, a]))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var badDuty = await Admin.PostRawAsync($"{Root}/campaigns",
            $$"""{"planId":"{{plan.Id}}","title":"x","duties":["Weather"],"unitCandidateIds":["{{a}}"],"inspectorCandidateIds":["{{staff[1]}}"],"checklistTemplate":"energy-supervision"}""");
        Assert.Equal(HttpStatusCode.BadRequest, badDuty.StatusCode);
        Assert.Equal(0, await fixture.CountAsync("guidance_campaign", "plan_id = @Id", new { plan.Id }));

        // Draws: too many, a bad seed; findings before the draw and with references outside it.
        var campaign = await CampaignAsync(Admin, plan.Id, [a, b], [staff[1], staff[2]]);
        await (await Send(Admin, $"{Root}/campaigns/{campaign.Id}/draw", campaign.Version, new { unitCount = 3, inspectorCount = 1 }))
            .FieldProblemAsync("unitCount", "guidance.draw-count-invalid");
        await (await Send(Admin, $"{Root}/campaigns/{campaign.Id}/draw", campaign.Version, new { unitCount = 1, inspectorCount = 1, seed = "short" }))
            .FieldProblemAsync("seed", "guidance.seed-invalid");
        await (await Send(Admin, $"{Root}/campaigns/{campaign.Id}/publish", campaign.Version)).ProblemAsync(HttpStatusCode.Conflict, "guidance.campaign-state");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        object Finding(Guid organ, string item = "metering", Guid? inspector = null, DateOnly? visited = null) => new
        {
            organId = organ, itemCode = item, severity = "Minor", evidenceReference = "e", description = "d", visitedOn = visited ?? today,
            inspectorIds = new[] { inspector ?? staff[1] },
        };
        await (await Admin.PostJsonAsync($"{Root}/campaigns/{campaign.Id}/findings", Finding(a))).ProblemAsync(HttpStatusCode.Conflict, "guidance.campaign-state");
        campaign = await Act<CampaignResponse>(Admin, $"{Root}/campaigns/{campaign.Id}/draw", campaign.Version, new { unitCount = 1, inspectorCount = 1, seed = "fixed-seed-bad-input" });
        var unit = campaign.Units.Single(u => u.DrawnRank == 1).Id;
        var other = campaign.Units.Single(u => u.DrawnRank is null).Id;
        var inspector = campaign.Inspectors.Single(i => i.DrawnRank == 1).Id;
        var notInspector = campaign.Inspectors.Single(i => i.DrawnRank is null).Id;
        await (await Admin.PostJsonAsync($"{Root}/campaigns/{campaign.Id}/findings", Finding(other, inspector: inspector))).FieldProblemAsync("organId", "guidance.unit-not-drawn");
        await (await Admin.PostJsonAsync($"{Root}/campaigns/{campaign.Id}/findings", Finding(unit, "no-item", inspector))).FieldProblemAsync("itemCode", "guidance.item-ref-not-found");
        await (await Admin.PostJsonAsync($"{Root}/campaigns/{campaign.Id}/findings", Finding(unit, inspector: notInspector))).FieldProblemAsync("inspectorIds[0]", "guidance.inspector-not-drawn");
        await (await Admin.PostJsonAsync($"{Root}/campaigns/{campaign.Id}/findings", Finding(unit, inspector: inspector, visited: today.AddDays(1))))
            .FieldProblemAsync("visitedOn", "guidance.visit-date-invalid");
        var badSeverity = await Admin.PostRawAsync($"{Root}/campaigns/{campaign.Id}/findings",
            $$"""{"organId":"{{unit}}","itemCode":"metering","severity":"Fatal","evidenceReference":"e","description":"d","visitedOn":"{{today:yyyy-MM-dd}}","inspectorIds":["{{inspector}}"]}""");
        Assert.Equal(HttpStatusCode.BadRequest, badSeverity.StatusCode);
        var noEvidence = await Admin.PostRawAsync($"{Root}/campaigns/{campaign.Id}/findings",
            $$"""{"organId":"{{unit}}","itemCode":"metering","severity":"Minor","description":"d","visitedOn":"{{today:yyyy-MM-dd}}","inspectorIds":["{{inspector}}"]}""");
        Assert.Equal(HttpStatusCode.BadRequest, noEvidence.StatusCode);
        await (await Admin.PostJsonAsync($"{Root}/campaigns/{Guid.NewGuid()}/findings", Finding(unit, inspector: inspector))).ProblemAsync(HttpStatusCode.NotFound, "guidance.campaign-not-found");
        Assert.Equal(0, await fixture.CountAsync("guidance_finding", "campaign_id = @Id", new { campaign.Id }));

        // Rectification: verify before a report, a stale If-Match, an unknown finding, an empty report.
        var finding = await FindingAsync(Admin, campaign, unit, "Minor", today);
        await (await Send(Admin, $"{Root}/findings/{finding.Id}/verify", finding.Version, new { comments = "x" })).ProblemAsync(HttpStatusCode.Conflict, "guidance.finding-state");
        await (await Send(Admin, $"{Root}/findings/{finding.Id}/report", finding.Version + 1, new { progress = "x", evidenceReference = "y" }))
            .ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        await (await Send(Admin, $"{Root}/findings/{finding.Id}/report", finding.Version, new { progress = "", evidenceReference = "y" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Admin.GetAsync($"{Root}/findings/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "guidance.finding-not-found");
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.GetAsync($"{Root}/findings?status=Lost")).StatusCode);
        var unchanged = await (await Admin.GetAsync($"{Root}/findings/{finding.Id}")).ReadAsync<FindingResponse>();
        Assert.Equal((FindingStatus.Open, finding.Version), (unchanged.Status, unchanged.Version));

        // The rule table: a version per severity and date; an unknown severity is 400.
        var rules = await (await Admin.GetAsync($"{Root}/rules/rectification-due?jurisdiction=320171")).ReadAsync<List<RectificationDueRuleResponse>>();
        Assert.Equal([FindingSeverity.Minor, FindingSeverity.Major, FindingSeverity.Serious], rules.Select(r => r.Severity).Order());
        Assert.All(rules, r => Assert.Equal("U", r.Confidence));
        await (await Admin.PostJsonAsync($"{Root}/rules/rectification-due", new
        {
            severity = "Minor", jurisdiction = "national", effectiveFrom = "2020-01-01", workingDays = 10, source = "x", confidence = "M",
        })).ProblemAsync(HttpStatusCode.Conflict, "guidance.rule-version-exists");
        var badRule = await Admin.PostRawAsync($"{Root}/rules/rectification-due",
            """{"severity":"Fatal","jurisdiction":"national","effectiveFrom":"2030-01-01","workingDays":10,"source":"x","confidence":"M"}""");
        Assert.Equal(HttpStatusCode.BadRequest, badRule.StatusCode);
        await (await Admin.GetAsync($"{Root}/checklist-templates/nothing")).ProblemAsync(HttpStatusCode.NotFound, "guidance.checklist-template-not-found");
    }
    [ProviderFact]
    public async Task Bureaus_are_ranked_by_on_time_reporting_open_findings_and_on_time_rectification()
    {
        await DeclareCalendarAsync(Admin);
        var (client, time, factory) = FakeTimeHost(new DateOnly(2026, 6, 1));
        var staff = await StaffAsync(Admin, "320190", 2);
        var (a, aClient) = await CountyBureauAsync(fixture, "320191", factory);
        var (b, _) = await CountyBureauAsync(fixture, "320192", factory);

        // Reporting: a monthly type due 5 working days after May (5 June); A submits on the day, B never does.
        const string schema = """{"type":"object","properties":{"n":{"type":"integer"}}}""";
        var type = await (await Admin.PostJsonAsync($"{Root}/report-types", new { code = "ranking-monthly", name = "月报", period = "Month", formSchema = JsonDocument.Parse(schema).RootElement }))
            .ReadAsync<ReportTypeResponse>(HttpStatusCode.Created);
        await (await Admin.PostJsonAsync($"{Root}/rules/report-due", new
        {
            reportTypeCode = "ranking-monthly", jurisdiction = "national", effectiveFrom = "2020-01-01", workingDays = 5, source = "测试", confidence = "M",
        })).ReadAsync<ReportDueRuleResponse>(HttpStatusCode.Created);
        var cycle = await (await client.PostJsonAsync($"{Root}/cycles", new { reportTypeId = type.Id, year = 2026, month = 5, bureauIds = new[] { a, b } }))
            .ReadAsync<ReportCycleResponse>(HttpStatusCode.Created);
        time.SetUtcNow(At(cycle.DueOn));
        var sa = cycle.Submissions.Single(s => s.BureauId == a);
        await Act<ReportSubmissionResponse>(aClient, $"{Root}/submissions/{sa.Id}/submit", sa.Version);

        // Findings: A's verified on time, B's still open.
        var plan = await ApprovedPlanAsync(client, 2032, staff[0]);
        var campaign = await CampaignAsync(client, plan.Id, [a, b], [staff[1]]);
        campaign = await Act<CampaignResponse>(client, $"{Root}/campaigns/{campaign.Id}/draw", campaign.Version, new { unitCount = 2, inspectorCount = 1 });
        var fa = await FindingAsync(client, campaign, a, "Minor", cycle.DueOn);
        await FindingAsync(client, campaign, b, "Minor", cycle.DueOn);
        fa = await Act<FindingResponse>(aClient, $"{Root}/findings/{fa.Id}/report", fa.Version, new { progress = "已整改", evidenceReference = "报告" });
        await Act<FindingResponse>(client, $"{Root}/findings/{fa.Id}/verify", fa.Version, new { comments = "到位" });

        time.SetUtcNow(At(cycle.DueOn.AddDays(3)));
        var rows = await (await client.GetAsync($"{Root}/rankings?year=2026")).ReadAsync<List<BureauRankingRow>>();
        var ra = rows.Single(r => r.BureauId == a);
        var rb = rows.Single(r => r.BureauId == b);
        Assert.Equal((1, 1, 1.0m, 1, 0, 1, 1.0m), (ra.SubmissionsDue, ra.SubmissionsOnTime, ra.OnTimeReportingRate, ra.Findings, ra.OpenFindings, ra.RectifiedOnTime, ra.RectificationOnTimeRate));
        Assert.Equal((1, 0, 0m, 1, 1), (rb.SubmissionsDue, rb.SubmissionsOnTime, rb.OnTimeReportingRate, rb.Findings, rb.OpenFindings));
        Assert.True(ra.Rank < rb.Rank);
        var own = await (await aClient.GetAsync($"{Root}/rankings?year=2026")).ReadAsync<List<BureauRankingRow>>();
        Assert.Equal([a], own.Select(r => r.BureauId));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"{Root}/rankings?year=1999")).StatusCode);
    }
}

/// <summary>Two Hosts verifying the same reported finding at once, and two publishing the same campaign: one wins, the other is 412; one violation closes.</summary>
public abstract class GuidanceInspectionConcurrencyTests(ApiFixture fixture)
{
    private const string Root = GuidanceInspectionTests.Root;

    [ProviderFact]
    public async Task Two_hosts_verifying_or_publishing_at_once_one_wins()
    {
        await GuidanceInspectionTests.DeclareCalendarAsync(fixture.Client);
        var staff = await GuidanceInspectionTests.StaffAsync(fixture.Client, "320180", 2);
        var (a, aClient) = await GuidanceInspectionTests.CountyBureauAsync(fixture, "320181");
        var plan = await GuidanceInspectionTests.ApprovedPlanAsync(fixture.Client, 2030, staff[0]);
        var campaign = await GuidanceInspectionTests.CampaignAsync(fixture.Client, plan.Id, [a], [staff[1]]);
        campaign = await GuidanceInspectionTests.Act<CampaignResponse>(fixture.Client, $"{Root}/campaigns/{campaign.Id}/draw", campaign.Version,
            new { unitCount = 1, inspectorCount = 1 });
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        var finding = await GuidanceInspectionTests.FindingAsync(fixture.Client, campaign, a, "Minor", today);
        finding = await GuidanceInspectionTests.Act<FindingResponse>(aClient, $"{Root}/findings/{finding.Id}/report", finding.Version,
            new { progress = "已整改", evidenceReference = "报告" });

        var second = fixture.ClientFor(fixture.CreateFactory());
        var verifies = await Task.WhenAll(
            GuidanceInspectionTests.Send(fixture.Client, $"{Root}/findings/{finding.Id}/verify", finding.Version, new { comments = "甲" }),
            GuidanceInspectionTests.Send(second, $"{Root}/findings/{finding.Id}/verify", finding.Version, new { comments = "乙" }));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], verifies.Select(r => r.StatusCode).Order());
        Assert.Equal(1, await fixture.CountAsync("shared_violation", "subject_id = @Id AND closed_on IS NOT NULL", new { finding.Id }));

        var publishes = await Task.WhenAll(
            GuidanceInspectionTests.Send(fixture.Client, $"{Root}/campaigns/{campaign.Id}/publish", campaign.Version),
            GuidanceInspectionTests.Send(second, $"{Root}/campaigns/{campaign.Id}/publish", campaign.Version));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], publishes.Select(r => r.StatusCode).Order());
    }
}
