using Microsoft.Extensions.Time.Testing;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Time;
using Xunit;

namespace OrganAffairs.Tests.Unit;

public sealed class SharedKernelTests
{
    [Theory]
    [InlineData("Body.Name", "name")]
    [InlineData("Body.Headcount[0].RankCode", "headcount[0].rankCode")]
    [InlineData("ParentId", "parentId")]
    public void Validation_paths_become_json_paths(string path, string expected) => Assert.Equal(expected, FieldNames.ToJsonPath(path));

    [Fact]
    public void Business_today_is_the_shanghai_date_not_the_utc_date()
    {
        // 2026-11-26 16:30 UTC is already 2026-11-27 00:30 in Shanghai.
        var clock = new BusinessClock(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 16, 30, 0, TimeSpan.Zero)), new BusinessTimeOptions());
        Assert.Equal(new DateOnly(2026, 11, 27), clock.Today);
        var before = new BusinessClock(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 15, 59, 59, TimeSpan.Zero)), new BusinessTimeOptions());
        Assert.Equal(new DateOnly(2026, 11, 26), before.Today);
    }

    [Theory]
    [InlineData("2026-01-31", 1, "2026-02-28")]
    [InlineData("2028-01-31", 1, "2028-02-29")]
    [InlineData("2026-03-31", -1, "2026-02-28")]
    [InlineData("2026-11-26", 2, "2027-01-26")]
    public void Month_arithmetic_clamps(string from, int months, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), BusinessClock.AddMonths(DateOnly.Parse(from), months));

    [Fact]
    public void Now_is_truncated_to_microseconds()
    {
        var clock = new BusinessClock(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 1, 2, 3, TimeSpan.Zero).AddTicks(1234567)), new BusinessTimeOptions());
        Assert.Equal(0, clock.UtcNow.Ticks % 10);
    }
}
