using System.Net;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Buildings;
using Xunit;
using static OrganAffairs.Tests.Integration.Logistics.LogisticsSetup;

namespace OrganAffairs.Tests.Integration.Logistics;

/// <summary>
/// Property-service contracts (issue 20 item 6, L2): the provider's credit code, the term under the contract-term rule (1 year,
/// 3 with a reason, end date inclusive), the energy-saving clause, assignment only under a contract in force covering the item,
/// and the providers' assessment on numbers.
/// </summary>
public abstract class LogisticsContractTests(ApiFixture fixture)
{
    private const string Contracts = Root + "/contracts";
    private HttpClient Admin => fixture.Client;

    private static object Contract(string item, string startsOn, string endsOn, string? reason = null, string? energy = "年度用电量较上年下降 2%", string? code = null,
        string? overrideReason = null) => new
    {
        providerName = "某物业服务有限公司", providerCreditCode = code ?? TestData.Uscc("510100"), creditCodeOverrideReason = overrideReason, divisionCode = "510100",
        serviceItems = new[] { item }, startsOn, endsOn, longTermReason = reason, priceBasis = "按建筑面积每月每平方米 3.2 元", value = 384000.00m,
        energyTargets = energy, kpis = "紧急维修 30 分钟到场",
    };

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd");

    [ProviderFact]
    public async Task The_term_is_one_year_normally_three_with_a_reason_and_the_energy_clause_is_required()
    {
        var item = (await ItemAsync(Admin)).Code;
        var normal = await (await Admin.PostJsonAsync(Contracts, Contract(item, "2027-01-01", "2027-12-31"))).ReadAsync<ContractResponse>(HttpStatusCode.Created);
        Assert.Empty(normal.Warnings);
        Assert.Equal([item], normal.ServiceItems);
        Assert.Equal(((string?)null, 384000.00m), (normal.LongTermReason, normal.Value));

        var before = await fixture.CountAsync("logistics_contract");
        await (await Admin.PostJsonAsync(Contracts, Contract(item, "2027-01-01", "2028-01-01"))).ProblemAsync((HttpStatusCode)422, "logistics.contract-term-reason-required");
        var longer = await (await Admin.PostJsonAsync(Contracts, Contract(item, "2027-01-01", "2028-01-01", reason: "保洁服务连续性强、经费已纳入三年预算")))
            .ReadAsync<ContractResponse>(HttpStatusCode.Created);
        Assert.Equal(["logistics.contract-term-above-normal"], longer.Warnings);
        await (await Admin.PostJsonAsync(Contracts, Contract(item, "2027-01-01", "2029-12-31", reason: "稳定服务"))).ReadAsync<ContractResponse>(HttpStatusCode.Created);
        await (await Admin.PostJsonAsync(Contracts, Contract(item, "2027-01-01", "2030-01-01", reason: "稳定服务"))).ProblemAsync((HttpStatusCode)422, "logistics.contract-term-too-long");
        await (await Admin.PostJsonAsync(Contracts, Contract(item, "2027-01-01", "2027-12-31", energy: null))).ProblemAsync((HttpStatusCode)422, "logistics.energy-clause-required");
        await (await Admin.PostJsonAsync(Contracts, Contract(item, "2027-01-01", "2027-12-31", energy: "  "))).ProblemAsync((HttpStatusCode)422, "logistics.energy-clause-required");
        await (await Admin.PostJsonAsync(Contracts, Contract("repair.not-offered", "2027-01-01", "2027-12-31"))).ProblemAsync((HttpStatusCode)422, "logistics.not-in-catalogue");
        Assert.Equal(before + 2, await fixture.CountAsync("logistics_contract"));

        Assert.Equal(longer.Id, (await (await Admin.GetAsync($"{Contracts}/{longer.Id}")).ReadAsync<ContractResponse>()).Id);
        var listed = await (await Admin.GetAsync($"{Contracts}?providerCreditCode={normal.ProviderCreditCode}")).ReadAsync<PagedResult<ContractResponse>>();
        Assert.Equal([normal.Id], listed.Items.Select(c => c.Id));
    }

    [ProviderFact]
    public async Task The_term_rule_is_data_a_local_version_changes_the_limits()
    {
        var item = (await ItemAsync(Admin)).Code;
        var rule = await (await Admin.PostJsonAsync($"{Root}/rules/contract-terms", new
        {
            jurisdiction = "510100", effectiveFrom = "2031-01-01", normalYears = 2, maxYears = 2, source = "某市政府购买服务实施办法（测试）", confidence = "M",
        })).ReadAsync<ContractTermResponse>(HttpStatusCode.Created);
        Assert.Equal((2, 2), (rule.NormalYears, rule.MaxYears));
        await (await Admin.PostJsonAsync(Contracts, Contract(item, "2031-01-01", "2032-12-31"))).ReadAsync<ContractResponse>(HttpStatusCode.Created);
        await (await Admin.PostJsonAsync(Contracts, Contract(item, "2031-01-01", "2033-01-01", reason: "稳定服务"))).ProblemAsync((HttpStatusCode)422, "logistics.contract-term-too-long");
        var national = await (await Admin.GetAsync($"{Root}/rules/contract-terms?jurisdiction=national&on=2026-12-01")).ReadAsync<IReadOnlyList<ContractTermResponse>>();
        Assert.Equal((1, 3, "M"), (national.Single().NormalYears, national.Single().MaxYears, national.Single().Confidence));
        await (await Admin.PostJsonAsync($"{Root}/rules/contract-terms", new
        {
            jurisdiction = "510100", effectiveFrom = "2032-01-01", normalYears = 3, maxYears = 2, source = "x", confidence = "M",
        })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }

    [ProviderFact]
    public async Task A_bad_credit_code_or_missing_member_is_400_an_ordinary_organ_is_403()
    {
        var item = (await ItemAsync(Admin)).Code;
        var shape = await (await Admin.PostJsonAsync(Contracts, Contract(item, "2027-01-01", "2027-12-31", code: "91510100MA61R8XQ3"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("providerCreditCode:credit-code.invalid", shape.FieldErrors());
        var bad = TestData.BadCheckUscc();
        var check = await (await Admin.PostJsonAsync(Contracts, Contract(item, "2027-01-01", "2027-12-31", code: bad))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("providerCreditCode:credit-code.check-failed", check.FieldErrors());
        var pilot = await (await Admin.PostJsonAsync(Contracts, Contract(item, "2027-01-01", "2027-12-31", code: bad, overrideReason: "早期试点代码，已核验营业执照")))
            .ReadAsync<ContractResponse>(HttpStatusCode.Created);
        Assert.Equal("早期试点代码，已核验营业执照", pilot.CreditCodeOverrideReason);
        var missing = await (await Admin.PostRawAsync(Contracts, """{"providerName":"某公司","divisionCode":"510100","serviceItems":["x"],"startsOn":"2027-01-01","endsOn":"2027-12-31","priceBasis":"x","value":1}"""))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing");
        Assert.Contains("providerCreditCode", missing.ToString(), StringComparison.Ordinal);
        await (await Admin.GetAsync($"{Contracts}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "logistics.contract-not-found");

        var organ = await OrganAsync(Admin);
        var ordinary = fixture.ClientFor(fixture.Factory, await KeyAsync(Admin, organ.Id));
        await (await ordinary.PostJsonAsync(Contracts, Contract(item, "2027-01-01", "2027-12-31"))).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        await (await ordinary.GetAsync($"{Contracts}/assessment?from=2026-01-01&to=2026-12-31")).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
    }

    [ProviderFact]
    public async Task A_work_order_goes_to_a_provider_only_under_a_contract_in_force_covering_its_item_and_the_provider_is_assessed()
    {
        var w = await WorldAsync(Admin, division: "510100");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var code = TestData.Uscc("510100");
        var contract = await (await Admin.PostJsonAsync(Contracts, Contract(w.Item, Day(today.AddDays(-30)), Day(today.AddDays(300)), code: code)))
            .ReadAsync<ContractResponse>(HttpStatusCode.Created);
        var expired = await (await Admin.PostJsonAsync(Contracts, Contract(w.Item, "2021-01-01", "2021-12-31", code: code))).ReadAsync<ContractResponse>(HttpStatusCode.Created);
        var other = await (await Admin.PostJsonAsync(Contracts, Contract((await ItemAsync(Admin)).Code, Day(today.AddDays(-30)), Day(today.AddDays(300)))))
            .ReadAsync<ContractResponse>(HttpStatusCode.Created);

        var order = await StepOkAsync(Admin, await RaiseAsync(Admin, w), "triage");
        await (await StepAsync(Admin, order, "assign", new { contractId = expired.Id })).ProblemAsync((HttpStatusCode)422, "logistics.contract-not-covering");
        await (await StepAsync(Admin, order, "assign", new { contractId = other.Id })).ProblemAsync((HttpStatusCode)422, "logistics.contract-not-covering");
        var missing = await (await StepAsync(Admin, order, "assign", new { contractId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("contractId:logistics.contract-ref-not-found", missing.FieldErrors());
        await (await StepAsync(Admin, order, "assign", new { })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");

        var assigned = await StepOkAsync(Admin, order, "assign", new { contractId = contract.Id });
        Assert.Equal(("某物业服务有限公司", contract.Id), (assigned.Assignee, assigned.ContractId!.Value));
        assigned = await StepOkAsync(Admin, assigned, "arrive");
        var resolved = await StepOkAsync(Admin, assigned, "resolve");
        await StepOkAsync(Admin, resolved, "confirm", new { staffMemberId = w.Requester, rating = 4, comment = "满意" });

        var period = $"from={Day(today.AddDays(-1))}&to={Day(today.AddDays(1))}";
        var rows = await (await Admin.GetAsync($"{Contracts}/assessment?{period}")).ReadAsync<IReadOnlyList<ProviderAssessmentRow>>();
        var row = rows.Single(r => r.ProviderCreditCode == code);
        Assert.Equal((1, 1, 4.00m, (decimal?)null), (row.Orders, row.Rated, row.AverageRating!.Value, row.AttainmentPercent));
        Assert.Equal([contract.Id], row.ContractIds);
        var csv = await (await Admin.GetAsync($"{Contracts}/assessment?{period}&format=Csv")).Content.ReadAsStringAsync();
        Assert.StartsWith("providerCreditCode,providerName,contracts,orders,withSla,breached,attainmentPercent,rated,averageRating", csv, StringComparison.Ordinal);
        Assert.Contains($"{code},某物业服务有限公司,1,1,0,0,,1,4.00", csv, StringComparison.Ordinal);

        await (await Admin.GetAsync($"{Contracts}/assessment?from=2026-02-01&to=2026-01-01")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Admin.GetAsync($"{Contracts}/assessment?from=2025-01-01&to=2026-01-02")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Admin.GetAsync($"{Contracts}/assessment")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }
    private Task<HttpResponseMessage> AmendAsync(HttpClient client, Guid contractId, object body, string? ifMatch) =>
        client.SendAsync(Http.Request(HttpMethod.Post, $"{Contracts}/{contractId}/amendments", System.Text.Json.JsonSerializer.Serialize(body, Http.Json), ifMatch));

    [ProviderFact]
    public async Task A_contract_serves_only_the_buildings_of_its_scope_and_an_amendment_widens_it_under_the_same_term_rules()
    {
        var organ = await OrganAsync(Admin, "510100");
        var space = new BuildingsSetup(Admin);
        var inside = await space.BuildingAsync();
        var insideRoom = await space.RoomAsync((await space.FloorAsync(inside.Id)).Id);
        var outside = await space.BuildingAsync();
        var outsideRoom = await space.RoomAsync((await space.FloorAsync(outside.Id)).Id);
        var item = (await ItemAsync(Admin)).Code;
        var requester = await StaffAsync(Admin, organ.Id);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var start = today.AddDays(-30);
        object Body(object? buildingIds) => new
        {
            providerName = "某物业服务有限公司", providerCreditCode = TestData.Uscc("510100"), divisionCode = "510100", serviceItems = new[] { item },
            startsOn = Day(start), endsOn = Day(start.AddYears(1).AddDays(-1)), priceBasis = "按建筑面积每月每平方米 3.2 元", value = 120000.00m,
            energyTargets = "年度用电量较上年下降 2%", buildingIds,
        };
        var bad = await (await Admin.PostJsonAsync(Contracts, Body(new[] { Guid.NewGuid() }))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("buildingIds:logistics.building-ref-not-found", bad.FieldErrors());
        var contract = await (await Admin.PostJsonAsync(Contracts, Body(new[] { inside.Id }))).ReadAsync<ContractResponse>(HttpStatusCode.Created);
        Assert.Equal([inside.Id], contract.BuildingIds!);

        async Task<WorkOrderResponse> TriagedAsync(Guid room) =>
            await StepOkAsync(Admin, await RaiseAsync(Admin, new World(organ.Id, requester, room, item)), "triage");
        var far = await TriagedAsync(outsideRoom.Id);
        var problem = await (await StepAsync(Admin, far, "assign", new { contractId = contract.Id })).ProblemAsync((HttpStatusCode)422, "logistics.building-outside-contract");
        Assert.Contains(outside.Id.ToString("D"), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(contract.Id, (await StepOkAsync(Admin, await TriagedAsync(insideRoom.Id), "assign", new { contractId = contract.Id })).ContractId);

        // Amendments: If-Match, a reason, an effective date within the term and not after today, the term rule on the amended term.
        var normalEnd = start.AddYears(1).AddDays(-1);
        await (await AmendAsync(Admin, contract.Id, new { effectiveOn = Day(today), reason = "延期", endsOn = Day(normalEnd.AddDays(1)) }, null))
            .ProblemAsync((HttpStatusCode)428, "concurrency.if-match-required");
        await (await AmendAsync(Admin, contract.Id, new { effectiveOn = Day(today), reason = "延期", endsOn = Day(normalEnd.AddDays(1)) }, "\"1\""))
            .ProblemAsync((HttpStatusCode)422, "logistics.contract-term-reason-required");
        await (await AmendAsync(Admin, contract.Id, new { effectiveOn = Day(today.AddDays(1)), reason = "延期", endsOn = Day(normalEnd) }, "\"1\""))
            .ProblemAsync((HttpStatusCode)422, "logistics.amendment-date");
        await (await AmendAsync(Admin, contract.Id, new { effectiveOn = Day(start.AddDays(-1)), reason = "延期", priceBasis = "按面积" }, "\"1\""))
            .ProblemAsync((HttpStatusCode)422, "logistics.amendment-date");
        await (await AmendAsync(Admin, contract.Id, new { effectiveOn = Day(today), reason = "无变化", endsOn = Day(normalEnd), buildingIds = new[] { inside.Id } }, "\"1\""))
            .ProblemAsync((HttpStatusCode)422, "logistics.amendment-changes-nothing");
        await (await AmendAsync(Admin, contract.Id, new { effectiveOn = Day(today), endsOn = Day(normalEnd.AddDays(-1)) }, "\"1\""))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing");
        var blank = await (await AmendAsync(Admin, contract.Id, new { effectiveOn = Day(today), reason = " ", endsOn = Day(start.AddDays(-1)) }, "\"1\""))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("reason:field.required", blank.FieldErrors());
        var longer = await (await AmendAsync(Admin, contract.Id, new
        {
            effectiveOn = Day(today), reason = "增加 2 号楼，延长一日", endsOn = Day(normalEnd.AddDays(1)), buildingIds = new[] { inside.Id, outside.Id },
            longTermReason = "服务稳定、经费有保障",
        }, "\"1\"")).ReadAsync<ContractAmendmentResponse>(HttpStatusCode.Created);
        Assert.Equal((2L, normalEnd, normalEnd.AddDays(1), "logistics.contract-term-above-normal"),
            (longer.ContractVersion, longer.EndsOnBefore, longer.EndsOn, Assert.Single(longer.Warnings)));
        Assert.Equal([inside.Id], longer.BuildingIdsBefore);
        Assert.Equal([inside.Id, outside.Id], longer.BuildingIds);
        await (await AmendAsync(Admin, contract.Id, new { effectiveOn = Day(today), reason = "再改", priceBasis = "按面积" }, "\"1\""))
            .ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        // Three years with the recorded reason; three years and a day refused.
        await (await AmendAsync(Admin, contract.Id, new { effectiveOn = Day(today), reason = "三年零一天", endsOn = Day(start.AddYears(3)) }, "\"2\""))
            .ProblemAsync((HttpStatusCode)422, "logistics.contract-term-too-long");
        var three = await (await AmendAsync(Admin, contract.Id, new { effectiveOn = Day(today), reason = "延至三年", endsOn = Day(start.AddYears(3).AddDays(-1)) }, "\"2\""))
            .ReadAsync<ContractAmendmentResponse>(HttpStatusCode.Created);
        Assert.Equal(("服务稳定、经费有保障", 3L), (three.LongTermReason, three.ContractVersion));

        // The widened scope now covers the other building; the contract reads amended.
        Assert.Equal(contract.Id, (await StepOkAsync(Admin, far, "assign", new { contractId = contract.Id })).ContractId);
        var read = await Admin.GetAsync($"{Contracts}/{contract.Id}");
        Assert.Equal("\"3\"", read.Headers.ETag!.Tag);
        var amended = await read.ReadAsync<ContractResponse>();
        Assert.Equal((start.AddYears(3).AddDays(-1), 2), (amended.EndsOn, amended.BuildingIds!.Count));
        var history = await (await Admin.GetAsync($"{Contracts}/{contract.Id}/amendments")).ReadAsync<IReadOnlyList<ContractAmendmentResponse>>();
        Assert.Equal([longer.Id, three.Id], history.Select(a => a.Id));
        Assert.True(await fixture.CountAsync("shared_audit", "entity_id = @Id", new { contract.Id }) >= 3); // the registration and the two amendments

        // Shortening below a charged month is refused.
        var month = today.AddMonths(1);
        await (await Admin.PostJsonAsync($"{Contracts}/{contract.Id}/charges", new { organId = organ.Id, month = $"{month:yyyy-MM}", amount = 100.00m }))
            .ReadAsync<ContractChargeResponse>(HttpStatusCode.Created);
        await (await AmendAsync(Admin, contract.Id, new { effectiveOn = Day(today), reason = "提前终止", endsOn = Day(today) }, "\"3\""))
            .ProblemAsync((HttpStatusCode)422, "logistics.charges-outside-amended-term");

        // The bureau's: an organ reads but does not amend; a missing contract is 404.
        var ordinary = fixture.ClientFor(fixture.Factory, await KeyAsync(Admin, organ.Id));
        await (await AmendAsync(ordinary, contract.Id, new { effectiveOn = Day(today), reason = "x", priceBasis = "y" }, "\"3\"")).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        Assert.Equal(2, (await (await ordinary.GetAsync($"{Contracts}/{contract.Id}/amendments")).ReadAsync<IReadOnlyList<ContractAmendmentResponse>>()).Count);
        await (await Admin.GetAsync($"{Contracts}/{Guid.NewGuid()}/amendments")).ProblemAsync(HttpStatusCode.NotFound, "logistics.contract-not-found");
        await (await AmendAsync(Admin, Guid.NewGuid(), new { effectiveOn = Day(today), reason = "x", priceBasis = "y" }, "\"1\"")).ProblemAsync(HttpStatusCode.NotFound, "logistics.contract-not-found");
    }
    [ProviderFact]
    public async Task The_providers_score_weighs_attainment_and_satisfaction_by_the_weights_rule()
    {
        var national = await (await Admin.GetAsync($"{Root}/rules/assessment-weights?jurisdiction=national&on=2026-06-01")).ReadAsync<IReadOnlyList<AssessmentWeightsResponse>>();
        Assert.Equal((60, 40, "U"), (national.Single().SlaWeightPercent, national.Single().SatisfactionWeightPercent, national.Single().Confidence));
        object Weights(int sla, int satisfaction) => new
        {
            jurisdiction = "510700", effectiveFrom = "2020-01-01", slaWeightPercent = sla, satisfactionWeightPercent = satisfaction, source = "某市物业服务考核办法", confidence = "M",
        };
        // Just outside: the shares must sum to exactly 100, each 0–100.
        var bad = await (await Admin.PostJsonAsync($"{Root}/rules/assessment-weights", Weights(61, 40))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("satisfactionWeightPercent:field.out-of-range", bad.FieldErrors());
        bad = await (await Admin.PostJsonAsync($"{Root}/rules/assessment-weights", Weights(-1, 101))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("slaWeightPercent:field.out-of-range", bad.FieldErrors());
        var organ = fixture.ClientFor(fixture.Factory, await KeyAsync(Admin, (await OrganAsync(Admin)).Id));
        await (await organ.PostJsonAsync($"{Root}/rules/assessment-weights", Weights(0, 100))).ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        // Just inside: 0 / 100 (satisfaction alone).
        var weights = await (await Admin.PostJsonAsync($"{Root}/rules/assessment-weights", Weights(0, 100))).ReadAsync<AssessmentWeightsResponse>(HttpStatusCode.Created);

        var w = await WorldAsync(Admin, division: "510700");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var code = TestData.Uscc("510700");
        var contract = await (await Admin.PostJsonAsync(Contracts, new
        {
            providerName = "某物业服务有限公司", providerCreditCode = code, divisionCode = "510700", serviceItems = new[] { w.Item }, startsOn = Day(today.AddDays(-30)),
            endsOn = Day(today.AddDays(300)), priceBasis = "按面积", value = 1000.00m, energyTargets = "年度用电量下降 2%",
        })).ReadAsync<ContractResponse>(HttpStatusCode.Created);
        var order = await StepOkAsync(Admin, await StepOkAsync(Admin, await RaiseAsync(Admin, w), "triage"), "assign", new { contractId = contract.Id });
        var resolved = await StepOkAsync(Admin, await StepOkAsync(Admin, order, "arrive"), "resolve");
        await StepOkAsync(Admin, resolved, "confirm", new { staffMemberId = w.Requester, rating = 4, comment = "较满意" });

        var period = $"from={Day(today.AddDays(-1))}&to={Day(today.AddDays(1))}";
        var row = (await (await Admin.GetAsync($"{Contracts}/assessment?{period}")).ReadAsync<IReadOnlyList<ProviderAssessmentRow>>()).Single(r => r.ProviderCreditCode == code);
        Assert.Equal((75.0m, weights.Id, (decimal?)null), (row.Score!.Value, row.WeightsId!.Value, row.AttainmentPercent)); // (4 − 1) / 4 × 100
        var csv = await (await Admin.GetAsync($"{Contracts}/assessment?{period}&format=Csv")).Content.ReadAsStringAsync();
        Assert.Contains($"{code},某物业服务有限公司,1,1,0,0,,1,4.00,75.0", csv, StringComparison.Ordinal);
        // A weight on attainment needs attainment: none here, so no score.
        await (await Admin.PostJsonAsync($"{Root}/rules/assessment-weights", new
        {
            jurisdiction = "510700", effectiveFrom = Day(today.AddDays(-1)), slaWeightPercent = 1, satisfactionWeightPercent = 99, source = "修订", confidence = "M",
        })).ReadAsync<AssessmentWeightsResponse>(HttpStatusCode.Created);
        row = (await (await Admin.GetAsync($"{Contracts}/assessment?{period}")).ReadAsync<IReadOnlyList<ProviderAssessmentRow>>()).Single(r => r.ProviderCreditCode == code);
        Assert.Null(row.Score);
    }
}
