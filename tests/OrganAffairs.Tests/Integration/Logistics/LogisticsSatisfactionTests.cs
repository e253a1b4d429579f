using System.Net;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Logistics.LogisticsSetup;

namespace OrganAffairs.Tests.Integration.Logistics;

/// <summary>
/// Satisfaction (issue 20 item 7): a survey per provider and service item over a reproducible sample of its closed work orders,
/// the sampled requesters' answers, and results by month beside the requesters' own ratings — figures computed by hand.
/// </summary>
public abstract class LogisticsSatisfactionTests(ApiFixture fixture)
{
    private const string Surveys = Root + "/surveys";
    private HttpClient Admin => fixture.Client;

    /// <summary>A provider with a contract in force this year covering the world's item, and <paramref name="ratings"/> closed orders under it.</summary>
    private async Task<(string Code, List<WorkOrderResponse> Orders)> ProviderWithClosedOrdersAsync(World w, HttpClient client, params int[] ratings)
    {
        var year = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;
        var contract = await (await Admin.PostJsonAsync($"{Root}/contracts", new
        {
            providerName = "某物业服务有限公司", providerCreditCode = TestData.Uscc("510100"), divisionCode = "510100", serviceItems = new[] { w.Item },
            startsOn = $"{year}-01-01", endsOn = $"{year}-12-31", priceBasis = "按面积", value = 100_000.00m, energyTargets = "年度用电量下降 2%",
        })).ReadAsync<ContractResponse>(HttpStatusCode.Created);
        var orders = new List<WorkOrderResponse>();
        foreach (var rating in ratings)
        {
            var order = await RaiseAsync(client, w);
            order = await StepOkAsync(Admin, order, "triage");
            order = await StepOkAsync(Admin, order, "assign", new { contractId = contract.Id });
            order = await StepOkAsync(Admin, order, "arrive");
            order = await StepOkAsync(Admin, order, "resolve");
            orders.Add(await StepOkAsync(client, order, "confirm", new { staffMemberId = w.Requester, rating }));
        }
        return (contract.ProviderCreditCode, orders);
    }

    [ProviderFact]
    public async Task Sampled_requesters_answer_and_the_results_by_month_count_their_ratings_too()
    {
        var w = await WorldAsync(Admin);
        var client = fixture.ClientFor(fixture.Factory, await KeyAsync(Admin, w.OrganId));
        var (code, orders) = await ProviderWithClosedOrdersAsync(w, client, 5, 4, 2);
        var open = await RaiseAsync(client, w);
        var month = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        // Bad input and the bureau's data.
        var body = new { providerCreditCode = code, serviceItem = w.Item, title = "空调维修满意度调查", questions = new[] { "响应是否及时", "维修质量" }, samplePercent = 100 };
        await (await client.PostJsonAsync(Surveys, body)).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        var bad = (await (await Admin.PostJsonAsync(Surveys, body with { samplePercent = 0, questions = Array.Empty<string>() })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors();
        Assert.Contains("samplePercent:field.out-of-range", bad);
        Assert.Contains("questions:field.required", bad);
        await (await Admin.PostJsonAsync(Surveys, body with { serviceItem = "repair.other" })).ProblemAsync((HttpStatusCode)422, "logistics.contract-not-covering");
        var survey = await (await Admin.PostJsonAsync(Surveys, body)).ReadAsync<SurveyResponse>(HttpStatusCode.Created);
        Assert.Equal(["响应是否及时", "维修质量"], (await (await client.GetAsync($"{Surveys}/{survey.Id}")).ReadAsync<SurveyResponse>()).Questions);
        await (await Admin.GetAsync($"{Surveys}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "logistics.survey-not-found");

        // At 100 % every closed order of the provider's item is sampled; the open one is not.
        var sample = await (await Admin.GetAsync($"{Surveys}/{survey.Id}/sample?month={month}")).ReadAsync<List<SurveySampleEntry>>();
        Assert.Equal(orders.Select(o => o.Id).Order(), sample.Select(s => s.WorkOrderId).Order());
        await (await Admin.GetAsync($"{Surveys}/{survey.Id}/sample?month=2026-13")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await client.GetAsync($"{Surveys}/{survey.Id}/sample?month={month}")).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");

        // Answers: one score 1–5 per question, by the requester, once per order, only for sampled orders.
        var answers = $"{Surveys}/{survey.Id}/answers";
        Assert.Contains("scores:logistics.scores-per-question", (await (await client.PostJsonAsync(answers,
            new { workOrderId = orders[0].Id, staffMemberId = w.Requester, scores = new[] { 5 } })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await client.PostJsonAsync(answers, new { workOrderId = orders[0].Id, staffMemberId = w.Requester, scores = new[] { 6, 4 } })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await client.PostJsonAsync(answers, new { workOrderId = orders[0].Id, scores = new[] { 5, 4 } })).ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing");
        var someoneElse = await StaffAsync(Admin, w.OrganId);
        await (await client.PostJsonAsync(answers, new { workOrderId = orders[0].Id, staffMemberId = someoneElse, scores = new[] { 5, 4 } })).ProblemAsync((HttpStatusCode)422, "logistics.not-the-requester");
        await (await client.PostJsonAsync(answers, new { workOrderId = open.Id, staffMemberId = w.Requester, scores = new[] { 5, 4 } })).ProblemAsync((HttpStatusCode)422, "logistics.not-in-sample");
        var stranger = fixture.ClientFor(fixture.Factory, await KeyAsync(Admin, (await OrganAsync(Admin)).Id));
        Assert.Contains("workOrderId:logistics.work-order-ref-not-found", (await (await stranger.PostJsonAsync(answers,
            new { workOrderId = orders[0].Id, staffMemberId = w.Requester, scores = new[] { 5, 4 } })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        var first = await (await client.PostJsonAsync(answers, new { workOrderId = orders[0].Id, staffMemberId = w.Requester, scores = new[] { 5, 4 }, comment = "及时" }))
            .ReadAsync<SurveyAnswerResponse>(HttpStatusCode.Created);
        Assert.Equal(month, first.Month);
        Assert.Equal([5, 4], first.Scores);
        await (await client.PostJsonAsync(answers, new { workOrderId = orders[0].Id, staffMemberId = w.Requester, scores = new[] { 1, 1 } })).ProblemAsync(HttpStatusCode.Conflict, "logistics.survey-answered");
        await (await client.PostJsonAsync(answers, new { workOrderId = orders[1].Id, staffMemberId = w.Requester, scores = new[] { 4, 2 } })).ReadAsync<SurveyAnswerResponse>(HttpStatusCode.Created);
        Assert.Equal(2, (await (await Admin.GetAsync($"{Surveys}/{survey.Id}/sample?month={month}")).ReadAsync<List<SurveySampleEntry>>()).Count(s => s.Responded));

        // By hand: answers [5,4] and [4,2] → question means 4.50 and 3.00, overall 15 / 4 = 3.75; ratings 5, 4, 2 → 11 / 3 = 3.67.
        var results = await (await Admin.GetAsync($"{Surveys}/{survey.Id}/results?from={month}&to={month}")).ReadAsync<List<SurveyMonthResult>>();
        var r = Assert.Single(results);
        Assert.Equal((month, 3, 2, 3.75m, 3, 3, 3.67m), (r.Month, r.Sampled, r.Answers, r.OverallMean!.Value, r.ClosedOrders, r.Rated, r.MeanRating!.Value));
        Assert.Equal([4.50m, 3.00m], r.QuestionMeans);
        var csv = await (await Admin.GetAsync($"{Surveys}/{survey.Id}/results?from={month}&to={month}&format=Csv")).Content.ReadAsStringAsync();
        Assert.StartsWith("month,sampled,answers,questionMeans,overallMean,closedOrders,rated,meanRating", csv, StringComparison.Ordinal);
        Assert.Contains($"{month},3,2,4.50;3.00,3.75,3,3,3.67", csv, StringComparison.Ordinal);
        await (await Admin.GetAsync($"{Surveys}/{survey.Id}/results?from={month}&to=2020-01")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Admin.GetAsync($"{Surveys}/{survey.Id}/results?from={month}&to={month}&format=Pdf")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await client.GetAsync($"{Surveys}/{survey.Id}/results?from={month}&to={month}")).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");

        // A 50 % survey draws the same orders on every read.
        var half = await (await Admin.PostJsonAsync(Surveys, body with { samplePercent = 50 })).ReadAsync<SurveyResponse>(HttpStatusCode.Created);
        var once = await (await Admin.GetAsync($"{Surveys}/{half.Id}/sample?month={month}")).ReadAsync<List<SurveySampleEntry>>();
        var again = await (await Admin.GetAsync($"{Surveys}/{half.Id}/sample?month={month}")).ReadAsync<List<SurveySampleEntry>>();
        Assert.Equal(once.Select(s => s.WorkOrderId), again.Select(s => s.WorkOrderId));
    }
    [ProviderFact]
    public async Task Surveys_are_listed_by_provider_and_item_and_edited_with_If_Match_until_answered()
    {
        var w = await WorldAsync(Admin);
        var client = fixture.ClientFor(fixture.Factory, await KeyAsync(Admin, w.OrganId));
        var (code, orders) = await ProviderWithClosedOrdersAsync(w, client, 5);
        var body = new { providerCreditCode = code, serviceItem = w.Item, title = "空调维修满意度调查", questions = new[] { "响应是否及时", "维修质量" }, samplePercent = 100 };
        var survey = await (await Admin.PostJsonAsync(Surveys, body)).ReadAsync<SurveyResponse>(HttpStatusCode.Created);
        var other = await (await Admin.PostJsonAsync(Surveys, body with { title = "第二份" })).ReadAsync<SurveyResponse>(HttpStatusCode.Created);

        // The list: by provider and item, newest first by default, read by any logistics reader.
        var listed = await (await client.GetAsync($"{Surveys}?providerCreditCode={code}&serviceItem={Uri.EscapeDataString(w.Item)}")).ReadAsync<PagedResult<SurveyResponse>>();
        Assert.Equal([other.Id, survey.Id], listed.Items.Select(s => s.Id));
        Assert.Equal(2, listed.TotalCount);
        Assert.Equal([survey.Id, other.Id], (await (await Admin.GetAsync($"{Surveys}?providerCreditCode={code}&sort=createdAt")).ReadAsync<PagedResult<SurveyResponse>>()).Items.Select(s => s.Id));
        Assert.Empty((await (await Admin.GetAsync($"{Surveys}?serviceItem=none.such")).ReadAsync<PagedResult<SurveyResponse>>()).Items);
        await (await Admin.GetAsync($"{Surveys}?sort=bogus")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Admin.GetAsync($"{Surveys}?pageSize=201")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");

        // Edits: If-Match required and checked, bad input 400, the bureau's only; nothing written on a refusal.
        var url = $"{Surveys}/{survey.Id}";
        var edit = new { title = "空调维修满意度调查（修订）", questions = new[] { "响应是否及时", "维修质量", "服务态度" }, samplePercent = 50 };
        await (await Admin.PutJsonAsync(url, edit, null)).ProblemAsync((HttpStatusCode)428, "concurrency.if-match-required");
        await (await Admin.PutJsonAsync(url, edit, "\"9\"")).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        var bad = (await (await Admin.PutJsonAsync(url, edit with { title = "", samplePercent = 101, questions = new[] { "一\n二" } }, "\"1\"")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors();
        Assert.Contains("samplePercent:field.out-of-range", bad);
        Assert.Contains("title:field.required", bad);
        await (await Admin.PutJsonAsync(url, new { title = "缺问题", samplePercent = 50 }, "\"1\"")).ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing");
        await (await client.PutJsonAsync(url, edit, "\"1\"")).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        await (await Admin.PutJsonAsync($"{Surveys}/{Guid.NewGuid()}", edit, "\"1\"")).ProblemAsync(HttpStatusCode.NotFound, "logistics.survey-not-found");
        Assert.Equal(1, (await (await Admin.GetAsync(url)).ReadAsync<SurveyResponse>()).Version);
        var edited = await (await Admin.PutJsonAsync(url, edit, "\"1\"")).ReadAsync<SurveyResponse>();
        Assert.Equal((2L, 3, 50, code), (edited.Version, edited.Questions.Count, edited.SamplePercent, edited.ProviderCreditCode));

        // Once answered, the questions and the sample are fixed; the title still changes.
        var answered = await (await Admin.PutJsonAsync($"{Surveys}/{other.Id}", new { title = "第二份", body.questions, body.samplePercent }, "\"1\"")).ReadAsync<SurveyResponse>();
        await (await client.PostJsonAsync($"{Surveys}/{other.Id}/answers", new { workOrderId = orders[0].Id, staffMemberId = w.Requester, scores = new[] { 5, 4 } }))
            .ReadAsync<SurveyAnswerResponse>(HttpStatusCode.Created);
        await (await Admin.PutJsonAsync($"{Surveys}/{other.Id}", edit, $"\"{answered.Version}\"")).ProblemAsync(HttpStatusCode.Conflict, "logistics.survey-answered-fixed");
        await (await Admin.PutJsonAsync($"{Surveys}/{other.Id}", new { body.title, body.questions, samplePercent = 40 }, $"\"{answered.Version}\"")).ProblemAsync(HttpStatusCode.Conflict, "logistics.survey-answered-fixed");
        var renamed = await (await Admin.PutJsonAsync($"{Surveys}/{other.Id}", new { title = "第二份（更名）", body.questions, body.samplePercent }, $"\"{answered.Version}\"")).ReadAsync<SurveyResponse>();
        Assert.Equal(("第二份（更名）", 100), (renamed.Title, renamed.SamplePercent));
    }
}
