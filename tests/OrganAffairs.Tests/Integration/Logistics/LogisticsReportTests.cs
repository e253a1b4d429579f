using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Logistics.LogisticsSetup;

namespace OrganAffairs.Tests.Integration.Logistics;

/// <summary>
/// The reports of issue 20 item 8 (open and overdue orders, SLA attainment, satisfaction by provider, preventive plan completion),
/// on a fake clock in months no other test of the class uses, every figure computed by hand.
/// </summary>
public abstract class LogisticsReportTests(ApiFixture fixture)
{
    private const string Reports = Root + "/reports";
    private static readonly DateTimeOffset Start = new(2031, 3, 4, 2, 0, 0, TimeSpan.Zero); // Tuesday 4 March 2031, 10:00 in Shanghai

    private (HttpClient Client, FakeTimeProvider Time) FakeTimeHost(DateTimeOffset start)
    {
        var time = new FakeTimeProvider(start);
        return (fixture.ClientFor(fixture.CreateFactory(services: s => s.AddSingleton<TimeProvider>(time))), time);
    }

    [ProviderFact]
    public async Task Open_overdue_sla_and_satisfaction_figures_follow_the_clocks()
    {
        var (admin, time) = FakeTimeHost(Start);
        var w = await WorldAsync(admin, "510100");
        await (await admin.PostJsonAsync($"{Root}/rules/sla-policies", new
        {
            jurisdiction = "510100", effectiveFrom = "2030-01-01", category = "Repair", priority = "Urgent", respondWithinMinutes = 60, resolveWithinMinutes = 240,
            basis = "CalendarTime", source = "某市后勤服务规范（测试）", confidence = "M",
        })).ReadAsync<SlaPolicyResponse>(HttpStatusCode.Created);
        var contract = await (await admin.PostJsonAsync($"{Root}/contracts", new
        {
            providerName = "某物业服务有限公司", providerCreditCode = TestData.Uscc("510100"), divisionCode = "510100", serviceItems = new[] { w.Item },
            startsOn = "2031-01-01", endsOn = "2031-12-31", priceBasis = "按面积", value = 100_000.00m, energyTargets = "年度用电量下降 2%",
        })).ReadAsync<ContractResponse>(HttpStatusCode.Created);
        var organ = fixture.ClientFor(fixture.Factory, await KeyAsync(admin, w.OrganId));

        // A and B under the contract at 10:00; C (a team) and D (put on hold) at 10:01.
        var a = await StepOkAsync(admin, await StepOkAsync(admin, await RaiseAsync(admin, w, "Urgent"), "triage"), "assign", new { contractId = contract.Id });
        var b = await StepOkAsync(admin, await StepOkAsync(admin, await RaiseAsync(admin, w, "Urgent"), "triage"), "assign", new { contractId = contract.Id });
        time.Advance(TimeSpan.FromMinutes(1));
        var c = await StepOkAsync(admin, await StepOkAsync(admin, await RaiseAsync(admin, w, "Urgent"), "triage"), "assign", new { assignee = "本局维修班组" });
        var d = await StepOkAsync(admin, await StepOkAsync(admin, await RaiseAsync(admin, w, "Urgent"), "triage"), "hold", new { reason = "等待配件" });
        time.Advance(TimeSpan.FromMinutes(29));
        a = await StepOkAsync(admin, a, "arrive"); // 10:30: response met
        time.Advance(TimeSpan.FromMinutes(60));
        c = await StepOkAsync(admin, c, "arrive"); // 11:30, 89 minutes after its raise: response breached
        Assert.True(c.Sla!.RespondBreached);
        time.Advance(TimeSpan.FromMinutes(210)); // 15:00: five hours after A's raise, above the 240 minutes
        a = await StepOkAsync(admin, a, "resolve");
        await StepOkAsync(admin, a, "confirm", new { staffMemberId = w.Requester, rating = 4 });

        // Open now: B (nobody on site; both deadlines passed), C (on site; resolution passed at 14:01) and D (on hold: clock stopped).
        var open = Assert.Single(await (await admin.GetAsync($"{Reports}/open-work-orders?organId={w.OrganId}")).ReadAsync<List<OpenWorkOrdersRow>>());
        var building = (await (await admin.GetAsync($"/api/v1/buildings/rooms/{w.Room}")).ReadAsync<System.Text.Json.JsonElement>()).GetProperty("buildingId").GetGuid();
        Assert.Equal(new OpenWorkOrdersRow(w.OrganId, building, ServiceCategory.Repair, WorkOrderPriority.Urgent, 3, 2, b.Id, Start, 0), open with { OldestRaisedAt = Start });
        Assert.Equal(Start, open.OldestRaisedAt.ToUniversalTime());
        Assert.Equal(open.Open, Assert.Single(await (await organ.GetAsync($"{Reports}/open-work-orders")).ReadAsync<List<OpenWorkOrdersRow>>()).Open);
        var csv = await (await admin.GetAsync($"{Reports}/open-work-orders?organId={w.OrganId}&format=Csv")).Content.ReadAsStringAsync();
        Assert.StartsWith("organId,buildingId,category,priority,open,overdue,oldestWorkOrderId,oldestRaisedAt,oldestAgeDays", csv, StringComparison.Ordinal);
        Assert.Contains($"{w.OrganId},{building},Repair,Urgent,3,2,{b.Id},", csv, StringComparison.Ordinal);

        // Organ scope and bad input: another organ sees none of it, and naming this organ is 404.
        var stranger = fixture.ClientFor(fixture.Factory, await KeyAsync(admin, (await OrganAsync(admin)).Id));
        Assert.Empty(await (await stranger.GetAsync($"{Reports}/open-work-orders")).ReadAsync<List<OpenWorkOrdersRow>>());
        await (await stranger.GetAsync($"{Reports}/open-work-orders?organId={w.OrganId}")).ProblemAsync(HttpStatusCode.NotFound, "logistics.organ-not-found");
        await (await admin.GetAsync($"{Reports}/open-work-orders?organId=nope")).ProblemAsync(HttpStatusCode.BadRequest, "request.parameter-invalid");
        await (await admin.GetAsync($"{Reports}/open-work-orders?format=Pdf")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");

        // SLA by provider, category and month of the raise, by hand:
        //   the team (no provider): C response breached, resolution passed unmet → breached; D on hold judged on neither clock;
        //   the provider: A on site in 30 minutes (met) but resolved after 300 (breached); B on neither in time (both breached).
        var sla = await (await admin.GetAsync($"{Reports}/sla-attainment?from=2031-03&to=2031-03")).ReadAsync<List<SlaAttainmentRow>>();
        Assert.Equal(
            [
                new SlaAttainmentRow(null, null, ServiceCategory.Repair, "2031-03", 2, 1, 0, 1, 0.0m, 1, 0, 1, 0.0m),
                new SlaAttainmentRow(contract.ProviderCreditCode, "某物业服务有限公司", ServiceCategory.Repair, "2031-03", 2, 2, 1, 1, 50.0m, 2, 0, 2, 0.0m),
            ], sla);
        Assert.Empty(await (await admin.GetAsync($"{Reports}/sla-attainment?from=2031-04&to=2031-05")).ReadAsync<List<SlaAttainmentRow>>());
        var slaCsv = await (await admin.GetAsync($"{Reports}/sla-attainment?from=2031-03&to=2031-03&format=Csv")).Content.ReadAsStringAsync();
        Assert.Contains($"{contract.ProviderCreditCode},某物业服务有限公司,Repair,2031-03,2,2,1,1,50.00,2,0,2,0.00", slaCsv, StringComparison.Ordinal);
        await (await organ.GetAsync($"{Reports}/sla-attainment?from=2031-03&to=2031-03")).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        Assert.Contains("to:field.out-of-range", (await (await admin.GetAsync($"{Reports}/sla-attainment?from=2031-03&to=2033-03")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("from:field.invalid-format", (await (await admin.GetAsync($"{Reports}/sla-attainment?from=2031-13&to=2031-03")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await admin.GetAsync($"{Reports}/sla-attainment?to=2031-03")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");

        // Satisfaction: A closed in March rated 4; a survey answer [5, 3] for it → mean 4.00 each side.
        var survey = await (await admin.PostJsonAsync($"{Root}/surveys", new
        {
            providerCreditCode = contract.ProviderCreditCode, serviceItem = w.Item, title = "维修满意度", questions = new[] { "及时", "质量" }, samplePercent = 100,
        })).ReadAsync<SurveyResponse>(HttpStatusCode.Created);
        await (await admin.PostJsonAsync($"{Root}/surveys/{survey.Id}/answers", new { workOrderId = a.Id, staffMemberId = w.Requester, scores = new[] { 5, 3 } }))
            .ReadAsync<SurveyAnswerResponse>(HttpStatusCode.Created);
        var satisfaction = await (await admin.GetAsync($"{Reports}/satisfaction?from=2031-01&to=2031-06")).ReadAsync<List<SatisfactionReportRow>>();
        Assert.Equal([new SatisfactionReportRow(contract.ProviderCreditCode, "某物业服务有限公司", "2031-03", 1, 1, 4.00m, 1, 1, 4.00m)], satisfaction);
        Assert.StartsWith("providerCreditCode,providerName,month,closedOrders,rated,meanRating,surveys,surveyAnswers,surveyMean",
            await (await admin.GetAsync($"{Reports}/satisfaction?from=2031-03&to=2031-03&format=Csv")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await (await organ.GetAsync($"{Reports}/satisfaction?from=2031-03&to=2031-03")).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        await (await admin.GetAsync($"{Reports}/satisfaction?from=2031-03&to=2031-02")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        _ = d;
    }

    [ProviderFact]
    public async Task Plan_completion_counts_the_occurrences_due_generated_closed_and_cancelled_per_month()
    {
        var start = new DateTimeOffset(2031, 5, 28, 2, 0, 0, TimeSpan.Zero); // Wednesday 28 May 2031, 10:00 in Shanghai
        var (admin, time) = FakeTimeHost(start);
        var w = await WorldAsync(admin);
        var plan = await (await admin.PostJsonAsync($"{Root}/maintenance-plans", new
        {
            organId = w.OrganId, requesterStaffMemberId = w.Requester, roomId = w.Room, serviceItem = w.Item, priority = "Planned",
            title = "空调日检", schedule = "0 9 * * *", checklist = new[] { "检查滤网" },
        })).ReadAsync<MaintenancePlanResponse>(HttpStatusCode.Created);

        time.Advance(TimeSpan.FromDays(5)); // 2 June, 10:00: due at 9:00 on 29, 30, 31 May and 1, 2 June
        var url = $"{Reports}/plan-completion?from=2031-05&to=2031-07&organId={w.OrganId}";
        Assert.Equal(
            [new PlanCompletionRow(plan.Id, w.OrganId, "空调日检", "2031-05", 3, 0, 0, 0, 0.0m), new PlanCompletionRow(plan.Id, w.OrganId, "空调日检", "2031-06", 2, 0, 0, 0, 0.0m)],
            await (await admin.GetAsync(url)).ReadAsync<List<PlanCompletionRow>>());

        var run = await (await admin.PostAsync($"{Root}/maintenance-plans/generate", null)).ReadAsync<MaintenanceRunResponse>();
        var orders = (await Task.WhenAll(run.WorkOrderIds.Select(async id => await (await admin.GetAsync($"{Orders}/{id}")).ReadAsync<WorkOrderResponse>())))
            .Where(o => o.RoomId == w.Room).OrderBy(o => o.RaisedAt).ToList();
        Assert.Equal(5, orders.Count);
        var closed = await ResolvedAsync(admin, orders[0]);
        await StepOkAsync(admin, closed, "confirm", new { staffMemberId = w.Requester, rating = 5 });
        await StepOkAsync(admin, orders[1], "cancel", new { reason = "停电检修" });

        // May: 3 due, 3 generated, 1 closed (33.3 %), 1 cancelled; June: 2 due and generated, none closed; July: nothing due yet.
        Assert.Equal(
            [new PlanCompletionRow(plan.Id, w.OrganId, "空调日检", "2031-05", 3, 3, 1, 1, 33.3m), new PlanCompletionRow(plan.Id, w.OrganId, "空调日检", "2031-06", 2, 2, 0, 0, 0.0m)],
            await (await admin.GetAsync(url)).ReadAsync<List<PlanCompletionRow>>());
        var csv = await (await admin.GetAsync(url + "&format=Csv")).Content.ReadAsStringAsync();
        Assert.StartsWith("planId,organId,title,month,due,generated,closed,cancelled,closedPercent", csv, StringComparison.Ordinal);
        Assert.Contains($"{plan.Id},{w.OrganId},空调日检,2031-05,3,3,1,1,33.30", csv, StringComparison.Ordinal);

        // Organ scope: the organ reads its own, another organ none of it (404 when naming it); bad months are 400.
        var organ = fixture.ClientFor(fixture.Factory, await KeyAsync(admin, w.OrganId));
        Assert.Equal(2, (await (await organ.GetAsync($"{Reports}/plan-completion?from=2031-05&to=2031-07")).ReadAsync<List<PlanCompletionRow>>()).Count);
        var stranger = fixture.ClientFor(fixture.Factory, await KeyAsync(admin, (await OrganAsync(admin)).Id));
        Assert.Empty(await (await stranger.GetAsync($"{Reports}/plan-completion?from=2031-05&to=2031-07")).ReadAsync<List<PlanCompletionRow>>());
        await (await stranger.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound, "logistics.organ-not-found");
        Assert.Contains("from:field.invalid-format", (await (await admin.GetAsync($"{Reports}/plan-completion?from=May&to=2031-07")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await admin.GetAsync($"{Reports}/plan-completion?from=2031-05&to=2031-07&organId={Guid.Empty}")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }
}
