using System.Security.Cryptography;
using System.Text;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Guidance.Domain;
using Xunit;

namespace OrganAffairs.Tests.Unit;

/// <summary>The inspections' pure rules: the reproducible 双随机 draw and the rectification deadline on business dates (G1).</summary>
public sealed class GuidanceInspectionDomainTests
{
    private static readonly Guid[] Candidates = Enumerable.Range(1, 12).Select(i => new Guid($"00000000-0000-0000-0000-{i:000000000000}")).ToArray();

    [Fact]
    public void The_key_is_sha256_of_the_seed_then_the_lower_case_id()
    {
        var id = new Guid("A1B2C3D4-0000-0000-0000-00000000000F");
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("seed-2026" + "a1b2c3d4-0000-0000-0000-00000000000f")));
        Assert.Equal(expected, RandomDraw.Key("seed-2026", id));
        Assert.Equal(64, expected.Length);
    }

    [Fact]
    public void The_draw_is_reproducible_from_the_recorded_seed_and_candidates_in_any_order()
    {
        var first = RandomDraw.Draw("recorded-seed", Candidates, 4);
        var again = RandomDraw.Draw("recorded-seed", Candidates.Reverse(), 4);
        Assert.Equal(first, again);
        // Re-derived by hand: order by the hex of SHA-256(seed ‖ id).
        var byHand = Candidates.OrderBy(c => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("recorded-seed" + c.ToString("D")))), StringComparer.Ordinal)
            .Take(4).ToList();
        Assert.Equal(byHand, first);
        Assert.Equal(4, first.Distinct().Count());
    }

    [Fact]
    public void Another_seed_gives_another_order_and_duplicates_count_once()
    {
        Assert.NotEqual(RandomDraw.Draw("seed-one-1", Candidates, 12), RandomDraw.Draw("seed-two-2", Candidates, 12));
        Assert.Equal(12, RandomDraw.Draw("seed-one-1", Candidates.Concat(Candidates), 20).Count);
        Assert.Equal(Candidates.Order(), RandomDraw.Draw("seed-one-1", Candidates, 12).Order());
    }

    [Theory]
    [InlineData("12345678", true)]
    [InlineData("1234567", false)]
    [InlineData("seed with space", false)]
    [InlineData("种子种子种子种子", false)]
    public void A_seed_is_8_to_128_printable_ascii_characters(string seed, bool ok)
    {
        Assert.Equal(ok, RandomDraw.IsSeed(seed));
        Assert.True(RandomDraw.IsSeed(RandomDraw.NewSeed()));
        Assert.False(RandomDraw.IsSeed(new string('x', 129)));
    }

    [Theory]
    [InlineData("2026-06-22", false)] // the last day: just inside
    [InlineData("2026-06-23", true)]  // the day after: just outside
    public void A_rectification_is_overdue_only_after_its_last_day(string today, bool overdue)
    {
        var due = new DateOnly(2026, 6, 22);
        Assert.Equal(overdue, Rectification.IsOverdue(FindingStatus.Open, due, DateOnly.Parse(today)));
        Assert.Equal(overdue, Rectification.IsOverdue(FindingStatus.Returned, due, DateOnly.Parse(today)));
        Assert.False(Rectification.IsOverdue(FindingStatus.Reported, due, DateOnly.Parse(today)));
        Assert.False(Rectification.IsOverdue(FindingStatus.Closed, due, DateOnly.Parse(today)));
        Assert.Equal(!overdue, Rectification.OnTime(FindingStatus.Closed, DateOnly.Parse(today), due));
    }

    [Fact]
    public void Transitions_and_rule_ids()
    {
        Assert.Equal(FindingStatus.Reported, Rectification.OnReport(FindingStatus.Open));
        Assert.Equal(FindingStatus.Reported, Rectification.OnReport(FindingStatus.Returned));
        Assert.Null(Rectification.OnReport(FindingStatus.Reported));
        Assert.Null(Rectification.OnReport(FindingStatus.Closed));
        Assert.Null(Rectification.OnTime(FindingStatus.Reported, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 2)));
        Assert.All(new[] { "E4", "G1", "R4b", "V11", "T3" }, id => Assert.True(FindingRules.IsRuleId(id)));
        Assert.All(new[] { "e4", "G", "4G", "G1B", "G123", "R4bb", "" }, id => Assert.False(FindingRules.IsRuleId(id)));
    }
}

/// <summary>The yearly ranking of lower-level bureaus (issue 21, item 7).</summary>
public sealed class GuidanceRankingDomainTests
{
    private static BureauYear Year(string code, int due, int onTime, int open, int verified, int rectifiedOnTime) =>
        new(Guid.NewGuid(), code, due, onTime, open + verified, open, verified, rectifiedOnTime);

    [Fact]
    public void Reporting_rate_first_then_open_findings_then_rectification_rate_and_ties_share_a_rank()
    {
        var rows = OrganAffairs.Guidance.Domain.Rankings.Rank([
            Year("320102", 4, 3, 0, 2, 2), // 0.75
            Year("320104", 4, 4, 2, 0, 0), // 1.0, two open
            Year("320105", 4, 4, 1, 2, 1), // 1.0, one open, 0.5
            Year("320106", 4, 4, 1, 2, 1), // a tie with 320105
            Year("320111", 0, 0, 0, 0, 0), // nothing due: 1.0, none open, 1.0
        ]);
        Assert.Equal(["320111", "320105", "320106", "320104", "320102"], rows.Select(r => r.DivisionCode));
        Assert.Equal([1, 2, 2, 4, 5], rows.Select(r => r.Rank));
        Assert.Equal((0.75m, 1m), (rows[^1].OnTimeReportingRate, rows[^1].RectificationOnTimeRate));
        Assert.Equal(0.3333m, OrganAffairs.Guidance.Domain.Rankings.Rate(1, 3));
    }
}
