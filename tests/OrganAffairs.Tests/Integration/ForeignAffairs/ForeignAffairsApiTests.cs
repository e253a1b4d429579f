using System.Net;
using System.Text.Json;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.ForeignAffairs;

/// <summary>Outbound visits through HTTP: the workflow, the limits naming their rules, bad input, organ scope, If-Match, rule versions.</summary>
public abstract class ForeignAffairsApiTests(ApiFixture fixture)
{
    private const string Root = "/api/v1/foreign-affairs";
    private static readonly Guid NationalLimits = new("00000000-0000-0000-0019-000000000001");
    private HttpClient Client => fixture.Client;

    private async Task<OrganResponse> OrganAsync(string division = "320100") =>
        await (await Client.PostJsonAsync("/api/v1/organs", new
        {
            name = "市外事办公室", divisionCode = division, unifiedSocialCreditCode = TestData.Uscc(division), level = "Municipal", type = "GovernmentDepartment",
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);

    private async Task<IReadOnlyList<Guid>> StaffAsync(Guid organId, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await (await Client.PostJsonAsync("/api/v1/organs/staff", new { organId, name = $"团员{i}", rankCode = "BelowBureau", startedOn = "2020-01-01" }))
                .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created)).Id);
        }
        return ids;
    }

    /// <summary>A visit body: <paramref name="days"/> days from 2027-03-01 over the countries, every day official, budget 80,000.00.</summary>
    private static Dictionary<string, object?> Fields(IReadOnlyList<Guid> members, int days = 5, string[]? countries = null, string type = "General",
        string? justification = null, decimal? budget = 80_000m)
    {
        var departs = new DateOnly(2027, 3, 1);
        var returns = departs.AddDays(days - 1);
        return new Dictionary<string, object?>
        {
            ["purpose"] = "考察城市公共机构节能管理",
            ["invitingParty"] = "巴黎市政府",
            ["invitationReference"] = "Invitation 2027/14",
            ["delegationType"] = type,
            ["justification"] = justification,
            ["departsOn"] = departs,
            ["returnsOn"] = returns,
            ["members"] = members.Select((m, i) => new { staffMemberId = m, role = i == 0 ? "Leader" : i == members.Count - 1 ? "Interpreter" : "Member", post = "处长" }).ToList(),
            ["itinerary"] = (countries ?? ["FR"]).Select(c => new { country = c, arrivesOn = departs, leavesOn = returns, transit = false, airsideOnly = false }).ToList(),
            ["schedule"] = Enumerable.Range(0, days).Select(d => new { on = departs.AddDays(d), description = "公务会谈", official = true }).ToList(),
            ["fundingSource"] = "部门预算",
            ["budget"] = budget,
        };
    }

    private async Task<PlanResponse> PlanAsync(Guid organId, int trips = 10, int persons = 60, HttpClient? client = null) =>
        await (await (client ?? Client).PutJsonAsync($"{Root}/plans/{organId}/2027", new { trips, persons }, null)).ReadAsync<PlanResponse>();

    private async Task<HttpResponseMessage> CreateAsync(Guid organId, object visit, HttpClient? client = null) =>
        await (client ?? Client).PostJsonAsync(Root, new { organId, visit });

    private async Task<VisitResponse> DraftAsync(Guid organId, object visit) => await (await CreateAsync(organId, visit)).ReadAsync<VisitResponse>(HttpStatusCode.Created);

    private Task<HttpResponseMessage> SubmitAsync(Guid id) => Client.PostAsync($"{Root}/{id}/submit", null);

    private Task<HttpResponseMessage> ApproveAsync(Guid id, string approvedOn = "2027-02-10") =>
        Client.PostJsonAsync($"{Root}/{id}/approve", new { approvalNumber = "外任〔2027〕15号", approvedOn });

    private static IReadOnlyList<string> RuleIds(JsonElement problem) =>
        problem.GetProperty("breaches").EnumerateArray().Select(b => b.GetProperty("ruleId").GetString()!).ToList();

    [ProviderFact]
    public async Task A_visit_goes_from_draft_to_closed()
    {
        var organ = await OrganAsync();
        var staff = await StaffAsync(organ.Id, 6);
        await PlanAsync(organ.Id);
        var draft = await DraftAsync(organ.Id, Fields(staff, days: 5, countries: ["FR"]));
        Assert.Equal((VisitStatus.Draft, 5, 1, 5, 80_000.00m), (draft.Status, draft.Measures.DaysAbroad, draft.Measures.Countries, draft.Measures.OfficialDays, draft.Visit.Budget!.Value));

        Assert.Equal(VisitStatus.Submitted, (await (await SubmitAsync(draft.Id)).ReadAsync<VisitResponse>()).Status);
        await (await SubmitAsync(draft.Id)).ProblemAsync(HttpStatusCode.Conflict, "foreign-affairs.visit-state");
        var approved = await (await ApproveAsync(draft.Id)).ReadAsync<VisitResponse>();
        Assert.Equal((VisitStatus.Approved, "外任〔2027〕15号", new DateOnly(2027, 2, 10), NationalLimits),
            (approved.Status, approved.ApprovalNumber, approved.ApprovedOn!.Value, approved.RuleVersionId!.Value));
        Assert.Equal(VisitStatus.Travelling, (await (await Client.PostAsync($"{Root}/{draft.Id}/depart", null)).ReadAsync<VisitResponse>()).Status);
        await (await Client.PostJsonAsync($"{Root}/{draft.Id}/return", new { returnedOn = "2027-02-28" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal(VisitStatus.Returned, (await (await Client.PostJsonAsync($"{Root}/{draft.Id}/return", new { returnedOn = "2027-03-05" })).ReadAsync<VisitResponse>()).Status);
        await (await Client.PostJsonAsync($"{Root}/{draft.Id}/report", new { summary = "" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal(VisitStatus.Reported, (await (await Client.PostJsonAsync($"{Root}/{draft.Id}/report", new { summary = "完成全部公务活动" })).ReadAsync<VisitResponse>()).Status);
        var closed = await (await Client.PostAsync($"{Root}/{draft.Id}/close", null)).ReadAsync<VisitResponse>();
        Assert.Equal((VisitStatus.Closed, new DateOnly(2027, 3, 5), "完成全部公务活动"), (closed.Status, closed.ReturnedOn!.Value, closed.ReportSummary));
        Assert.True(await fixture.CountAsync("shared_audit", "entity_id = @Id", new { draft.Id }) >= 7);

        var list = await (await Client.GetAsync($"{Root}?organId={organ.Id}&year=2027&status=Closed")).ReadAsync<PagedResult<VisitResponse>>();
        Assert.Equal(draft.Id, Assert.Single(list.Items).Id);
        await (await Client.GetAsync($"{Root}?status=Gone")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }

    [ProviderFact]
    public async Task Submission_names_every_rule_the_visit_breaks()
    {
        var organ = await OrganAsync();
        var staff = await StaffAsync(organ.Id, 8);

        var seven = await DraftAsync(organ.Id, Fields(staff.Take(7).ToList(), days: 6, countries: ["FR"]));
        var problem = await (await SubmitAsync(seven.Id)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.delegation-too-large");
        Assert.Equal(["F1", "F2"], RuleIds(problem));
        Assert.Equal(VisitStatus.Draft, (await (await Client.GetAsync($"{Root}/{seven.Id}")).ReadAsync<VisitResponse>()).Status);

        var african = await DraftAsync(organ.Id, Fields(staff.Take(6).ToList(), days: 6, countries: ["KE"]));
        Assert.Equal(VisitStatus.Submitted, (await (await SubmitAsync(african.Id)).ReadAsync<VisitResponse>()).Status);
        var africanLong = await DraftAsync(organ.Id, Fields(staff.Take(2).ToList(), days: 7, countries: ["KE"]));
        Assert.Equal(["F4"], RuleIds(await (await SubmitAsync(africanLong.Id)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.too-many-days")));
        var four = await DraftAsync(organ.Id, Fields(staff.Take(2).ToList(), days: 10, countries: ["FR", "DE", "IT", "ES"]));
        Assert.Equal(["F3"], RuleIds(await (await SubmitAsync(four.Id)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.too-many-countries")));

        var noBudget = await DraftAsync(organ.Id, Fields(staff.Take(2).ToList(), budget: null));
        await (await SubmitAsync(noBudget.Id)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.budget-missing");

        var research = await DraftAsync(organ.Id, Fields(staff, days: 12, countries: ["FR", "DE", "IT", "ES"], type: "TeachingResearch"));
        Assert.Equal(["F7"], RuleIds(await (await SubmitAsync(research.Id)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.justification-missing")));
        var justified = await DraftAsync(organ.Id, Fields(staff, days: 12, countries: ["FR", "DE", "IT", "ES"], type: "TeachingResearch", justification: "国际学术会议主旨报告"));
        Assert.Equal(VisitStatus.Submitted, (await (await SubmitAsync(justified.Id)).ReadAsync<VisitResponse>()).Status);
    }

    private async Task<(int Trips, int Persons)> Used(Guid organId)
    {
        var plan = await (await Client.GetAsync($"{Root}/plans/{organId}/2027")).ReadAsync<PlanResponse>();
        return (plan.ApprovedTrips, plan.ApprovedPersons);
    }

    [ProviderFact]
    public async Task Approvals_count_against_the_annual_plan_of_the_departure_year()
    {
        var organ = await OrganAsync();
        var staff = await StaffAsync(organ.Id, 4);
        var first = await DraftAsync(organ.Id, Fields(staff.Take(3).ToList()));
        await (await SubmitAsync(first.Id)).ReadAsync<VisitResponse>();
        await (await ApproveAsync(first.Id)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.plan-missing");
        var none = await (await Client.GetAsync($"{Root}/plans/{organ.Id}/2027")).ReadAsync<PlanResponse>();
        Assert.Equal(((int?)null, 0), (none.Trips, none.ApprovedTrips));

        await PlanAsync(organ.Id, trips: 2, persons: 4);
        await (await ApproveAsync(first.Id)).ReadAsync<VisitResponse>();
        Assert.Equal((1, 3), await Used(organ.Id));
        var second = await DraftAsync(organ.Id, Fields(staff.Skip(2).ToList()));
        await (await SubmitAsync(second.Id)).ReadAsync<VisitResponse>();
        await (await ApproveAsync(second.Id)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.outside-plan");
        Assert.Equal((1, 3), await Used(organ.Id));
        await (await Client.PutJsonAsync($"{Root}/plans/{organ.Id}/2027", new { trips = 0, persons = 4 }, null)).ProblemAsync(HttpStatusCode.Conflict, "foreign-affairs.plan-below-approved");
        await (await Client.PutJsonAsync($"{Root}/plans/{organ.Id}/2027", new { trips = -1, persons = 4 }, null)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.PutJsonAsync($"{Root}/plans/{Guid.NewGuid()}/2027", new { trips = 1, persons = 4 }, null)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Root}/plans/{Guid.NewGuid()}/2027")).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.organ-not-found");
        await PlanAsync(organ.Id, trips: 2, persons: 5);
        await (await ApproveAsync(second.Id)).ReadAsync<VisitResponse>();
        Assert.Equal((2, 5), await Used(organ.Id));
    }

    [ProviderFact]
    public async Task Bad_input_is_refused_and_nothing_is_written()
    {
        var organ = await OrganAsync();
        var staff = await StaffAsync(organ.Id, 2);
        var before = await fixture.CountAsync("foreign_affairs_visit");

        async Task<IReadOnlyList<string>> Bad(Action<Dictionary<string, object?>> change, Guid? organId = null)
        {
            var body = Fields(staff);
            change(body);
            return (await (await CreateAsync(organId ?? organ.Id, body)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors();
        }

        Assert.Contains("visit.purpose:field.required", await Bad(b => b["purpose"] = ""));
        Assert.Contains("visit.purpose:field.too-long", await Bad(b => b["purpose"] = new string('a', 1001)));
        Assert.Contains("visit.returnsOn:foreign-affairs.dates-invalid", await Bad(b => b["returnsOn"] = "2027-02-28"));
        Assert.Contains("visit.itinerary[0].country:foreign-affairs.country-invalid", await Bad(b => b["itinerary"] = new[]
            { new { country = "France", arrivesOn = "2027-03-01", leavesOn = "2027-03-02", transit = false, airsideOnly = false } }));
        Assert.Contains("visit.itinerary[0].airsideOnly:foreign-affairs.airside-without-transit", await Bad(b => b["itinerary"] = new[]
            { new { country = "FR", arrivesOn = "2027-03-01", leavesOn = "2027-03-02", transit = false, airsideOnly = true } }));
        Assert.Contains("visit.itinerary:foreign-affairs.no-country", await Bad(b => b["itinerary"] = new[]
            { new { country = "AE", arrivesOn = "2027-03-01", leavesOn = "2027-03-01", transit = true, airsideOnly = true } }));
        Assert.Contains("visit.members:foreign-affairs.member-twice", await Bad(b => b["members"] = new[]
            { new { staffMemberId = staff[0], role = "Leader" }, new { staffMemberId = staff[0], role = "Member" } }));
        Assert.Contains("visit.members[0].staffMemberId:foreign-affairs.staff-ref-not-found", await Bad(b => b["members"] = new[]
            { new { staffMemberId = Guid.NewGuid(), role = "Leader" } }));
        Assert.Contains("visit.budget:foreign-affairs.budget-invalid", await Bad(b => b["budget"] = 1.234m));
        Assert.Contains("organId:foreign-affairs.organ-ref-not-found", await Bad(_ => { }, Guid.NewGuid()));
        Assert.Contains("visit.delegationType:request.enum-invalid", await Bad(b => b["delegationType"] = "Tourism"));
        Assert.Equal(before, await fixture.CountAsync("foreign_affairs_visit"));

        var draft = await DraftAsync(organ.Id, Fields(staff));
        await (await ApproveAsync(draft.Id)).ProblemAsync(HttpStatusCode.Conflict, "foreign-affairs.visit-state");
        await (await SubmitAsync(draft.Id)).ReadAsync<VisitResponse>();
        Assert.Contains("approvalNumber:field.required",
            (await (await Client.PostJsonAsync($"{Root}/{draft.Id}/approve", new { approvalNumber = "", approvedOn = "2027-02-10" }))
                .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.PostAsync($"{Root}/{Guid.NewGuid()}/submit", null)).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.visit-not-found");
    }

    [ProviderFact]
    public async Task An_organ_sees_only_its_own_visits()
    {
        var mine = await OrganAsync();
        var other = await OrganAsync();
        var myStaff = await StaffAsync(mine.Id, 1);
        var theirs = await DraftAsync(other.Id, Fields(await StaffAsync(other.Id, 1)));
        var key = await (await Client.PostJsonAsync("/api/v1/access/api-keys", new { name = "外事系统", organId = mine.Id, scopes = new[] { "foreign-affairs.read", "foreign-affairs.write" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        var client = fixture.ClientFor(fixture.Factory, key.Key);

        var own = await (await CreateAsync(mine.Id, Fields(myStaff), client)).ReadAsync<VisitResponse>(HttpStatusCode.Created);
        await (await client.GetAsync($"{Root}/{theirs.Id}")).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.visit-not-found");
        await (await client.PostAsync($"{Root}/{theirs.Id}/submit", null)).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.visit-not-found");
        await (await CreateAsync(other.Id, Fields(myStaff), client)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var list = await (await client.GetAsync($"{Root}?pageSize=200")).ReadAsync<PagedResult<VisitResponse>>();
        Assert.Equal([own.Id], list.Items.Select(v => v.Id));
        await (await client.PostJsonAsync($"{Root}/rules/limits", new { })).ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await client.PutJsonAsync($"{Root}/plans/{mine.Id}/2027", new { trips = 9, persons = 9 }, null)).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        await (await client.GetAsync($"{Root}/plans/{other.Id}/2027")).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.organ-not-found");
    }

    [ProviderFact]
    public async Task Changes_need_if_match_and_a_changed_approved_visit_goes_back_for_approval()
    {
        var organ = await OrganAsync();
        var staff = await StaffAsync(organ.Id, 3);
        await PlanAsync(organ.Id, trips: 1, persons: 3);
        var draft = await DraftAsync(organ.Id, Fields(staff));
        var url = $"{Root}/{draft.Id}";
        await (await Client.PutJsonAsync(url, Fields(staff), null)).ProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if-match-required");
        await (await Client.PutJsonAsync(url, Fields(staff), "\"9\"")).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");

        await (await SubmitAsync(draft.Id)).ReadAsync<VisitResponse>();
        var rejected = await (await Client.PostJsonAsync($"{url}/reject", new { reason = "出访国家过多" })).ReadAsync<VisitResponse>();
        Assert.Equal((VisitStatus.Rejected, "出访国家过多"), (rejected.Status, rejected.Reason));
        var redrafted = await (await Client.PutJsonAsync(url, Fields(staff, days: 4), $"\"{rejected.Version}\"")).ReadAsync<VisitResponse>();
        Assert.Equal((VisitStatus.Draft, 4), (redrafted.Status, redrafted.Measures.DaysAbroad));

        await (await SubmitAsync(draft.Id)).ReadAsync<VisitResponse>();
        var approved = await (await ApproveAsync(draft.Id)).ReadAsync<VisitResponse>();
        var same = Fields(staff, days: 4);
        same["fundingSource"] = "专项经费";
        var kept = await (await Client.PutJsonAsync(url, same, $"\"{approved.Version}\"")).ReadAsync<VisitResponse>();
        Assert.Equal((VisitStatus.Approved, "专项经费"), (kept.Status, kept.Visit.FundingSource));
        var longer = await (await Client.PutJsonAsync(url, Fields(staff, days: 5), $"\"{kept.Version}\"")).ReadAsync<VisitResponse>();
        Assert.Equal((VisitStatus.Submitted, (string?)null, (Guid?)null), (longer.Status, longer.ApprovalNumber, longer.RuleVersionId));
        // Back for approval: the plan has its delegation and persons again.
        Assert.Equal((0, 0), await Used(organ.Id));
        var tooLong = await (await Client.PutJsonAsync(url, Fields(staff, days: 6), $"\"{longer.Version}\"")).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.too-many-days");
        Assert.Equal(["F2"], RuleIds(tooLong));
    }

    [ProviderFact]
    public async Task The_approval_date_picks_the_rule_version_and_a_local_version_may_only_tighten()
    {
        var organ = await OrganAsync("110105");
        var staff = await StaffAsync(organ.Id, 5);
        await PlanAsync(organ.Id);
        var limits = new { maxMembers = 4, maxDaysOneCountry = 5, maxDaysTwoCountries = 8, maxDaysThreeCountries = 10, maxCountries = 3, extraDays = 1, officialShareNumerator = 2, officialShareDenominator = 3 };
        var looser = await (await Client.PostJsonAsync($"{Root}/rules/limits", new { jurisdiction = "110000", effectiveFrom = "2028-01-01", limits = limits with { maxMembers = 7 }, source = "京外办〔2027〕1号", confidence = "H" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "rules.looser-than-ceiling");
        Assert.Contains("maxMembers:rules.looser-than-ceiling", looser.FieldErrors());
        await (await Client.PostJsonAsync($"{Root}/rules/limits", new { jurisdiction = "110000", effectiveFrom = "2028-01-01", limits = limits with { maxDaysTwoCountries = 4 }, source = "x", confidence = "H" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var local = await (await Client.PostJsonAsync($"{Root}/rules/limits", new { jurisdiction = "110000", effectiveFrom = "2028-01-01", limits, source = "京外办〔2027〕1号", confidence = "H" }))
            .ReadAsync<OutboundLimitsResponse>(HttpStatusCode.Created);
        var chain = await (await Client.GetAsync($"{Root}/rules/limits?jurisdiction=110105")).ReadAsync<List<OutboundLimitsResponse>>();
        Assert.Equal([local.Id, NationalLimits], chain.Select(v => v.Id).OrderBy(id => id == NationalLimits));

        var early = await DraftAsync(organ.Id, Fields(staff));
        await (await SubmitAsync(early.Id)).ReadAsync<VisitResponse>();
        var kept = await (await ApproveAsync(early.Id, "2027-12-31")).ReadAsync<VisitResponse>();
        Assert.Equal(NationalLimits, kept.RuleVersionId);

        var late = await DraftAsync(organ.Id, Fields(staff));
        await (await SubmitAsync(late.Id)).ReadAsync<VisitResponse>();
        var refused = await (await ApproveAsync(late.Id, "2028-01-01")).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.delegation-too-large");
        Assert.Equal(4, refused.GetProperty("breaches")[0].GetProperty("limit").GetInt32());
        Assert.Equal(NationalLimits, (await (await Client.GetAsync($"{Root}/{early.Id}")).ReadAsync<VisitResponse>()).RuleVersionId);

        // A later local version ends the earlier one the day before it starts.
        await (await Client.PostJsonAsync($"{Root}/rules/limits", new { jurisdiction = "110000", effectiveFrom = "2029-01-01", limits = limits with { maxMembers = 3 }, source = "京外办〔2028〕1号", confidence = "H" }))
            .ReadAsync<OutboundLimitsResponse>(HttpStatusCode.Created);
        var versions = await (await Client.GetAsync($"{Root}/rules/limits?jurisdiction=110000")).ReadAsync<List<OutboundLimitsResponse>>();
        Assert.Equal(new DateOnly(2028, 12, 31), versions.Single(v => v.Id == local.Id).EffectiveTo);
    }
}
