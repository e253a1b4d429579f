using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Domain;
using Xunit;

namespace OrganAffairs.Tests.Unit;

/// <summary>The outbound limits at their boundaries (RULES.md F1–F5, F7, F8; issue 19 "Tests and measures").</summary>
public sealed class ForeignAffairsDomainTests
{
    private static readonly DateOnly Departs = new(2027, 3, 1);
    private static readonly OutboundLimits National = OutboundLimits.National2013;
    private static readonly ExtraDayRegions Regions = ExtraDayRegions.LatinAmericaAndAfrica;

    /// <summary>A visit of <paramref name="days"/> days abroad over the given countries, every day official unless fewer are asked.</summary>
    internal static VisitFields Visit(int days, string[] countries, int members = 3, int? officialDays = null, DelegationType type = DelegationType.General,
        string? justification = null, ItineraryLeg[]? extraLegs = null)
    {
        var returns = Departs.AddDays(days - 1);
        var legs = countries.Select(c => new ItineraryLeg(c, Departs, returns, false, false)).Concat(extraLegs ?? []).ToList();
        var schedule = Enumerable.Range(0, days).Select(d => new ScheduledActivity(Departs.AddDays(d), "会谈", d < (officialDays ?? days))).ToList();
        var team = Enumerable.Range(0, members).Select(_ => new VisitMember(Guid.NewGuid(), MemberRole.Member, null)).ToList();
        return new VisitFields("考察", null, null, type, justification, Departs, returns, team, legs, schedule, null, 1000m);
    }

    private static IReadOnlyList<string> Breaches(VisitFields visit) =>
        VisitChecks.Check(visit, VisitChecks.Measure(visit, Regions), National).Select(b => b.RuleId).ToList();

    [Theory]
    [InlineData(6, new string[0])]
    [InlineData(7, new[] { "F1" })]
    public void Six_members_including_the_interpreter_pass_seven_do_not(int members, string[] breaches) =>
        Assert.Equal(breaches, Breaches(Visit(5, ["FR"], members)));

    [Theory]
    [InlineData(5, new[] { "FR" }, new string[0])]
    [InlineData(6, new[] { "FR" }, new[] { "F2" })]
    [InlineData(6, new[] { "KE" }, new string[0])]   // an African leg: one more day (F4)
    [InlineData(7, new[] { "KE" }, new[] { "F4" })]
    [InlineData(6, new[] { "BR" }, new string[0])]   // Latin America too
    [InlineData(8, new[] { "FR", "DE" }, new string[0])]
    [InlineData(9, new[] { "FR", "DE" }, new[] { "F2" })]
    [InlineData(10, new[] { "FR", "DE", "IT" }, new string[0])]
    [InlineData(11, new[] { "FR", "DE", "IT" }, new[] { "F2" })]
    public void Days_abroad_count_departure_and_return_days_against_the_countries(int days, string[] countries, string[] breaches) =>
        Assert.Equal(breaches, Breaches(Visit(days, countries)));

    [Fact]
    public void A_transit_counts_as_a_country_unless_airside_only()
    {
        var airside = Visit(10, ["FR", "DE", "IT"], extraLegs: [new ItineraryLeg("AE", Departs, Departs, true, true)]);
        Assert.Equal(3, VisitChecks.Measure(airside, Regions).Countries);
        Assert.Empty(Breaches(airside));
        var landside = Visit(10, ["FR", "DE", "IT"], extraLegs: [new ItineraryLeg("AE", Departs, Departs, true, false)]);
        Assert.Equal(4, VisitChecks.Measure(landside, Regions).Countries);
        Assert.Equal(["F3"], Breaches(landside));
    }

    [Fact]
    public void An_airside_transit_in_africa_gives_no_extra_day()
    {
        var visit = Visit(6, ["FR"], extraLegs: [new ItineraryLeg("ET", Departs, Departs, true, true)]);
        Assert.False(VisitChecks.Measure(visit, Regions).ExtraDayRegion);
        Assert.Equal(["F2"], Breaches(visit));
    }

    [Theory]
    [InlineData(4, new string[0])]      // 4 of 6 days: exactly ⅔
    [InlineData(3, new[] { "F5" })]
    public void Official_days_make_at_least_two_thirds(int officialDays, string[] breaches) =>
        Assert.Equal(breaches, Breaches(Visit(6, ["FR", "DE"], officialDays: officialDays)));

    [Fact]
    public void A_teaching_and_research_delegation_is_exempt_from_F1_to_F4_only_with_a_justification()
    {
        Assert.Empty(Breaches(Visit(12, ["FR", "DE", "IT", "ES"], members: 8, type: DelegationType.TeachingResearch, justification: "国际学术会议")));
        Assert.Equal(["F7"], Breaches(Visit(5, ["FR"], members: 8, type: DelegationType.TeachingResearch)));
        Assert.Equal(["F7", "F5"], Breaches(Visit(6, ["FR"], members: 8, officialDays: 3, type: DelegationType.TeachingResearch, justification: " ")));
    }

    [Fact]
    public void A_tightened_limit_applies_and_the_seed_is_valid()
    {
        Assert.True(National.IsValid);
        Assert.Equal(["F1"], VisitChecks.Check(Visit(5, ["FR"], members: 5), VisitChecks.Measure(Visit(5, ["FR"], members: 5), Regions), National with { MaxMembers = 4 })
            .Select(b => b.RuleId));
        Assert.False((National with { MaxDaysTwoCountries = 4 }).IsValid);
        Assert.Equal(87, Regions.Countries.Distinct().Count());
    }

    [Theory]
    [InlineData(1, 1, false)]   // at the limit
    [InlineData(2, 1, true)]    // one over
    [InlineData(2, 2, false)]
    public void Members_of_one_leadership_team_are_limited(int leaders, int limit, bool refused)
    {
        var organ = Guid.NewGuid();
        var team = Enumerable.Range(0, 4).Select(i => new Traveller(Guid.NewGuid(), organ, i < leaders))
            .Append(new Traveller(Guid.NewGuid(), Guid.NewGuid(), true))     // another organ's leader
            .Append(new Traveller(Guid.NewGuid(), null, true)).ToList();       // organ unknown: grouped with nobody
        var breach = VisitChecks.Leadership(team, limit);
        Assert.Equal(refused, breach is not null);
        if (breach is not null)
        {
            Assert.Equal(("F12", limit, leaders), (breach.RuleId, breach.Limit!.Value, breach.Actual!.Value));
            Assert.Equal(team.Take(leaders).Select(t => t.StaffMemberId), breach.StaffMemberIds!);
        }
        Assert.Null(VisitChecks.Leadership(team, null));
    }

    [Fact]
    public void Yearly_trips_count_this_visit_and_name_only_the_members_over_the_limit()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        Assert.Null(VisitChecks.YearlyTrips([a, b], new Dictionary<Guid, int> { [a] = 1 }, 2));   // at the limit
        var breach = VisitChecks.YearlyTrips([a, b], new Dictionary<Guid, int> { [a] = 2, [b] = 1 }, 2)!;
        Assert.Equal(("F11", 2, 3), (breach.RuleId, breach.Limit!.Value, breach.Actual!.Value));
        Assert.Equal([a], breach.StaffMemberIds!);
        Assert.Null(VisitChecks.YearlyTrips([a], new Dictionary<Guid, int> { [a] = 50 }, null));   // no version: no check
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData(1, 1, true)]
    [InlineData(0, null, false)]
    [InlineData(null, 0, false)]
    [InlineData(51, null, false)]
    public void The_people_limits_are_optional_and_bounded(int? leadership, int? trips, bool valid) =>
        Assert.Equal(valid, (National with { MaxLeadershipMembers = leadership, MaxTripsPerPersonYear = trips }).IsValid);
}
