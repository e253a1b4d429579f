using System.Net;
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
}
