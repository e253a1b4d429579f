using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Rules;
using Xunit;

namespace OrganAffairs.Tests.Unit;

/// <summary>A local version may tighten a national ceiling, never loosen it (DESIGN, "Rule tables").</summary>
public sealed class CeilingTests
{
    private sealed record Cap(long? Price, long? Litres);

    private static readonly (string, Func<Cap, long?>)[] Limits = [("price", c => c.Price), ("litres", c => c.Litres)];

    [Theory]
    [InlineData(18_000_000L, 1800L, new string[0])]              // equal: not looser
    [InlineData(17_999_999L, 1799L, new string[0])]              // just inside
    [InlineData(18_000_001L, 1800L, new[] { "price" })]          // one fen over
    [InlineData(18_000_000L, 1801L, new[] { "litres" })]         // one millilitre over
    [InlineData(18_000_000L, null, new[] { "litres" })]          // no limit where one is set
    public void Each_limit_is_compared_with_every_version_above(long? price, long? litres, string[] loosened) =>
        Assert.Equal(loosened, Ceilings.Loosened(new Cap(price, litres), [new Cap(18_000_000, 1800), new Cap(null, null)], Limits));

    [Fact]
    public void Nothing_above_national_and_a_county_sees_its_prefecture_province_and_national()
    {
        Assert.Empty(Ceilings.Above("national"));
        Assert.Equal(["320100", "320000", "national"], Ceilings.Above("320102"));
        Assert.Equal(["national"], Ceilings.Above("320000"));
    }

    [Fact]
    public void A_looser_version_is_a_422_with_a_field_error_per_loosened_limit()
    {
        var refused = Assert.Throws<ProblemException>(() => Ceilings.EnsureTightens(new Cap(2, 2), [new Cap(1, 1)], Limits));
        Assert.Equal(("rules.looser-than-ceiling", 422), (refused.Error.Code, refused.Error.Status));
        Assert.Equal(["price", "litres"], refused.FieldErrors.Select(f => f.Field));
    }

    [Fact]
    public void The_effective_limit_is_the_strictest_set_along_the_chain()
    {
        Assert.Equal(16_000_000, Ceilings.Strictest([17_000_000, null, 16_000_000]));
        Assert.Null(Ceilings.Strictest([null, null]));
        Assert.Null(Ceilings.Strictest([]));
    }
}
