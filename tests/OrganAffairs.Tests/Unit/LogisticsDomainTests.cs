using OrganAffairs.Contracts.Calendar;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Shared.Time;
using Xunit;

namespace OrganAffairs.Tests.Unit;

/// <summary>
/// The SLA clock (L3) on the business calendar, the cases: a target that runs past the end of a working day continues
/// on the next working day (a 调休 Saturday included), the lunch break and holds pause it, and a deadline is met at the
/// deadline and breached a minute later. The 2030 arrangement is made up for the test, shaped like the State Council's.
/// </summary>
public sealed class LogisticsDomainTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TimeSpan OneHour = TimeSpan.FromHours(1);

    // 2030-10-01..07 National Day; 2030-10-12 (a Saturday) a make-up working day; 2030-10-19/20 an ordinary weekend.
    private static readonly WorkingCalendar Calendar = WorkingCalendar.For("national", Shanghai, 2030, 2031,
        [new CalendarYearState("national", 2030, true), new CalendarYearState("national", 2031, false)],
        [.. Enumerable.Range(1, 7).Select(d => new DeclaredDay("national", new DateOnly(2030, 10, d), CalendarDayKind.Holiday, "国庆节")),
         new DeclaredDay("national", new DateOnly(2030, 10, 12), CalendarDayKind.MakeUpWorkday, "国庆节调休")],
        [new WorkingHoursVersion("national", new DateOnly(2030, 1, 1), null, [new WorkingSpan(new TimeOnly(8, 30), new TimeOnly(12, 0)), new WorkingSpan(new TimeOnly(13, 30), new TimeOnly(17, 30))])]);

    private static DateTimeOffset Local(string text) => DateTimeOffset.Parse(text + "+08:00", System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();

    private static DateTimeOffset? Due(string raised, TimeSpan target, params Hold[] holds) =>
        SlaClock.DueAt(Local(raised), target, SlaBasis.WorkingTime, Calendar, holds);

    [Fact]
    public void Ten_minutes_before_the_weekend_a_one_hour_target_is_due_50_working_minutes_into_the_next_working_day()
    {
        // Friday 2030-10-18 17:20 → Monday 2030-10-21 09:20.
        Assert.Equal(Local("2030-10-21T09:20:00"), Due("2030-10-18T17:20:00", OneHour));
    }

    [Fact]
    public void A_make_up_Saturday_is_the_next_working_day()
    {
        // Friday 2030-10-11 17:20 → the 调休 Saturday 2030-10-12 09:20; after the holiday week, Monday 2030-09-30 17:20 → Tuesday 2030-10-08 09:20.
        Assert.Equal(Local("2030-10-12T09:20:00"), Due("2030-10-11T17:20:00", OneHour));
        Assert.Equal(Local("2030-10-08T09:20:00"), Due("2030-09-30T17:20:00", OneHour));
    }

    [Fact]
    public void The_lunch_break_and_the_time_before_work_do_not_count()
    {
        Assert.Equal(Local("2030-10-16T14:00:00"), Due("2030-10-16T11:30:00", OneHour));
        Assert.Equal(Local("2030-10-16T14:30:00"), Due("2030-10-16T12:10:00", OneHour));
        Assert.Equal(Local("2030-10-16T09:30:00"), Due("2030-10-16T07:00:00", OneHour));
    }

    [Fact]
    public void A_hold_pauses_the_clock_and_an_open_hold_stops_it()
    {
        // Raised 09:00, on hold 09:10–09:40: due 10:30. A hold still open after 09:10 gives no deadline yet.
        Assert.Equal(Local("2030-10-16T10:30:00"), Due("2030-10-16T09:00:00", OneHour, new Hold(Local("2030-10-16T09:10:00"), Local("2030-10-16T09:40:00"))));
        Assert.Null(Due("2030-10-16T09:00:00", OneHour, new Hold(Local("2030-10-16T09:10:00"), null)));
        // A hold after the deadline changes nothing; one across the evening only removes working time.
        Assert.Equal(Local("2030-10-16T10:00:00"), Due("2030-10-16T09:00:00", OneHour, new Hold(Local("2030-10-16T11:00:00"), null)));
        Assert.Equal(Local("2030-10-17T09:25:00"), Due("2030-10-16T17:20:00", OneHour, new Hold(Local("2030-10-16T17:25:00"), Local("2030-10-17T08:00:00"))));
    }

    [Fact]
    public void Calendar_time_runs_round_the_clock_less_the_holds()
    {
        var raised = Local("2030-10-19T23:50:00"); // a Saturday night
        Assert.Equal(raised.AddMinutes(30), SlaClock.DueAt(raised, TimeSpan.FromMinutes(30), SlaBasis.CalendarTime, null, []));
        Assert.Equal(raised.AddMinutes(45), SlaClock.DueAt(raised, TimeSpan.FromMinutes(30), SlaBasis.CalendarTime, null, [new Hold(raised.AddMinutes(5), raised.AddMinutes(20))]));
    }

    [Fact]
    public void A_deadline_is_met_at_the_deadline_and_breached_one_minute_after()
    {
        var due = Due("2030-10-18T17:20:00", OneHour)!.Value;
        Assert.False(SlaClock.IsBreached(due, due));
        Assert.True(SlaClock.IsBreached(due, due.AddMinutes(1)));
    }

    [Theory]
    [InlineData(WorkOrderAction.Triaged, WorkOrderStatus.Raised, true)]
    [InlineData(WorkOrderAction.ArrivedOnSite, WorkOrderStatus.Triaged, false)]
    [InlineData(WorkOrderAction.PutOnHold, WorkOrderStatus.OnSite, true)]
    [InlineData(WorkOrderAction.PutOnHold, WorkOrderStatus.Raised, false)]
    [InlineData(WorkOrderAction.Confirmed, WorkOrderStatus.Resolved, true)]
    [InlineData(WorkOrderAction.Reopened, WorkOrderStatus.Closed, true)]
    [InlineData(WorkOrderAction.Reopened, WorkOrderStatus.Cancelled, false)]
    [InlineData(WorkOrderAction.Cancelled, WorkOrderStatus.Assigned, false)]
    public void The_state_machine_allows_each_step_only_from_its_statuses(WorkOrderAction action, WorkOrderStatus from, bool allowed) =>
        Assert.Equal(allowed, WorkOrderRules.Allows(action, from));

    [Fact]
    public void A_resumed_order_returns_where_it_was_and_the_reopen_window_includes_its_last_day()
    {
        Assert.Equal(WorkOrderStatus.OnSite, WorkOrderRules.Target(WorkOrderAction.Resumed, WorkOrderStatus.OnHold, WorkOrderStatus.OnSite));
        var resolved = new DateOnly(2030, 10, 16);
        Assert.True(WorkOrderRules.WithinReopenWindow(resolved, resolved.AddDays(7), 7));
        Assert.False(WorkOrderRules.WithinReopenWindow(resolved, resolved.AddDays(8), 7));
    }
}
