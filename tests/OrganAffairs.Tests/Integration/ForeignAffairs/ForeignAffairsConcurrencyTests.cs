using System.Net;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.ForeignAffairs;

/// <summary>Parallel approvals through two Host instances on one database: an annual plan with room for K delegations approves exactly K.</summary>
public abstract class ForeignAffairsConcurrencyTests(ApiFixture fixture)
{
    private const string Root = "/api/v1/foreign-affairs";
    private const int Parallel = 30;
    private const int Room = 7;

    [ProviderFact]
    public async Task Thirty_parallel_approvals_against_a_plan_with_room_for_seven_approve_exactly_seven()
    {
        var (a, b) = (fixture.Client, fixture.ClientFor(fixture.CreateFactory()));
        var organ = await (await a.PostJsonAsync("/api/v1/organs", new
        {
            name = "市外事办公室", divisionCode = "320100", unifiedSocialCreditCode = TestData.Uscc(), level = "Municipal", type = "GovernmentDepartment",
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var staff = await (await a.PostJsonAsync("/api/v1/organs/staff", new { organId = organ.Id, name = "王五", rankCode = "BelowBureau", startedOn = "2020-01-01" }))
            .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created);
        await (await a.PutJsonAsync($"{Root}/plans/{organ.Id}/2027", new { trips = Room, persons = 100 }, null)).ReadAsync<PlanResponse>();
        var visits = new List<Guid>();
        for (var i = 0; i < Parallel; i++)
        {
            var visit = await (await a.PostJsonAsync(Root, new
            {
                organId = organ.Id,
                visit = new
                {
                    purpose = "友城交流", delegationType = "General", departsOn = "2027-05-01", returnsOn = "2027-05-03",
                    members = new[] { new { staffMemberId = staff.Id, role = "Leader" } },
                    itinerary = new[] { new { country = "FR", arrivesOn = "2027-05-01", leavesOn = "2027-05-03", transit = false, airsideOnly = false } },
                    schedule = new[] { "2027-05-01", "2027-05-02", "2027-05-03" }.Select(d => new { on = d, description = "会谈", official = true }).ToArray(),
                    budget = 30_000m,
                },
            })).ReadAsync<VisitResponse>(HttpStatusCode.Created);
            await (await a.PostAsync($"{Root}/{visit.Id}/submit", null)).ReadAsync<VisitResponse>();
            visits.Add(visit.Id);
        }

        var responses = await Task.WhenAll(visits.Select((id, i) => (i % 2 == 0 ? a : b).PostJsonAsync($"{Root}/{id}/approve",
            new { approvalNumber = $"外任〔2027〕{i}号", approvedOn = "2027-02-10" })));

        Assert.Equal(Room, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.outside-plan");
        }
        Assert.Equal(Room, await fixture.CountAsync("foreign_affairs_visit", "organ_id = @Id AND status = @Status", new { organ.Id, Status = "Approved" }));
        var plan = await (await a.GetAsync($"{Root}/plans/{organ.Id}/2027")).ReadAsync<PlanResponse>();
        Assert.Equal((Room, Room), (plan.ApprovedTrips, plan.ApprovedPersons));
    }

    [ProviderFact]
    public async Task Parallel_approvals_of_one_persons_visits_approve_exactly_the_yearly_limit()
    {
        const int limit = 3;
        var (a, b) = (fixture.Client, fixture.ClientFor(fixture.CreateFactory()));
        await (await a.PostJsonAsync($"{Root}/rules/limits", new
        {
            jurisdiction = "340000", effectiveFrom = "2020-01-01", source = "皖外办〔2019〕3号", confidence = "M",
            limits = new { maxMembers = 6, maxDaysOneCountry = 5, maxDaysTwoCountries = 8, maxDaysThreeCountries = 10, maxCountries = 3, extraDays = 1, officialShareNumerator = 2, officialShareDenominator = 3, maxTripsPerPersonYear = limit },
        })).ReadAsync<OutboundLimitsResponse>(HttpStatusCode.Created);
        var organ = await (await a.PostJsonAsync("/api/v1/organs", new
        {
            name = "市外事办公室", divisionCode = "340100", unifiedSocialCreditCode = TestData.Uscc("340100"), level = "Municipal", type = "GovernmentDepartment",
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var staff = await (await a.PostJsonAsync("/api/v1/organs/staff", new { organId = organ.Id, name = "赵六", rankCode = "BelowBureau", startedOn = "2020-01-01" }))
            .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created);
        await (await a.PutJsonAsync($"{Root}/plans/{organ.Id}/2027", new { trips = 100, persons = 100 }, null)).ReadAsync<PlanResponse>();
        var visits = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            var visit = await (await a.PostJsonAsync(Root, new
            {
                organId = organ.Id,
                visit = new
                {
                    purpose = "友城交流", delegationType = "General", departsOn = "2027-06-01", returnsOn = "2027-06-02",
                    members = new[] { new { staffMemberId = staff.Id, role = "Leader" } },
                    itinerary = new[] { new { country = "FR", arrivesOn = "2027-06-01", leavesOn = "2027-06-02", transit = false, airsideOnly = false } },
                    schedule = new[] { "2027-06-01", "2027-06-02" }.Select(d => new { on = d, description = "会谈", official = true }).ToArray(),
                    budget = 30_000m,
                },
            })).ReadAsync<VisitResponse>(HttpStatusCode.Created);
            await (await a.PostAsync($"{Root}/{visit.Id}/submit", null)).ReadAsync<VisitResponse>();
            visits.Add(visit.Id);
        }

        var responses = await Task.WhenAll(visits.Select((id, i) => (i % 2 == 0 ? a : b).PostJsonAsync($"{Root}/{id}/approve",
            new { approvalNumber = $"外任〔2027〕{i}号", approvedOn = "2027-02-10" })));

        Assert.Equal(limit, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.yearly-trips-exceeded");
        }
        var plan = await (await a.GetAsync($"{Root}/plans/{organ.Id}/2027")).ReadAsync<PlanResponse>();
        Assert.Equal(limit, plan.ApprovedTrips);   // a refused approval gives its plan count back (one transaction)
    }

    [ProviderFact]
    public async Task Parallel_approvals_of_six_organs_sharing_a_person_approve_exactly_the_yearly_limit()
    {
        const int limit = 3;
        var (a, b) = (fixture.Client, fixture.ClientFor(fixture.CreateFactory()));
        await (await a.PostJsonAsync($"{Root}/rules/limits", new
        {
            jurisdiction = "350000", effectiveFrom = "2020-01-01", source = "闽外办〔2019〕5号", confidence = "M",
            limits = new { maxMembers = 6, maxDaysOneCountry = 5, maxDaysTwoCountries = 8, maxDaysThreeCountries = 10, maxCountries = 3, extraDays = 1, officialShareNumerator = 2, officialShareDenominator = 3, maxTripsPerPersonYear = limit },
        })).ReadAsync<OutboundLimitsResponse>(HttpStatusCode.Created);
        var organs = new List<OrganResponse>();
        foreach (var name in new[] { "市外事办公室", "市商务局", "市教育局", "市文化和旅游局", "市科学技术局", "市卫生健康委员会" })
        {
            var organ = await (await a.PostJsonAsync("/api/v1/organs", new
            {
                name, divisionCode = "350100", unifiedSocialCreditCode = TestData.Uscc("350100"), level = "Municipal", type = "GovernmentDepartment",
            })).ReadAsync<OrganResponse>(HttpStatusCode.Created);
            await (await a.PutJsonAsync($"{Root}/plans/{organ.Id}/2027", new { trips = 100, persons = 100 }, null)).ReadAsync<PlanResponse>();
            organs.Add(organ);
        }
        // The person belongs to the first organ and travels with all six; each visit also takes one of its organ's own staff.
        var shared = await (await a.PostJsonAsync("/api/v1/organs/staff", new { organId = organs[0].Id, name = "钱七", rankCode = "BelowBureau", startedOn = "2020-01-01" }))
            .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created);
        var visits = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            var organ = organs[i % organs.Count];
            var own = await (await a.PostJsonAsync("/api/v1/organs/staff", new { organId = organ.Id, name = $"随员{i}", rankCode = "BelowBureau", startedOn = "2020-01-01" }))
                .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created);
            var visit = await (await a.PostJsonAsync(Root, new
            {
                organId = organ.Id,
                visit = new
                {
                    purpose = "经贸交流", delegationType = "General", departsOn = "2027-07-01", returnsOn = "2027-07-02",
                    members = new[] { new { staffMemberId = i % 4 < 2 ? shared.Id : own.Id, role = "Leader" }, new { staffMemberId = i % 4 < 2 ? own.Id : shared.Id, role = "Member" } },
                    itinerary = new[] { new { country = "DE", arrivesOn = "2027-07-01", leavesOn = "2027-07-02", transit = false, airsideOnly = false } },
                    schedule = new[] { "2027-07-01", "2027-07-02" }.Select(d => new { on = d, description = "会谈", official = true }).ToArray(),
                    budget = 40_000m,
                },
            })).ReadAsync<VisitResponse>(HttpStatusCode.Created);
            await (await a.PostAsync($"{Root}/{visit.Id}/submit", null)).ReadAsync<VisitResponse>();
            visits.Add(visit.Id);
        }

        // Six organs' approvals at once: each plan row's lock serialises one organ's only, so without a lock on the person the first
        // approvals of the six organs would all count the same trips (seen: 4 and 5 approved against a limit of 3).
        var responses = await Task.WhenAll(visits.Select((id, i) => (i % 2 == 0 ? a : b).PostJsonAsync($"{Root}/{id}/approve",
            new { approvalNumber = $"外任〔2027〕{100 + i}号", approvedOn = "2027-02-10" })));

        Assert.Equal(limit, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            var problem = await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.yearly-trips-exceeded");
            Assert.Equal([shared.Id], problem.GetProperty("breaches")[0].GetProperty("staffMemberIds").EnumerateArray().Select(e => e.GetGuid()));
        }
        Assert.Equal(limit, await fixture.CountAsync("foreign_affairs_visit", "status = @Status AND " +
            "id IN (SELECT visit_id FROM foreign_affairs_member WHERE staff_member_id = @Id)", new { Status = "Approved", shared.Id }));
        var used = 0;
        foreach (var organ in organs)
        {
            used += (await (await a.GetAsync($"{Root}/plans/{organ.Id}/2027")).ReadAsync<PlanResponse>()).ApprovedTrips;
        }
        Assert.Equal(limit, used);   // a refused approval gives its plan count back (one transaction)
    }

    [ProviderFact]
    public async Task Ten_parallel_banquets_of_one_stay_record_exactly_the_two_the_standard_allows()
    {
        var (a, b) = (fixture.Client, fixture.ClientFor(fixture.CreateFactory()));
        var organ = await (await a.PostJsonAsync("/api/v1/organs", new
        {
            name = "市外事办公室", divisionCode = "320100", unifiedSocialCreditCode = TestData.Uscc(), level = "Municipal", type = "GovernmentDepartment",
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var delegation = await (await a.PostJsonAsync($"{Root}/incoming", ForeignAffairsDelegationsTests.Body(organ.Id, "BureauDirector", "Other")))
            .ReadAsync<DelegationResponse>(HttpStatusCode.Created);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => (i % 2 == 0 ? a : b).PostJsonAsync($"{Root}/incoming/{delegation.Id}/costs",
            ForeignAffairsDelegationsTests.Cost("Banquet", 300m, persons: 1))));

        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.too-many-banquets");
        }
        Assert.Equal(2, await fixture.CountAsync("foreign_affairs_delegation_cost", "delegation_id = @Id", new { delegation.Id }));
    }
}
