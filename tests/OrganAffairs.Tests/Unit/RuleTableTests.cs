using OrganAffairs.Shared.Rules;
using Xunit;

namespace OrganAffairs.Tests.Unit;

public sealed class RuleTableTests
{
    private sealed record Rule(string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Value) : IRuleVersion;

    private static readonly Rule[] Rules =
    [
        new("national", new(2014, 12, 1), null, "national"),
        new("320000", new(2020, 1, 1), new(2024, 12, 31), "jiangsu-2020"),
        new("320000", new(2025, 1, 1), null, "jiangsu-2025"),
        new("320100", new(2023, 6, 1), null, "nanjing"),
    ];

    [Theory]
    [InlineData("320102", "2019-12-31", "national")] // just before the province's rule
    [InlineData("320102", "2020-01-01", "jiangsu-2020")] // its first day
    [InlineData("320102", "2023-05-31", "jiangsu-2020")]
    [InlineData("320102", "2023-06-01", "nanjing")] // the city is more specific than the province
    [InlineData("320500", "2024-12-31", "jiangsu-2020")] // last day of a closed version
    [InlineData("320500", "2025-01-01", "jiangsu-2025")]
    [InlineData("440100", "2025-01-01", "national")] // another province
    [InlineData(null, "2025-01-01", "national")]
    public void The_most_specific_version_in_force_wins(string? division, string on, string expected) =>
        Assert.Equal(expected, RuleResolver.Resolve(Rules, division, DateOnly.Parse(on))!.Value);

    [Fact]
    public void Nothing_in_force_is_null_never_a_stale_rule() =>
        Assert.Null(RuleResolver.Resolve(Rules, "320102", new DateOnly(2014, 11, 30)));

    [Theory]
    [InlineData("320102", new[] { "320102", "320100", "320000", "national" })]
    [InlineData("320100", new[] { "320100", "320000", "national" })]
    [InlineData("320000", new[] { "320000", "national" })]
    [InlineData("12345", new[] { "national" })]
    [InlineData("002345", new[] { "national" })]
    public void Jurisdiction_chain(string code, string[] chain) => Assert.Equal(chain, Jurisdictions.ChainOf(code));
}

public sealed class RuleVersionPlanTests
{
    private sealed record Version(DateOnly EffectiveFrom, DateOnly? EffectiveTo) : IRuleVersion
    {
        public string Jurisdiction => Jurisdictions.National;
    }

    private static readonly Version Seeded = new(new(2014, 12, 1), null);
    private static readonly Version Scheduled = new(new(2030, 1, 1), null);

    [Fact]
    public void A_new_version_closes_the_one_in_force_the_day_before_and_is_bounded_by_a_later_one()
    {
        var plan = RuleVersionPlan<Version>.For([Seeded, Scheduled], new DateOnly(2027, 1, 1));
        Assert.False(plan.StartTaken);
        Assert.Equal([Seeded], plan.Superseded);
        Assert.Equal(new DateOnly(2026, 12, 31), plan.SupersededEndOn);
        Assert.Equal(new DateOnly(2029, 12, 31), plan.EffectiveTo);
    }

    [Fact]
    public void A_second_version_on_the_same_start_is_refused_and_a_closed_one_is_left_alone()
    {
        Assert.True(RuleVersionPlan<Version>.For([Seeded], new DateOnly(2014, 12, 1)).StartTaken);
        var closed = new Version(new(2014, 12, 1), new(2020, 12, 31));
        var plan = RuleVersionPlan<Version>.For([closed], new DateOnly(2021, 1, 1));
        Assert.Empty(plan.Superseded);
        Assert.Null(plan.EffectiveTo);
    }
}
