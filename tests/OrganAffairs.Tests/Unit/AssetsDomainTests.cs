using System.Globalization;
using OrganAffairs.Assets.Data;
using OrganAffairs.Assets.Domain;
using OrganAffairs.Shared.Money;
using OrganAffairs.Contracts.Assets;
using Xunit;

namespace OrganAffairs.Tests.Unit;

public sealed class YuanTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("0.01")]
    [InlineData("12.34")]
    [InlineData("100000000")] // the ceiling itself
    [InlineData("100000000.00")]
    public void Amounts_from_zero_to_one_hundred_million_with_two_decimals_pass(string amount) =>
        Assert.True(Yuan.IsValid(decimal.Parse(amount, CultureInfo.InvariantCulture)), amount);

    [Theory]
    [InlineData("-0.01")] // just below zero
    [InlineData("100000000.01")] // just above the ceiling
    [InlineData("12.345")] // a third decimal
    [InlineData("0.001")]
    public void Negative_too_large_or_too_precise_amounts_fail(string amount) =>
        Assert.False(Yuan.IsValid(decimal.Parse(amount, CultureInfo.InvariantCulture)), amount);

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("0.01", 1L)]
    [InlineData("12.34", 1234L)]
    [InlineData("100000000", 10_000_000_000L)]
    public void Yuan_and_fen_convert_both_ways(string yuan, long fen)
    {
        var value = decimal.Parse(yuan, CultureInfo.InvariantCulture);
        Assert.Equal(fen, Yuan.ToFen(value));
        Assert.Equal(value, Yuan.FromFen(fen));
    }

    [Fact]
    public void Fen_read_back_always_show_two_decimals() =>
        Assert.Equal("5.00", Yuan.FromFen(500).ToString(CultureInfo.InvariantCulture));
}

public sealed class EndOfLifeTests
{
    private static readonly DateOnly Purchased = new(2018, 3, 15);

    private static ServiceLifeRow Rule(string jurisdiction, int years, DateOnly from, DateOnly? to = null, AssetCategory category = AssetCategory.Computer) =>
        new() { Id = Guid.NewGuid(), Jurisdiction = jurisdiction, Category = category, Years = years, EffectiveFrom = from, EffectiveTo = to, Source = $"{jurisdiction} {years}" };

    [Fact]
    public void The_service_life_ends_on_the_anniversary_of_the_purchase()
    {
        var end = EndOfLife.Of([Rule("national", 6, new DateOnly(2000, 1, 1))], "320102", AssetCategory.Computer, Purchased, new DateOnly(2024, 3, 14));
        Assert.NotNull(end);
        Assert.Equal(new DateOnly(2024, 3, 15), end.Value.EndsOn);
        Assert.Equal(6, end.Value.Rule.Years);
    }

    [Fact]
    public void A_category_without_a_rule_has_no_end_of_life() =>
        Assert.Null(EndOfLife.Of([Rule("national", 6, new DateOnly(2000, 1, 1))], "320102", AssetCategory.Furniture, Purchased, new DateOnly(2024, 3, 15)));

    [Fact]
    public void The_most_specific_rule_in_force_for_the_division_applies()
    {
        var versions = new[] { Rule("national", 6, new DateOnly(2000, 1, 1)), Rule("320000", 8, new DateOnly(2000, 1, 1)) };
        Assert.Equal(8, EndOfLife.Of(versions, "320102", AssetCategory.Computer, Purchased, new DateOnly(2024, 1, 1))!.Value.Rule.Years);
        Assert.Equal(6, EndOfLife.Of(versions, "110101", AssetCategory.Computer, Purchased, new DateOnly(2024, 1, 1))!.Value.Rule.Years);
        Assert.Equal(6, EndOfLife.Of(versions, null, AssetCategory.Computer, Purchased, new DateOnly(2024, 1, 1))!.Value.Rule.Years);
    }

    [Fact]
    public void The_rule_is_the_one_in_force_on_the_date_asked()
    {
        var versions = new[] { Rule("national", 6, new DateOnly(2000, 1, 1), new DateOnly(2023, 12, 31)), Rule("national", 10, new DateOnly(2024, 1, 1)) };
        Assert.Equal(new DateOnly(2024, 3, 15), EndOfLife.Of(versions, null, AssetCategory.Computer, Purchased, new DateOnly(2023, 12, 31))!.Value.EndsOn); // last day of the old version
        Assert.Equal(new DateOnly(2028, 3, 15), EndOfLife.Of(versions, null, AssetCategory.Computer, Purchased, new DateOnly(2024, 1, 1))!.Value.EndsOn); // first day of the new one
        Assert.Null(EndOfLife.Of(versions, null, AssetCategory.Computer, Purchased, new DateOnly(1999, 12, 31))); // before any version
    }
}

public sealed class StocktakeScanTests
{
    private static readonly Guid RoomA = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid RoomB = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    [Fact]
    public void An_expected_asset_in_its_room_is_found() => Assert.Equal(StocktakeResult.Found, StocktakeScan.Result(false, true, RoomA, RoomA));

    [Fact]
    public void An_expected_asset_in_another_room_is_found_elsewhere() =>
        Assert.Equal(StocktakeResult.FoundElsewhere, StocktakeScan.Result(false, true, RoomA, RoomB));

    [Theory]
    [InlineData(false, true)] // no room expected
    [InlineData(true, false)] // no room given with the scan
    [InlineData(false, false)]
    public void An_expected_asset_with_a_room_unknown_on_either_side_is_found(bool expectedRoomKnown, bool foundRoomKnown) =>
        Assert.Equal(StocktakeResult.Found, StocktakeScan.Result(false, true, expectedRoomKnown ? RoomA : null, foundRoomKnown ? RoomB : null));

    [Fact]
    public void An_asset_not_expected_in_the_campaign_is_found_elsewhere_even_without_a_room() =>
        Assert.Equal(StocktakeResult.FoundElsewhere, StocktakeScan.Result(false, false, null, null));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_scan_marked_missing_is_missing(bool expected) => Assert.Equal(StocktakeResult.Missing, StocktakeScan.Result(true, expected, RoomA, null));
}
