using System.Net;
using System.Text.Json;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.ForeignAffairs;

/// <summary>
/// The people limits of a delegation through HTTP: one organ's leadership team in one delegation (F12, national value 1) and the
/// yearly trips per person (F11, a local value: no version, no check), at submission and at approval, naming the staff members.
/// </summary>
public abstract class ForeignAffairsPeopleTests(ApiFixture fixture)
{
    private const string Root = "/api/v1/foreign-affairs";
    private HttpClient Client => fixture.Client;

    private async Task<OrganResponse> OrganAsync(string division) =>
        await (await Client.PostJsonAsync("/api/v1/organs", new
        {
            name = "区外事办公室", divisionCode = division, unifiedSocialCreditCode = TestData.Uscc(division), level = "Municipal", type = "GovernmentDepartment",
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

    /// <summary>Five days in France from <paramref name="departs"/> (2027-03-01 by default), every day official; the leadership flags by member.</summary>
    private static Dictionary<string, object?> Fields(IReadOnlyList<Guid> members, IReadOnlyCollection<Guid>? leadership = null, string departs = "2027-03-01")
    {
        var from = DateOnly.Parse(departs);
        var to = from.AddDays(4);
        return new Dictionary<string, object?>
        {
            ["purpose"] = "考察城市治理",
            ["delegationType"] = "General",
            ["departsOn"] = from,
            ["returnsOn"] = to,
            ["members"] = members.Select((m, i) => new { staffMemberId = m, role = i == 0 ? "Leader" : "Member", post = "副局长", leadershipTeam = leadership?.Contains(m) ?? false }).ToList(),
            ["itinerary"] = new[] { new { country = "FR", arrivesOn = from, leavesOn = to, transit = false, airsideOnly = false } },
            ["schedule"] = Enumerable.Range(0, 5).Select(d => new { on = from.AddDays(d), description = "公务会谈", official = true }).ToList(),
            ["fundingSource"] = "部门预算",
            ["budget"] = 60_000m,
        };
    }

    private async Task PlanAsync(Guid organId, int year = 2027) =>
        await (await Client.PutJsonAsync($"{Root}/plans/{organId}/{year}", new { trips = 20, persons = 100 }, null)).ReadAsync<PlanResponse>();

    private async Task<VisitResponse> DraftAsync(Guid organId, object visit) =>
        await (await Client.PostJsonAsync(Root, new { organId, visit })).ReadAsync<VisitResponse>(HttpStatusCode.Created);

    private Task<HttpResponseMessage> SubmitAsync(Guid id) => Client.PostAsync($"{Root}/{id}/submit", null);

    private Task<HttpResponseMessage> ApproveAsync(Guid id) =>
        Client.PostJsonAsync($"{Root}/{id}/approve", new { approvalNumber = "外任〔2027〕21号", approvedOn = "2027-02-10" });

    private async Task<VisitResponse> ApprovedAsync(Guid organId, object visit)
    {
        var draft = await DraftAsync(organId, visit);
        await (await SubmitAsync(draft.Id)).ReadAsync<VisitResponse>();
        return await (await ApproveAsync(draft.Id)).ReadAsync<VisitResponse>();
    }

    private static JsonElement Breach(JsonElement problem) => Assert.Single(problem.GetProperty("breaches").EnumerateArray().ToList());

    private static List<Guid> Named(JsonElement breach) => breach.GetProperty("staffMemberIds").EnumerateArray().Select(e => e.GetGuid()).ToList();

    [ProviderFact]
    public async Task One_member_of_an_organs_leadership_team_travels_and_two_are_refused_naming_them()
    {
        var organ = await OrganAsync("330102");
        var other = await OrganAsync("330103");
        await PlanAsync(organ.Id);
        var staff = await StaffAsync(organ.Id, 3);
        var outsider = (await StaffAsync(other.Id, 1))[0];

        // The national limits carry the leadership-team limit (migration 12).
        var national = await (await Client.GetAsync($"{Root}/rules/limits?jurisdiction=national")).ReadAsync<List<OutboundLimitsResponse>>();
        Assert.Equal(1, Assert.Single(national).Limits.MaxLeadershipMembers);

        // At the limit: one member of the organ's leadership team, and one of another organ's, travel together.
        var one = await DraftAsync(organ.Id, Fields([.. staff, outsider], leadership: [staff[0], outsider]));
        Assert.True(Assert.Single(one.Visit.Members, m => m.StaffMemberId == staff[0]).LeadershipTeam);
        Assert.Equal(VisitStatus.Submitted, (await (await SubmitAsync(one.Id)).ReadAsync<VisitResponse>()).Status);

        // One over: two of the same leadership team.
        var two = await DraftAsync(organ.Id, Fields(staff, leadership: [staff[0], staff[1]]));
        var problem = await (await SubmitAsync(two.Id)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.leadership-together");
        var breach = Breach(problem);
        Assert.Equal(("F12", 1, 2), (breach.GetProperty("ruleId").GetString(), breach.GetProperty("limit").GetInt32(), breach.GetProperty("actual").GetInt32()));
        Assert.Equal([staff[0], staff[1]], Named(breach));
        Assert.Contains(staff[1].ToString(), problem.GetProperty("detail").GetString());
        Assert.Equal(VisitStatus.Draft, (await (await Client.GetAsync($"{Root}/{two.Id}")).ReadAsync<VisitResponse>()).Status);

        // Checked again when an approved visit's members change: the flag is part of the members.
        var approved = await (await ApproveAsync(one.Id)).ReadAsync<VisitResponse>();
        await (await Client.PutJsonAsync($"{Root}/{one.Id}", Fields([.. staff, outsider], leadership: [staff[0], staff[2], outsider]), $"\"{approved.Version}\""))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.leadership-together");

        // A local version may not loosen it, and one that omits it keeps the national value.
        var limits = new { maxMembers = 6, maxDaysOneCountry = 5, maxDaysTwoCountries = 8, maxDaysThreeCountries = 10, maxCountries = 3, extraDays = 1, officialShareNumerator = 2, officialShareDenominator = 3 };
        var looser = await (await Client.PostJsonAsync($"{Root}/rules/limits", new
        {
            jurisdiction = "330000", effectiveFrom = "2030-01-01", limits = new { limits.maxMembers, limits.maxDaysOneCountry, limits.maxDaysTwoCountries, limits.maxDaysThreeCountries, limits.maxCountries, limits.extraDays, limits.officialShareNumerator, limits.officialShareDenominator, maxLeadershipMembers = 2 },
            source = "浙外办〔2029〕1号", confidence = "H",
        })).ProblemAsync(HttpStatusCode.UnprocessableEntity, "rules.looser-than-ceiling");
        Assert.Contains("maxLeadershipMembers:rules.looser-than-ceiling", looser.FieldErrors());
        var kept = await (await Client.PostJsonAsync($"{Root}/rules/limits", new { jurisdiction = "330000", effectiveFrom = "2030-01-01", limits, source = "浙外办〔2029〕1号", confidence = "H" }))
            .ReadAsync<OutboundLimitsResponse>(HttpStatusCode.Created);
        Assert.Equal((1, (int?)null), (kept.Limits.MaxLeadershipMembers, kept.Limits.MaxTripsPerPersonYear));
        await (await Client.PostJsonAsync($"{Root}/rules/limits", new
        {
            jurisdiction = "330000", effectiveFrom = "2031-01-01", limits = new { limits.maxMembers, limits.maxDaysOneCountry, limits.maxDaysTwoCountries, limits.maxDaysThreeCountries, limits.maxCountries, limits.extraDays, limits.officialShareNumerator, limits.officialShareDenominator, maxLeadershipMembers = 0 },
            source = "x", confidence = "H",
        })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }

    [ProviderFact]
    public async Task Yearly_trips_per_person_are_checked_only_where_a_version_is_in_force()
    {
        // No version: no check (national has none; 310000 has no local one).
        var free = await OrganAsync("310101");
        await PlanAsync(free.Id);
        var traveller = await StaffAsync(free.Id, 1);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(VisitStatus.Approved, (await ApprovedAsync(free.Id, Fields(traveller))).Status);
        }

        // Guangdong keeps two visits per person and year of departure.
        var limits = new
        {
            maxMembers = 6, maxDaysOneCountry = 5, maxDaysTwoCountries = 8, maxDaysThreeCountries = 10, maxCountries = 3, extraDays = 1,
            officialShareNumerator = 2, officialShareDenominator = 3, maxTripsPerPersonYear = 2,
        };
        var version = await (await Client.PostJsonAsync($"{Root}/rules/limits", new { jurisdiction = "440000", effectiveFrom = "2020-01-01", limits, source = "粤外办〔2019〕7号", confidence = "M" }))
            .ReadAsync<OutboundLimitsResponse>(HttpStatusCode.Created);
        Assert.Equal((2, 1), (version.Limits.MaxTripsPerPersonYear!.Value, version.Limits.MaxLeadershipMembers!.Value));

        var organ = await OrganAsync("440103");
        await PlanAsync(organ.Id);
        await PlanAsync(organ.Id, 2028);
        var staff = await StaffAsync(organ.Id, 3);
        var person = staff[0];

        // At the limit: the second approved visit of the year.
        await ApprovedAsync(organ.Id, Fields([person, staff[1]]));
        var second = await DraftAsync(organ.Id, Fields([person, staff[2]], departs: "2027-06-01"));
        var third = await DraftAsync(organ.Id, Fields([person], departs: "2027-09-01"));
        Assert.Equal(VisitStatus.Submitted, (await (await SubmitAsync(second.Id)).ReadAsync<VisitResponse>()).Status);
        // Submitted (not yet approved) visits do not count: the third may be submitted too.
        Assert.Equal(VisitStatus.Submitted, (await (await SubmitAsync(third.Id)).ReadAsync<VisitResponse>()).Status);
        Assert.Equal(VisitStatus.Approved, (await (await ApproveAsync(second.Id)).ReadAsync<VisitResponse>()).Status);

        // One over, at approval: the third, naming only the person over the limit.
        var atApproval = await (await ApproveAsync(third.Id)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.yearly-trips-exceeded");
        var breach = Breach(atApproval);
        Assert.Equal(("F11", 2, 3), (breach.GetProperty("ruleId").GetString(), breach.GetProperty("limit").GetInt32(), breach.GetProperty("actual").GetInt32()));
        Assert.Equal([person], Named(breach));
        Assert.Equal(VisitStatus.Submitted, (await (await Client.GetAsync($"{Root}/{third.Id}")).ReadAsync<VisitResponse>()).Status);
        var plan = await (await Client.GetAsync($"{Root}/plans/{organ.Id}/2027")).ReadAsync<PlanResponse>();
        Assert.Equal(2, plan.ApprovedTrips);

        // One over, at submission; the others of the delegation are not named.
        var fourth = await DraftAsync(organ.Id, Fields([staff[1], person], departs: "2027-11-01"));
        var atSubmission = await (await SubmitAsync(fourth.Id)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.yearly-trips-exceeded");
        Assert.Equal([person], Named(Breach(atSubmission)));
        Assert.Contains(person.ToString(), atSubmission.GetProperty("detail").GetString());

        // Counted by the year of departure: the next year is free again.
        Assert.Equal(VisitStatus.Approved, (await ApprovedAsync(organ.Id, Fields([person], departs: "2028-01-05"))).Status);
    }
}
