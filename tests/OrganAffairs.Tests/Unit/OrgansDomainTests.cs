using OrganAffairs.Organs.Domain;
using Xunit;

namespace OrganAffairs.Tests.Unit;

public sealed class PostDatesTests
{
    private static readonly DateOnly Started = new(2024, 3, 1);

    [Fact]
    public void A_transfer_or_retirement_ends_posts_the_day_before_it_takes_effect()
    {
        Assert.Equal(new DateOnly(2024, 5, 31), PostDates.EndBefore(new DateOnly(2024, 6, 1)));
        Assert.Equal(new DateOnly(2023, 12, 31), PostDates.EndBefore(new DateOnly(2024, 1, 1))); // across a year
        Assert.Equal(new DateOnly(2024, 2, 29), PostDates.EndBefore(new DateOnly(2024, 3, 1))); // leap day
    }

    [Fact]
    public void A_change_the_day_after_the_post_started_may_close_it() => Assert.True(PostDates.CanCloseOn(Started, Started.AddDays(1)));

    [Fact]
    public void A_change_on_the_day_the_post_started_may_not_close_it() => Assert.False(PostDates.CanCloseOn(Started, Started));

    [Fact]
    public void A_change_before_the_post_started_may_not_close_it() => Assert.False(PostDates.CanCloseOn(Started, Started.AddDays(-1)));

    [Fact]
    public void A_concurrent_post_may_end_on_the_day_it_started() => Assert.True(PostDates.CanEndOn(Started, Started));

    [Fact]
    public void A_concurrent_post_may_end_after_it_started() => Assert.True(PostDates.CanEndOn(Started, Started.AddDays(1)));

    [Fact]
    public void A_concurrent_post_may_not_end_the_day_before_it_started() => Assert.False(PostDates.CanEndOn(Started, Started.AddDays(-1)));
}
