using System.Globalization;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Features;
using Xunit;

namespace OrganAffairs.Tests.Unit;

public sealed class EnergyDomainTests
{
    [Theory]
    [InlineData("2025-01-01T01:00:00+08:00")]
    [InlineData("2025-01-01T01:00:00Z")]
    [InlineData("2025-06-30T23:59:59.1234567Z")]
    [InlineData("2025-06-30T23:59:59.5-05:30")]
    [InlineData("2024-02-29T12:00:00+14:00")]
    [InlineData("2025-01-01 01:00:00+08:00")]
    public void Instants_read_as_the_general_parser_reads_them_in_UTC_to_the_microsecond(string text)
    {
        Assert.True(ReadingSource.TryInstant(text, out var instant));
        var expected = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).ToUniversalTime();
        Assert.Equal(expected.AddTicks(-(expected.Ticks % 10)), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    [Theory]
    [InlineData("2025-01-01T01:00:00")]
    [InlineData("2025-02-29T00:00:00Z")]
    [InlineData("2025-13-01T00:00:00Z")]
    [InlineData("2025-01-01T24:00:00Z")]
    [InlineData("2025-01-01T01:00:00+15:00")]
    [InlineData("yesterday")]
    [InlineData("")]
    public void Instants_without_an_offset_or_impossible_are_refused(string text) =>
        Assert.False(ReadingSource.TryInstant(text, out _));

    [Theory]
    // 5 digits: the register spans 0–99,999.999; a rollover needs the previous value in the top tenth and the new in the bottom tenth.
    [InlineData(99_998_000, 3_000, 5, 5_000L)]
    [InlineData(90_000_000, 9_999_999, 5, 19_999_999L)]
    [InlineData(89_999_999, 9_999_999, 5, null)]
    [InlineData(90_000_000, 10_000_000, 5, null)]
    [InlineData(5_000, 5_000, 5, 0L)]
    [InlineData(5_000, 4_999, 5, null)]
    public void A_register_rolls_over_only_from_its_top_tenth_to_its_bottom_tenth(long previous, long value, int digits, long? expected) =>
        Assert.Equal(expected, Register.Delta(previous, value, digits));

    [Fact]
    public void Indicators_read_whole_months_from_the_month_roll_up_and_the_rest_by_day()
    {
        var boundaries = new HashSet<DateOnly> { new(2025, 3, 15), new(2025, 5, 1) };
        var (months, days) = IndicatorCalculator.Plan(new DateOnly(2025, 1, 10), new DateOnly(2025, 6, 20), boundaries);
        Assert.Equal([202502, 202504, 202505], months);
        Assert.Equal([(new DateOnly(2025, 1, 10), new DateOnly(2025, 1, 31)), (new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31)), (new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 20))], days);
    }

    [Fact]
    public void Settings_put_the_due_date_in_the_following_year_and_clamp_to_the_month()
    {
        Assert.Equal(new DateOnly(2026, 3, 31), new SettingsValue(3, 31, 20m, 3).DueOn(2025));
        Assert.Equal(new DateOnly(2027, 2, 28), new SettingsValue(2, 29, 20m, 3).DueOn(2026));
    }
}
