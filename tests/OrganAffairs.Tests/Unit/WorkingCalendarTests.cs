using OrganAffairs.Contracts.Calendar;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Time;
using Xunit;

namespace OrganAffairs.Tests.Unit;

/// <summary>
/// The pure business calendar at its boundaries (docs/adr/0018). The arrangement below is made up
/// for the test (a 2030 shaped like the State Council's notices: a seven-day National Day holiday
/// with a make-up Sunday before it and a make-up Saturday after), not a published one.
/// </summary>
public sealed class WorkingCalendarTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private const string National = "national";

    // 2030-09-29 is a Sunday, 2030-10-01 a Tuesday, 2030-10-12 a Saturday, 2030-12-31 a Tuesday.
    private static readonly DeclaredDay[] NationalDays =
    [
        Holiday(National, "2030-01-01", "元旦"),
        MakeUp(National, "2030-09-29", "国庆节调休"),
        .. Enumerable.Range(1, 7).Select(d => Holiday(National, $"2030-10-0{d}", "国庆节")),
        MakeUp(National, "2030-10-12", "国庆节调休"),
        Holiday(National, "2031-01-01", "元旦"),
    ];

    private static readonly WorkingHoursVersion NationalHours = new(National, D("2030-01-01"), null, [Span("08:30", "12:00"), Span("13:30", "17:30")]);

    private static WorkingCalendar Calendar(string jurisdiction = National, bool with2031 = false, IEnumerable<CalendarYearState>? moreYears = null,
        IEnumerable<DeclaredDay>? moreDays = null, IEnumerable<WorkingHoursVersion>? hours = null)
    {
        var years = new List<CalendarYearState> { new(National, 2030, true), new(National, 2031, with2031) };
        years.AddRange(moreYears ?? []);
        return WorkingCalendar.For(jurisdiction, Shanghai, 2029, 2031, years, NationalDays.Concat(moreDays ?? []), hours ?? [NationalHours]);
    }

    [Theory]
    [InlineData("2030-09-27", true, CalendarDateReason.Weekday)]
    [InlineData("2030-09-28", false, CalendarDateReason.Weekend)]
    [InlineData("2030-09-29", true, CalendarDateReason.MakeUpWorkday)]
    [InlineData("2030-09-30", true, CalendarDateReason.Weekday)]
    [InlineData("2030-10-01", false, CalendarDateReason.Holiday)]
    [InlineData("2030-10-05", false, CalendarDateReason.Holiday)]
    [InlineData("2030-10-07", false, CalendarDateReason.Holiday)]
    [InlineData("2030-10-08", true, CalendarDateReason.Weekday)]
    [InlineData("2030-10-12", true, CalendarDateReason.MakeUpWorkday)]
    [InlineData("2030-10-13", false, CalendarDateReason.Weekend)]
    public void A_weekend_works_only_when_made_up_and_a_weekday_rests_only_when_a_holiday(string date, bool working, CalendarDateReason reason)
    {
        var day = Calendar().Describe(D(date));
        Assert.Equal(working, day.IsWorkingDay);
        Assert.Equal(working, Calendar().IsWorkingDay(D(date)));
        Assert.Equal(reason, day.Reason);
    }

    [Fact]
    public void A_declared_day_says_what_it_is_and_who_declared_it_and_only_working_days_have_hours()
    {
        var holiday = Calendar().Describe(D("2030-10-03"));
        Assert.Equal(("国庆节", National), (holiday.Name, holiday.DeclaredBy));
        Assert.Empty(holiday.WorkingHours!);
        Assert.Equal([Span("08:30", "12:00"), Span("13:30", "17:30")], Calendar().Describe(D("2030-10-12")).WorkingHours!);
        Assert.Null(Calendar(hours: []).Describe(D("2030-10-08")).WorkingHours);
    }

    [Theory]
    [InlineData("2030-09-30", 1, "2030-10-08")] // the last working day before the holiday
    [InlineData("2030-09-27", 1, "2030-09-29")] // a Friday, then the make-up Sunday
    [InlineData("2030-09-27", 2, "2030-09-30")]
    [InlineData("2030-09-27", 3, "2030-10-08")]
    [InlineData("2030-10-01", 1, "2030-10-08")] // from inside the holiday
    [InlineData("2030-10-11", 1, "2030-10-12")] // a Friday, then the make-up Saturday
    [InlineData("2030-10-11", 2, "2030-10-14")]
    [InlineData("2030-10-08", -1, "2030-09-30")] // backwards over the holiday
    [InlineData("2030-10-08", -2, "2030-09-29")]
    [InlineData("2030-10-08", -3, "2030-09-27")]
    [InlineData("2030-10-05", 0, "2030-10-05")] // zero days: the date itself, even a holiday
    [InlineData("2030-06-03", 10, "2030-06-17")]
    public void Adding_working_days_skips_holidays_and_counts_make_up_days(string from, int days, string expected) =>
        Assert.Equal(D(expected), Calendar().AddWorkingDays(D(from), days));

    [Fact]
    public void Across_a_year_end_the_next_year_must_be_declared()
    {
        Assert.Equal(D("2031-01-02"), Calendar(with2031: true).AddWorkingDays(D("2030-12-31"), 1));
        Assert.Equal(D("2030-12-31"), Calendar(with2031: true).AddWorkingDays(D("2031-01-02"), -1));
        // The same question before 2031 is declared: the answer is a problem naming 2031, not a guess.
        var problem = Assert.Throws<ProblemException>(() => Calendar().AddWorkingDays(D("2030-12-31"), 1));
        Assert.Equal(BusinessCalendarErrors.YearNotDeclared, problem.Error);
        Assert.Equal(409, problem.Error.Status);
        Assert.Equal($"2031 ({National})", problem.Detail);
        // Up to the last day of the declared year nothing of 2031 is needed.
        Assert.Equal(D("2030-12-31"), Calendar().AddWorkingDays(D("2030-12-30"), 1));
    }

    [Fact]
    public void An_undeclared_year_answers_a_problem_for_every_question()
    {
        Assert.Equal(BusinessCalendarErrors.YearNotDeclared, Assert.Throws<ProblemException>(() => Calendar().IsWorkingDay(D("2029-12-31"))).Error);
        Assert.Equal(BusinessCalendarErrors.YearNotDeclared, Assert.Throws<ProblemException>(() => Calendar().Describe(D("2031-06-02"))).Error);
        // Backwards from 2 January over the New Year holiday into 2029.
        Assert.StartsWith("2029 ", Assert.Throws<ProblemException>(() => Calendar().AddWorkingDays(D("2030-01-02"), -1)).Detail);
        Assert.Equal(BusinessCalendarErrors.YearNotDeclared,
            Assert.Throws<ProblemException>(() => Calendar().WorkingMinutes(At("2030-12-31T09:00"), At("2031-01-02T09:00"))).Error);
        Assert.False(Calendar().IsDeclared(2029));
        Assert.True(Calendar().IsDeclared(2030));
        // Outside the loaded years it is the caller's mistake, not a verdict on the year.
        Assert.Throws<InvalidOperationException>(() => Calendar().IsWorkingDay(D("2032-01-05")));
    }

    [Theory]
    [InlineData("2030-10-08T08:29:59", false)]
    [InlineData("2030-10-08T08:30", true)]
    [InlineData("2030-10-08T11:59:59", true)]
    [InlineData("2030-10-08T12:00", false)] // the lunch break starts: its first instant is not working time
    [InlineData("2030-10-08T13:29:59", false)]
    [InlineData("2030-10-08T13:30", true)]
    [InlineData("2030-10-08T17:29:59", true)]
    [InlineData("2030-10-08T17:30", false)]
    [InlineData("2030-10-07T09:00", false)] // a holiday
    [InlineData("2030-10-12T09:00", true)] // the make-up Saturday keeps the ordinary hours
    public void Working_hours_exclude_the_lunch_break(string local, bool within) =>
        Assert.Equal(within, Calendar().IsWithinWorkingHours(At(local)));

    [Theory]
    [InlineData("2030-10-08T11:00", "2030-10-08T14:00", 90)] // the lunch break does not count
    [InlineData("2030-10-08T12:00", "2030-10-08T13:30", 0)]
    [InlineData("2030-10-08T08:00", "2030-10-08T18:00", 450)] // a whole day: 3.5 h + 4 h
    [InlineData("2030-09-30T17:00", "2030-10-08T09:00", 60)] // over the holiday
    [InlineData("2030-09-27T17:00", "2030-09-30T09:00", 510)] // over a weekend with a make-up Sunday
    [InlineData("2030-10-08T11:58:30", "2030-10-08T12:00", 1)] // rounded down
    [InlineData("2030-10-08T11:59:30", "2030-10-08T12:00", 0)]
    [InlineData("2030-10-08T10:00", "2030-10-08T10:00", 0)]
    public void Working_minutes_count_working_spans_of_working_days_only(string from, string to, long minutes) =>
        Assert.Equal(minutes, Calendar().WorkingMinutes(At(from), At(to)));

    [Fact]
    public void Instants_are_read_in_the_business_zone()
    {
        // 2030-10-07T16:30Z is 2030-10-08 00:30 in Shanghai: a working day, before its hours.
        var calendar = Calendar();
        Assert.Equal(D("2030-10-08"), calendar.DateOf(new DateTimeOffset(2030, 10, 7, 16, 30, 0, TimeSpan.Zero)));
        Assert.True(calendar.IsWithinWorkingHours(new DateTimeOffset(2030, 10, 8, 0, 30, 0, TimeSpan.Zero)));
        Assert.False(calendar.IsWithinWorkingHours(new DateTimeOffset(2030, 10, 8, 4, 0, 0, TimeSpan.Zero)));
        Assert.Equal(30, calendar.WorkingMinutes(new DateTimeOffset(2030, 10, 7, 16, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 10, 8, 1, 0, 0, TimeSpan.Zero)));
        Assert.Throws<ArgumentException>(() => calendar.WorkingTime(At("2030-10-08T10:00"), At("2030-10-08T09:00")));
    }

    [Fact]
    public void A_working_day_without_hours_answers_a_problem_for_time_questions()
    {
        var calendar = Calendar(hours: [NationalHours with { EffectiveFrom = D("2030-10-09") }]);
        var problem = Assert.Throws<ProblemException>(() => calendar.WorkingMinutes(At("2030-10-08T09:00"), At("2030-10-09T10:00")));
        Assert.Equal(BusinessCalendarErrors.HoursNotSet, problem.Error);
        Assert.StartsWith("2030-10-08 ", problem.Detail);
        // A holiday needs no hours, and day questions never do.
        Assert.Equal(0, calendar.WorkingMinutes(At("2030-10-03T09:00"), At("2030-10-03T17:00")));
        Assert.True(calendar.IsWorkingDay(D("2030-10-08")));
    }

    [Fact]
    public void Local_days_count_once_their_year_is_complete_and_the_most_specific_declaration_wins()
    {
        DeclaredDay[] local =
        [
            Holiday("320100", "2030-06-14", "地方节日"), // a Friday, in Nanjing only
            Holiday("320000", "2030-09-29", "省定休息"), // the province rests on the national make-up Sunday
        ];
        CalendarYearState[] complete = [new("320100", 2030, true), new("320000", 2030, true)];
        var district = Calendar("320102", moreYears: complete, moreDays: local);
        Assert.False(district.IsWorkingDay(D("2030-06-14")));
        Assert.Equal("320100", district.Describe(D("2030-06-14")).DeclaredBy);
        Assert.False(district.IsWorkingDay(D("2030-09-29")));
        Assert.Equal(D("2030-09-30"), district.AddWorkingDays(D("2030-09-27"), 1));
        // Another province, and the nation, are untouched.
        Assert.True(Calendar("330100", moreYears: complete, moreDays: local).IsWorkingDay(D("2030-06-14")));
        Assert.True(Calendar(National, moreYears: complete, moreDays: local).IsWorkingDay(D("2030-09-29")));
        // While Nanjing's year is still being entered its days do not count.
        var entering = Calendar("320102", moreYears: [new("320100", 2030, false), new("320000", 2030, true)], moreDays: local);
        Assert.True(entering.IsWorkingDay(D("2030-06-14")));
        Assert.Equal(0, entering.DeclaredDaysIn(2030).Count(d => d.Jurisdiction == "320100"));
    }

    [Fact]
    public void A_complete_local_year_does_not_stand_in_for_the_national_one()
    {
        var calendar = Calendar("320102", moreYears: [new("320100", 2031, true)]);
        Assert.Equal(BusinessCalendarErrors.YearNotDeclared, Assert.Throws<ProblemException>(() => calendar.IsWorkingDay(D("2031-03-03"))).Error);
    }

    [Fact]
    public void Working_hours_are_the_most_specific_version_in_force_on_the_day()
    {
        var summer = new WorkingHoursVersion("320100", D("2030-07-01"), D("2030-09-30"), [Span("09:00", "12:00"), Span("14:00", "18:00")]);
        var district = Calendar("320102", hours: [NationalHours, summer]);
        Assert.False(district.IsWithinWorkingHours(At("2030-09-30T13:45")));
        Assert.True(district.IsWithinWorkingHours(At("2030-10-08T13:45"))); // the summer version has ended
        Assert.True(Calendar(National, hours: [NationalHours, summer]).IsWithinWorkingHours(At("2030-09-30T13:45")));
        Assert.Equal(420, district.WorkingMinutes(At("2030-09-30T00:00"), At("2030-10-01T00:00")));
    }

    [Fact]
    public void The_year_counts_its_working_days()
    {
        // 2030 has 261 weekdays; the made-up arrangement rests on 6 of them (1 January, 1–4 and 7 October) and works 2 weekend days.
        Assert.Equal(261 - 6 + 2, Calendar().WorkingDaysIn(2030));
        Assert.Equal(["2030-01-01", "2030-09-29"], Calendar().DeclaredDaysIn(2030).Take(2).Select(d => d.Date.ToString("yyyy-MM-dd")));
    }

    [Theory]
    [InlineData("08:30-12:00;13:30-17:30", true)]
    [InlineData("09:00-17:00", true)]
    [InlineData("12:00-08:30", false)]
    [InlineData("08:30-12:00;11:30-17:30", false)] // overlapping
    [InlineData("13:30-17:30;08:30-12:00", false)] // out of order
    [InlineData("08:00-09:00;09:00-10:00;10:00-11:00;11:00-12:00;13:00-14:00", false)] // five
    public void Working_spans_are_ordered_and_apart(string text, bool valid)
    {
        var spans = WorkingSpan.ParseList(text);
        Assert.Equal(valid, WorkingSpan.AreValid(spans));
        Assert.Equal(text, WorkingSpan.Format(spans));
    }

    [Theory]
    [InlineData("08:30", true)]
    [InlineData("23:59", true)]
    [InlineData("24:00", false)]
    [InlineData("8:30", false)]
    [InlineData("08:30:00", false)]
    [InlineData("", false)]
    public void Clock_times_are_HH_mm(string text, bool valid) => Assert.Equal(valid, WorkingSpan.ParseClock(text) is not null);

    [Fact]
    public void A_bad_jurisdiction_is_refused() =>
        Assert.Throws<ArgumentException>(() => WorkingCalendar.For("32", Shanghai, 2030, 2030, [], [], []));

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A Shanghai local time as the UTC instant.</summary>
    private static DateTimeOffset At(string local) =>
        new DateTimeOffset(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromHours(8)).ToUniversalTime();

    private static WorkingSpan Span(string start, string end) => new(WorkingSpan.ParseClock(start)!.Value, WorkingSpan.ParseClock(end)!.Value);

    private static DeclaredDay Holiday(string jurisdiction, string date, string name) => new(jurisdiction, D(date), CalendarDayKind.Holiday, name);

    private static DeclaredDay MakeUp(string jurisdiction, string date, string name) => new(jurisdiction, D(date), CalendarDayKind.MakeUpWorkday, name);
}
