using OrganAffairs.Logistics.Domain;
using Xunit;

namespace OrganAffairs.Tests.Unit;

/// <summary>The survey's reproducible draw and the two-decimal mean.</summary>
public sealed class LogisticsSurveySamplingTests
{
    [Fact]
    public void The_draw_is_reproducible_monotone_in_the_percentage_and_near_it()
    {
        var survey = Guid.Parse("01a23b0d-0000-7000-8000-000000000001");
        var orders = Enumerable.Range(0, 2000).Select(i => new Guid(i, 0, 0, new byte[8])).ToList();
        var at30 = orders.Where(o => SurveySampling.Drawn(survey, o, 30)).ToList();
        Assert.Equal(at30, orders.Where(o => SurveySampling.Drawn(survey, o, 30)).ToList());
        Assert.InRange(at30.Count, 520, 680);
        Assert.All(at30, o => Assert.True(SurveySampling.Drawn(survey, o, 31)));
        Assert.All(orders, o => Assert.True(SurveySampling.Drawn(survey, o, 100)));
        Assert.DoesNotContain(orders, o => SurveySampling.Drawn(survey, o, 0));
        // Another survey draws other orders.
        Assert.NotEqual(at30, orders.Where(o => SurveySampling.Drawn(Guid.Parse("01a23b0d-0000-7000-8000-000000000002"), o, 30)).ToList());
    }

    [Fact]
    public void The_mean_has_two_decimals_and_none_without_values()
    {
        Assert.Equal(3.67m, SurveySampling.Mean([5, 4, 2]));
        Assert.Equal(3.75m, SurveySampling.Mean([5, 4, 4, 2]));
        Assert.Null(SurveySampling.Mean([]));
    }
}
