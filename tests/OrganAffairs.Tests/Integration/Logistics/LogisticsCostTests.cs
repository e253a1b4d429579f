using System.Globalization;
using System.Net;
using System.Text.Json;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Buildings;
using Xunit;
using static OrganAffairs.Tests.Integration.Logistics.LogisticsSetup;

namespace OrganAffairs.Tests.Integration.Logistics;

/// <summary>
/// The costs Logistics feeds to the Costs module (issue 20, the companion meeting-cost line and the operating cost): a meeting's
/// settlement, work-order and service-order costs, contract charges per organ and month, and the two bulk Contracts queries
/// checked against hand-computed figures.
/// </summary>
public abstract class LogisticsCostTests(ApiFixture fixture)
{
    private const string Meetings = Root + "/meetings";
    private const string Contracts = Root + "/contracts";
    private HttpClient Admin => fixture.Client;

    private static string Beijing(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static int BusinessYear(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).Year;

    private static HttpRequestMessage Post(string path, object body, string? ifMatch) => Http.Request(HttpMethod.Post, path, JsonSerializer.Serialize(body, Http.Json), ifMatch);

    private async Task<MeetingResponse> MeetingAsync(HttpClient client, Guid organ, Guid room, DateTimeOffset start, int attendees, int days, decimal budget) =>
        await (await client.PostJsonAsync(Meetings, new
        {
            organId = organ, title = "年度工作会议", @class = "Four", attendees, days, budget, roomId = room, startsAt = Beijing(start), endsAt = Beijing(start.AddHours(2)),
            addOns = new[] { new { kind = "Tea", quantity = attendees, note = (string?)null } },
        })).ReadAsync<MeetingResponse>(HttpStatusCode.Created);

    [ProviderFact]
    public async Task A_meeting_is_settled_within_its_cap_and_the_meeting_costs_query_counts_the_settled_cost_or_the_budget()
    {
        var organ = (await OrganAsync(Admin)).Id;
        var other = (await OrganAsync(Admin)).Id;
        var room = (await new BuildingsSetup(Admin).MeetingRoomAsync(capacity: 100)).Id;
        var client = fixture.ClientFor(fixture.Factory, await KeyAsync(Admin, organ));
        var day = BuildingsSetup.Future(12, hour: 1);
        var year = BusinessYear(day);
        var settled = await MeetingAsync(client, organ, room, day, 50, 1, 27_500.00m);
        var unsettled = await MeetingAsync(client, organ, room, day.AddHours(3), 20, 2, 10_000.00m);
        var cancelled = await MeetingAsync(client, organ, room, day.AddHours(6), 10, 1, 5_000.00m);
        await MeetingAsync(Admin, other, room, day.AddHours(9), 5, 1, 1_000.00m);

        // Settlement: If-Match required and current; the cap kept at registration (50 × 1 × 550.00 = 27500.00) holds to the fen.
        var path = $"{Meetings}/{settled.Id}/settle";
        await (await client.PostJsonAsync(path, new { cost = 100m })).ProblemAsync((HttpStatusCode)428, "concurrency.if-match-required");
        await (await client.SendAsync(Post(path, new { cost = 100m }, "\"9\""))).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        Assert.Contains("cost:field.out-of-range", (await (await client.SendAsync(Post(path, new { cost = -1m }, "\"1\""))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await client.SendAsync(Post(path, new { cost = 1.001m }, "\"1\""))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await client.SendAsync(Post(path, new { }, "\"1\""))).ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing");
        var over = await (await client.SendAsync(Post(path, new { cost = 27_500.01m }, "\"1\""))).ProblemAsync((HttpStatusCode)422, "logistics.meeting-over-budget-cap");
        Assert.Contains("27500.01 > 50 × 1 × 550.00 = 27500.00", over.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var first = await (await client.SendAsync(Post(path, new { cost = 27_500.00m }, "\"1\""))).ReadAsync<MeetingResponse>();
        Assert.Equal((27_500.00m, 2L), (first.SettledCost, first.Version));
        // A second settlement corrects the first; a settled meeting was held and is not cancelled.
        var corrected = await (await client.SendAsync(Post(path, new { cost = 26_800.50m }, "\"2\""))).ReadAsync<MeetingResponse>();
        Assert.Equal((26_800.50m, 3L), (corrected.SettledCost, corrected.Version));
        await (await client.SendAsync(Post($"{Meetings}/{settled.Id}/cancel", new { reason = "取消" }, "\"3\""))).ProblemAsync(HttpStatusCode.Conflict, "logistics.meeting-state");
        await (await client.SendAsync(Post($"{Meetings}/{cancelled.Id}/cancel", new { reason = "取消" }, "\"1\""))).ReadAsync<MeetingResponse>();
        await (await client.SendAsync(Post($"{Meetings}/{cancelled.Id}/settle", new { cost = 1m }, "\"2\""))).ProblemAsync(HttpStatusCode.Conflict, "logistics.meeting-state");
        // Another organ's meeting is 404 to this organ.
        await (await client.SendAsync(Post($"{Meetings}/{Guid.NewGuid()}/settle", new { cost = 1m }, "\"1\""))).ProblemAsync(HttpStatusCode.NotFound, "logistics.meeting-not-found");
        Assert.True(await fixture.CountAsync("shared_audit", "entity_id = @Id", new { settled.Id }) >= 3);

        // By hand: held = the settled one and the unsettled one (the cancelled one is out); 人天 50 × 1 + 20 × 2 = 90;
        // cost 2,680,050 fen settled + 1,000,000 fen budget = 3,680,050 fen; one counted at its budget.
        var lines = await Reception.ReceptionSetup.SendAsSystemAsync(fixture, new GetMeetingCostsQuery([organ, other, Guid.NewGuid()], year));
        Assert.Equal(new MeetingCostLine(organ, 2, 90, 3_680_050, 1), lines[organ]);
        Assert.Equal(new MeetingCostLine(other, 1, 5, 100_000, 1), lines[other]);
        Assert.Equal(2, lines.Count);
        Assert.Empty(await Reception.ReceptionSetup.SendAsSystemAsync(fixture, new GetMeetingCostsQuery([organ], year - 1)));
        Assert.Empty(await Reception.ReceptionSetup.SendAsSystemAsync(fixture, new GetMeetingCostsQuery([], year)));
        _ = unsettled;
    }

    [ProviderFact]
    public async Task Work_order_service_order_and_contract_charges_sum_per_organ_in_the_service_costs_query()
    {
        var now = DateTimeOffset.UtcNow;
        var year = BusinessYear(now);
        var w = await WorldAsync(Admin);
        var other = (await OrganAsync(Admin)).Id;
        var client = fixture.ClientFor(fixture.Factory, await KeyAsync(Admin, w.OrganId));

        // A work order's cost: only once resolved (409 before), If-Match, bad amounts 400; counted once the order is closed.
        var order = await RaiseAsync(client, w);
        await (await StepAsync(client, order, "cost", new { cost = 380.00m })).ProblemAsync(HttpStatusCode.Conflict, "logistics.work-order-state");
        order = await ResolvedAsync(client, order);
        await (await StepAsync(client, order, "cost", new { cost = 380.00m }, ifMatch: null)).ProblemAsync((HttpStatusCode)428, "concurrency.if-match-required");
        await (await StepAsync(client, order, "cost", new { cost = 380.00m }, ifMatch: "\"99\"")).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        Assert.Contains("cost:field.out-of-range", (await (await StepAsync(client, order, "cost", new { cost = 3.805m })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await StepAsync(client, order, "cost", new { note = "x" })).ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing");
        order = await StepOkAsync(client, order, "cost", new { cost = 380.00m, note = "材料费" });
        Assert.Equal((380.00m, WorkOrderStatus.Resolved), (order.Cost, order.Status));
        Assert.False((await Reception.ReceptionSetup.SendAsSystemAsync(fixture, new GetLogisticsServiceCostsQuery([w.OrganId], year))).ContainsKey(w.OrganId));
        order = await StepOkAsync(client, order, "confirm", new { staffMemberId = w.Requester, rating = 4 });
        order = await StepOkAsync(client, order, "cost", new { cost = 420.00m, note = "按账单更正" });
        Assert.Equal((420.00m, WorkOrderStatus.Closed), (order.Cost, order.Status));
        var history = await HistoryAsync(client, order.Id);
        Assert.Equal(["380.00: 材料费", "420.00: 按账单更正"], history.Where(h => h.Action == WorkOrderAction.CostRecorded).Select(h => h.Note));

        // A service order's cost at delivery (through the outbox from a booking add-on of the organ).
        var room = (await new BuildingsSetup(Admin).MeetingRoomAsync(capacity: 30)).Id;
        var meeting = await MeetingAsync(client, w.OrganId, room, BuildingsSetup.Future(5, hour: 2), 10, 1, 1_000.00m);
        ServiceOrderResponse? service = null;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (service is null)
        {
            Assert.True(DateTime.UtcNow < deadline, "the service order did not arrive");
            service = (await (await client.GetAsync($"{Root}/service-orders?bookingId={meeting.BookingId}")).ReadAsync<PagedResult<ServiceOrderResponse>>()).Items.FirstOrDefault();
            await Task.Delay(service is null ? 100 : 0);
        }
        var deliver = $"{Root}/service-orders/{service.Id}/deliver";
        Assert.Contains("cost:field.out-of-range",
            (await (await client.SendAsync(Post(deliver, new { cost = -0.01m }, $"\"{service.Version}\""))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        var delivered = await (await client.SendAsync(Post(deliver, new { note = "茶歇", cost = 450.00m }, $"\"{service.Version}\""))).ReadAsync<ServiceOrderResponse>();
        Assert.Equal((ServiceOrderStatus.Delivered, 450.00m), (delivered.Status, delivered.Cost));

        // Contract charges per organ and month: bureau only, within the term, never above the contract's value, one per month.
        var contract = await (await Admin.PostJsonAsync(Contracts, new
        {
            providerName = "某物业服务有限公司", providerCreditCode = TestData.Uscc("510100"), divisionCode = "510100", serviceItems = new[] { w.Item },
            startsOn = $"{year}-01-01", endsOn = $"{year}-12-31", priceBasis = "按面积", value = 30_000.00m, energyTargets = "年度用电量下降 2%",
        })).ReadAsync<ContractResponse>(HttpStatusCode.Created);
        var charges = $"{Contracts}/{contract.Id}/charges";
        object Charge(Guid organId, string month, decimal amount) => new { organId, month, amount, note = "按使用面积分摊" };
        var jan = await (await Admin.PostJsonAsync(charges, Charge(w.OrganId, $"{year}-01", 12_800.00m))).ReadAsync<ContractChargeResponse>(HttpStatusCode.Created);
        Assert.Equal((w.OrganId, $"{year}-01", 12_800.00m), (jan.OrganId, jan.Month, jan.Amount));
        await (await Admin.PostJsonAsync(charges, Charge(w.OrganId, $"{year}-02", 12_800.00m))).ReadAsync<ContractChargeResponse>(HttpStatusCode.Created);
        await (await Admin.PostJsonAsync(charges, Charge(w.OrganId, $"{year}-01", 1m))).ProblemAsync(HttpStatusCode.Conflict, "logistics.contract-charge-exists");
        await (await Admin.PostJsonAsync(charges, Charge(other, $"{year}-01", 4_400.00m))).ReadAsync<ContractChargeResponse>(HttpStatusCode.Created);
        var before = await fixture.CountAsync("logistics_contract_charge");
        // 12800 + 12800 + 4400 = 30000.00 charged: one fen more is above the value.
        var above = await (await Admin.PostJsonAsync(charges, Charge(other, $"{year}-02", 0.01m))).ProblemAsync((HttpStatusCode)422, "logistics.charges-above-contract-value");
        Assert.Contains("30000.00 + 0.01 > 30000.00", above.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await (await Admin.PostJsonAsync(charges, Charge(w.OrganId, $"{year + 1}-01", 1m))).ProblemAsync((HttpStatusCode)422, "logistics.charge-outside-term");
        await (await Admin.PostJsonAsync(charges, Charge(w.OrganId, $"{year - 1}-12", 1m))).ProblemAsync((HttpStatusCode)422, "logistics.charge-outside-term");
        var bad = (await (await Admin.PostJsonAsync(charges, Charge(w.OrganId, $"{year}-13", 0m))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors();
        Assert.Contains("month:field.invalid-format", bad);
        Assert.Contains("amount:field.out-of-range", bad);
        await (await Admin.PostJsonAsync(charges, new { organId = w.OrganId, amount = 1m })).ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing");
        Assert.Contains("organId:logistics.organ-ref-not-found",
            (await (await Admin.PostJsonAsync(charges, Charge(Guid.NewGuid(), $"{year}-03", 1m))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Admin.PostJsonAsync($"{Contracts}/{Guid.NewGuid()}/charges", Charge(w.OrganId, $"{year}-03", 1m))).ProblemAsync(HttpStatusCode.NotFound, "logistics.contract-not-found");
        await (await client.PostJsonAsync(charges, Charge(w.OrganId, $"{year}-03", 1m))).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        Assert.Equal(before, await fixture.CountAsync("logistics_contract_charge"));
        // The organ lists its own charges only; the bureau all of them.
        Assert.Equal(2, (await (await client.GetAsync(charges)).ReadAsync<List<ContractChargeResponse>>()).Count);
        Assert.Equal(3, (await (await Admin.GetAsync(charges)).ReadAsync<List<ContractChargeResponse>>()).Count);
        Assert.Single(await (await Admin.GetAsync($"{charges}?organId={other}")).ReadAsync<List<ContractChargeResponse>>());

        // By hand: the organ bears 12800 + 12800 = 25600.00 of the contract, 420.00 on its closed order, 450.00 on its delivered service.
        var costs = await Reception.ReceptionSetup.SendAsSystemAsync(fixture, new GetLogisticsServiceCostsQuery([w.OrganId, other, Guid.NewGuid()], year));
        Assert.Equal(new LogisticsServiceCost(w.OrganId, 2_560_000, 42_000, 45_000), costs[w.OrganId]);
        Assert.Equal(new LogisticsServiceCost(other, 440_000, 0, 0), costs[other]);
        Assert.Equal(2, costs.Count);
        Assert.Empty(await Reception.ReceptionSetup.SendAsSystemAsync(fixture, new GetLogisticsServiceCostsQuery([w.OrganId, other], year - 1)));
    }

    [ProviderFact]
    public async Task Charges_racing_through_two_hosts_never_sum_above_the_contracts_value()
    {
        var item = (await ItemAsync(Admin)).Code;
        var organ = (await OrganAsync(Admin)).Id;
        var contract = await (await Admin.PostJsonAsync(Contracts, new
        {
            providerName = "某物业服务有限公司", providerCreditCode = TestData.Uscc("510100"), divisionCode = "510100", serviceItems = new[] { item },
            startsOn = "2027-01-01", endsOn = "2027-12-31", priceBasis = "按面积", value = 30_000.00m, energyTargets = "年度用电量下降 2%",
        })).ReadAsync<ContractResponse>(HttpStatusCode.Created);
        var hosts = new[] { fixture.Client, fixture.ClientFor(fixture.CreateFactory()) };
        // Eight months of 5000.00 against a value of 30000.00: exactly six fit, whichever order the two Hosts take them in.
        var responses = await Task.WhenAll(Enumerable.Range(1, 8).Select(m =>
            hosts[m % 2].PostJsonAsync($"{Contracts}/{contract.Id}/charges", new { organId = organ, month = $"2027-{m:00}", amount = 5_000.00m })));
        var statuses = string.Join(",", responses.Select(r => (int)r.StatusCode));
        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.Created) == 6, statuses);
        Assert.True(responses.Count(r => r.StatusCode == (HttpStatusCode)422) == 2, statuses);
        Assert.Equal(6, await fixture.CountAsync("logistics_contract_charge", "contract_id = @Id", new { contract.Id }));
    }
    /// <summary>A 2027 contract worth 30000.00 and its charges path.</summary>
    private async Task<(ContractResponse Contract, string Charges)> ContractOf2027Async()
    {
        var contract = await (await Admin.PostJsonAsync(Contracts, new
        {
            providerName = "某物业服务有限公司", providerCreditCode = TestData.Uscc("510100"), divisionCode = "510100", serviceItems = new[] { (await ItemAsync(Admin)).Code },
            startsOn = "2027-01-01", endsOn = "2027-12-31", priceBasis = "按面积", value = 30_000.00m, energyTargets = "年度用电量下降 2%",
        })).ReadAsync<ContractResponse>(HttpStatusCode.Created);
        return (contract, $"{Contracts}/{contract.Id}/charges");
    }

    [ProviderFact]
    public async Task A_charge_recorded_wrongly_is_corrected_with_its_signed_difference_and_the_costs_query_follows()
    {
        var (contract, charges) = await ContractOf2027Async();
        var organ = (await OrganAsync(Admin)).Id;
        var other = (await OrganAsync(Admin)).Id;
        var jan = await (await Admin.PostJsonAsync(charges, new { organId = organ, month = "2027-01", amount = 12_000.00m })).ReadAsync<ContractChargeResponse>(HttpStatusCode.Created);
        await (await Admin.PostJsonAsync(charges, new { organId = other, month = "2027-01", amount = 10_000.00m })).ReadAsync<ContractChargeResponse>(HttpStatusCode.Created);
        var corrections = $"{charges}/{jan.Id}/corrections";

        // Bad input, unknown ids, the bureau's data, and an unchanged amount: refused, nothing written.
        var bad = (await (await Admin.PostJsonAsync(corrections, new { amount = -0.01m, reason = "" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors();
        Assert.Contains("amount:field.out-of-range", bad);
        Assert.Contains("reason:field.required", bad);
        await (await Admin.PostJsonAsync(corrections, new { amount = 1.001m, reason = "x" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Admin.PostJsonAsync(corrections, new { amount = 1m })).ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing");
        await (await Admin.PostJsonAsync($"{charges}/{Guid.NewGuid()}/corrections", new { amount = 1m, reason = "x" })).ProblemAsync(HttpStatusCode.NotFound, "logistics.contract-charge-not-found");
        var (elsewhere, _) = await ContractOf2027Async();
        await (await Admin.PostJsonAsync($"{Contracts}/{elsewhere.Id}/charges/{jan.Id}/corrections", new { amount = 1m, reason = "x" })).ProblemAsync(HttpStatusCode.NotFound, "logistics.contract-charge-not-found");
        await (await Admin.PostJsonAsync($"{Contracts}/{Guid.NewGuid()}/charges/{jan.Id}/corrections", new { amount = 1m, reason = "x" })).ProblemAsync(HttpStatusCode.NotFound, "logistics.contract-not-found");
        var organKey = fixture.ClientFor(fixture.Factory, await KeyAsync(Admin, organ));
        await (await organKey.PostJsonAsync(corrections, new { amount = 1m, reason = "x" })).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        await (await Admin.PostJsonAsync(corrections, new { amount = 12_000.00m, reason = "x" })).ProblemAsync((HttpStatusCode)422, "logistics.correction-unchanged");
        // The contract's value stays the ceiling: 10000.00 + 20000.01 > 30000.00; 20000.00 fits exactly.
        await (await Admin.PostJsonAsync(corrections, new { amount = 20_000.01m, reason = "x" })).ProblemAsync((HttpStatusCode)422, "logistics.charges-above-contract-value");
        Assert.Equal(0, await fixture.CountAsync("logistics_contract_charge_correction", "charge_id = @Id", new { jan.Id }));

        // 12000.00 → 11200.00: −800.00, once for one Idempotency-Key; the charge and the Costs query read 11200.00.
        var key = Guid.NewGuid().ToString();
        var fixedOne = await (await Admin.PostJsonAsync(corrections, new { amount = 11_200.00m, reason = "分摊面积按 1400 m² 重算" }, key)).ReadAsync<ContractChargeCorrectionResponse>(HttpStatusCode.Created);
        Assert.Equal((12_000.00m, 11_200.00m, -800.00m, "2027-01", organ), (fixedOne.PreviousAmount, fixedOne.Amount, fixedOne.Difference, fixedOne.Month, fixedOne.OrganId));
        var replay = await (await Admin.PostJsonAsync(corrections, new { amount = 11_200.00m, reason = "分摊面积按 1400 m² 重算" }, key)).ReadAsync<ContractChargeCorrectionResponse>(HttpStatusCode.Created);
        Assert.Equal(fixedOne.Id, replay.Id);
        await (await Admin.PostJsonAsync(corrections, new { amount = 11_000.00m, reason = "另一笔" }, key)).ProblemAsync((HttpStatusCode)422, "idempotency.key-reused");
        Assert.Equal(1, await fixture.CountAsync("logistics_contract_charge_correction", "charge_id = @Id", new { jan.Id }));
        Assert.Equal(11_200.00m, (await (await Admin.GetAsync($"{charges}?organId={organ}")).ReadAsync<List<ContractChargeResponse>>()).Single().Amount);
        var costs = await Reception.ReceptionSetup.SendAsSystemAsync(fixture, new GetLogisticsServiceCostsQuery([organ, other], 2027));
        Assert.Equal((1_120_000L, 1_000_000L), (costs[organ].ContractFen, costs[other].ContractFen));

        // Up to the value exactly, then to 0 (a charge recorded for the wrong organ withdrawn): +8800.00, then −20000.00.
        Assert.Equal(8_800.00m, (await (await Admin.PostJsonAsync(corrections, new { amount = 20_000.00m, reason = "补足" })).ReadAsync<ContractChargeCorrectionResponse>(HttpStatusCode.Created)).Difference);
        Assert.Equal(-20_000.00m, (await (await Admin.PostJsonAsync(corrections, new { amount = 0m, reason = "记错机关" })).ReadAsync<ContractChargeCorrectionResponse>(HttpStatusCode.Created)).Difference);
        costs = await Reception.ReceptionSetup.SendAsSystemAsync(fixture, new GetLogisticsServiceCostsQuery([organ], 2027));
        Assert.Equal(0L, costs.TryGetValue(organ, out var line) ? line.ContractFen : 0L);
    }

    [ProviderFact]
    public async Task Corrections_of_one_charge_racing_through_two_hosts_chain_without_losing_one()
    {
        var (_, charges) = await ContractOf2027Async();
        var organ = (await OrganAsync(Admin)).Id;
        var charge = await (await Admin.PostJsonAsync(charges, new { organId = organ, month = "2027-03", amount = 1_000.00m })).ReadAsync<ContractChargeResponse>(HttpStatusCode.Created);
        var hosts = new[] { fixture.Client, fixture.ClientFor(fixture.CreateFactory()) };
        var responses = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            hosts[i % 2].PostJsonAsync($"{charges}/{charge.Id}/corrections", new { amount = 1_000.00m + i, reason = $"第 {i} 次" })));
        var statuses = string.Join(",", responses.Select(r => (int)r.StatusCode));
        var made = new List<ContractChargeCorrectionResponse>();
        foreach (var response in responses.Where(r => r.StatusCode == HttpStatusCode.Created))
        {
            made.Add(await response.ReadAsync<ContractChargeCorrectionResponse>(HttpStatusCode.Created));
        }
        Assert.True(responses.All(r => r.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict), statuses);
        // Every correction applied starts from the amount the one before it left: the differences add up to the charge's change.
        var final = (await (await Admin.GetAsync($"{charges}?organId={organ}")).ReadAsync<List<ContractChargeResponse>>()).Single().Amount;
        Assert.Equal(final - 1_000.00m, made.Sum(c => c.Difference));
        Assert.Equal(made.Count, made.Select(c => c.PreviousAmount).Distinct().Count());
        Assert.Equal(made.Count, await fixture.CountAsync("logistics_contract_charge_correction", "charge_id = @Id", new { charge.Id }));
    }
}
