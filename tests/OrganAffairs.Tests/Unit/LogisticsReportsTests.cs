using OrganAffairs.Logistics.Domain;
using Xunit;

namespace OrganAffairs.Tests.Unit;

/// <summary>The reports' arithmetic (issue 20 item 8): overdue at the deadline vs a moment after, the two SLA clocks tallied apart, and occurrences due.</summary>
public sealed class LogisticsReportsTests
{
    private static readonly DateTimeOffset Raised = new(2031, 3, 4, 2, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public void An_open_order_is_overdue_a_moment_after_a_deadline_it_has_not_met_never_at_it()
    {
        var respondBy = Raised.AddMinutes(60);
        var order = new OpenOrderFacts(Guid.NewGuid(), Raised, respondBy, null, Raised.AddMinutes(240));
        Assert.False(LogisticsReports.IsOverdue(order, respondBy));
        Assert.True(LogisticsReports.IsOverdue(order, respondBy.AddTicks(1)));
        Assert.False(LogisticsReports.IsOverdue(order with { OnSiteAt = Raised.AddMinutes(30) }, respondBy.AddMinutes(1)));
        Assert.True(LogisticsReports.IsOverdue(order with { OnSiteAt = Raised.AddMinutes(30) }, Raised.AddMinutes(241)));
        Assert.False(LogisticsReports.IsOverdue(new OpenOrderFacts(Guid.NewGuid(), Raised, null, null, null), Raised.AddDays(30))); // on hold or without a policy
    }

    [Fact]
    public void The_response_and_resolution_clocks_are_tallied_apart_and_running_clocks_count_on_neither_side()
    {
        var (response, resolve) = LogisticsReports.Tally(
        [
            new SlaFacts(true, true, false, true, true, true),    // on site in time, resolved late
            new SlaFacts(true, false, true, true, false, true),   // neither in time
            new SlaFacts(true, false, false, true, false, false), // still running
            new SlaFacts(false, false, false, true, true, false), // resolution only, met
        ]);
        Assert.Equal(new SlaTally(2, 1, 1, 50.0m), response);
        Assert.Equal(new SlaTally(3, 1, 2, 33.3m), resolve);
        Assert.Equal((new SlaTally(0, 0, 0, null), new SlaTally(0, 0, 0, null)), LogisticsReports.Tally([]));
        Assert.Equal(66.7m, LogisticsReports.Percent(2, 3));
        Assert.Equal(3.67m, LogisticsReports.Mean([5, 4, 2]));
        Assert.Null(LogisticsReports.Mean([]));
    }

    [Fact]
    public void Occurrences_due_are_those_after_the_plans_creation_up_to_now_within_the_month()
    {
        var created = new DateTimeOffset(2031, 5, 28, 2, 0, 0, TimeSpan.Zero); // 28 May 10:00 in Shanghai
        var may = (From: new DateTimeOffset(2031, 4, 30, 16, 0, 0, TimeSpan.Zero), To: new DateTimeOffset(2031, 5, 31, 16, 0, 0, TimeSpan.Zero));
        var june = (From: may.To, To: new DateTimeOffset(2031, 6, 30, 16, 0, 0, TimeSpan.Zero));
        var now = new DateTimeOffset(2031, 6, 2, 1, 0, 0, TimeSpan.Zero); // 2 June 9:00 exactly: that occurrence is due
        Assert.Equal(3, MaintenanceSchedule.CountDue("0 9 * * *", created, now, may.From, may.To, Shanghai));
        Assert.Equal(2, MaintenanceSchedule.CountDue("0 9 * * *", created, now, june.From, june.To, Shanghai));
        Assert.Equal(1, MaintenanceSchedule.CountDue("0 9 * * *", created, now.AddTicks(-1), june.From, june.To, Shanghai));
        Assert.Equal(0, MaintenanceSchedule.CountDue("0 9 * * *", created, now, june.To, june.To.AddDays(31), Shanghai));
        Assert.Equal(0, MaintenanceSchedule.CountDue("0 10 28 5 *", created, now, may.From, may.To, Shanghai)); // at the creation itself: not owed
        Assert.Equal(1, MaintenanceSchedule.CountDue("0 0 1 6 *", created, now, june.From, june.To, Shanghai)); // at the month's first instant: in June
    }
}
