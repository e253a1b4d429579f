using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Contracts.Calendar;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Time;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.Calendar;

/// <summary>
/// The business calendar over HTTP (docs/adr/0018). Every arrangement here is made up for the test
/// (shaped like the State Council's notices), never a published one. Tests of one class share a
/// database, so each owns its years (national 2042 stays undeclared on purpose).
/// </summary>
public abstract class CalendarApiTests(ApiFixture fixture)
{
    private const string Root = "/api/v1/calendar";
    private HttpClient Client => fixture.Client;

    [ProviderFact]
    public async Task An_entered_year_is_the_calendar_only_once_declared_complete()
    {
        // Nothing about 2041 is known yet: every working-day question is a problem, never a guess.
        var undeclared = await (await Client.GetAsync($"{Root}/days?jurisdiction=national&year=2041")).ProblemAsync(HttpStatusCode.Conflict, "calendar.year-not-declared");
        Assert.Equal("2041 (national)", undeclared.GetProperty("detail").GetString());
        await (await Client.GetAsync($"{Root}/working-days/add?from=2041-09-30&days=1&jurisdiction=national")).ProblemAsync(HttpStatusCode.Conflict, "calendar.year-not-declared");

        // A National Day week (Tuesday to Monday) with a make-up Sunday before it and a make-up Saturday after.
        await DayAsync("national", "2041-09-29", "MakeUpWorkday", "国庆节调休");
        foreach (var day in Enumerable.Range(1, 7))
        {
            await DayAsync("national", $"2041-10-0{day}", "Holiday", "国庆节");
        }
        await DayAsync("national", "2041-10-12", "MakeUpWorkday", "国庆节调休");
        await (await Client.GetAsync($"{Root}/dates/2041-10-01?jurisdiction=national")).ProblemAsync(HttpStatusCode.Conflict, "calendar.year-not-declared");

        // The admins' view shows the year while it is entered: version 0, nine days, not complete.
        var entered = await Client.GetAsync($"{Root}/years/2041/national");
        var year = await entered.ReadAsync<CalendarYearResponse>();
        Assert.Equal(("\"0\"", false, 9), (entered.ETag(), year.Complete, year.Days.Count));
        var declared = await (await Client.PutJsonAsync($"{Root}/years/2041/national", new { complete = true, source = "测试通知〔2040〕1号" }, "\"0\""))
            .ReadAsync<CalendarYearResponse>();
        Assert.True(declared.Complete);
        Assert.NotNull(declared.DeclaredAt);
        Assert.Equal(1, declared.Version);

        var days = await (await Client.GetAsync($"{Root}/days?jurisdiction=national&year=2041")).ReadAsync<EffectiveCalendarYearResponse>();
        Assert.Equal(9, days.Days.Count);
        Assert.All(days.Days, d => Assert.Equal("national", d.DeclaredBy));
        Assert.Equal(261 - 5 + 2, days.WorkingDays); // 5 of the holidays fall on weekdays

        Assert.Equal(new DateOnly(2041, 10, 8), (await AddAsync("2041-09-30", 1)).Result); // the last working day before the holiday
        Assert.Equal(new DateOnly(2041, 10, 12), (await AddAsync("2041-10-11", 1)).Result); // a Friday, then the make-up Saturday
        Assert.Equal(new DateOnly(2041, 9, 29), (await AddAsync("2041-10-08", -2)).Result); // back to the make-up Sunday
        Assert.Equal(new DateOnly(2041, 10, 3), (await AddAsync("2041-10-03", 0)).Result);
        // Across the year end into 2042, which nobody declared.
        var next = await (await Client.GetAsync($"{Root}/working-days/add?from=2041-12-31&days=1&jurisdiction=national")).ProblemAsync(HttpStatusCode.Conflict, "calendar.year-not-declared");
        Assert.Equal("2042 (national)", next.GetProperty("detail").GetString());

        var saturday = await (await Client.GetAsync($"{Root}/dates/2041-10-12?jurisdiction=national")).ReadAsync<CalendarDateResponse>();
        Assert.Equal((true, CalendarDateReason.MakeUpWorkday, "国庆节调休", "national"), (saturday.WorkingDay, saturday.Reason, saturday.Name, saturday.DeclaredBy));
        Assert.Null(saturday.WorkingHours); // no working hours are in force yet (none are seeded)
        await (await Client.GetAsync($"{Root}/working-minutes?from=2041-10-08T01:00:00Z&to=2041-10-08T02:00:00Z&jurisdiction=national"))
            .ProblemAsync(HttpStatusCode.Conflict, "calendar.hours-not-set");

        await (await Client.PostJsonAsync($"{Root}/working-hours", Hours("national", "2041-01-01"))).ReadAsync<WorkingHoursResponse>(HttpStatusCode.Created);
        saturday = await (await Client.GetAsync($"{Root}/dates/2041-10-12?jurisdiction=national")).ReadAsync<CalendarDateResponse>();
        Assert.Equal([new WorkingPeriod("08:30", "12:00"), new WorkingPeriod("13:30", "17:30")], saturday.WorkingHours!);
        var holiday = await (await Client.GetAsync($"{Root}/dates/2041-10-07?jurisdiction=320102")).ReadAsync<CalendarDateResponse>();
        Assert.Equal((false, CalendarDateReason.Holiday), (holiday.WorkingDay, holiday.Reason));
        Assert.Empty(holiday.WorkingHours!);

        // The lunch break does not count, and +08:00 is the same instant as Z (written %2B in a query).
        Assert.Equal(90, (await MinutesAsync("2041-10-08T11:00:00%2B08:00", "2041-10-08T14:00:00%2B08:00")).WorkingMinutes);
        var utc = await MinutesAsync("2041-10-08T03:00:00Z", "2041-10-08T06:00:00Z");
        Assert.Equal((90L, new DateTimeOffset(2041, 10, 8, 3, 0, 0, TimeSpan.Zero)), (utc.WorkingMinutes, utc.From));
        Assert.Equal(0, (await MinutesAsync("2041-10-08T12:00:00%2B08:00", "2041-10-08T13:30:00%2B08:00")).WorkingMinutes);
        Assert.Equal(60, (await MinutesAsync("2041-09-30T17:00:00%2B08:00", "2041-10-08T09:00:00%2B08:00")).WorkingMinutes);

        // A declared year before the first working-hours version: days answer, time does not.
        await DeclareAsync("national", 2040);
        Assert.True((await (await Client.GetAsync($"{Root}/dates/2040-03-05?jurisdiction=national")).ReadAsync<CalendarDateResponse>()).WorkingDay);
        var noHours = await (await Client.GetAsync($"{Root}/working-minutes?from=2040-03-05T01:00:00Z&to=2040-03-05T02:00:00Z&jurisdiction=national"))
            .ProblemAsync(HttpStatusCode.Conflict, "calendar.hours-not-set");
        Assert.Equal("2040-03-05 (national)", noHours.GetProperty("detail").GetString());
    }

    [ProviderFact]
    public async Task A_day_is_created_once_changed_with_If_Match_and_retired_not_erased()
    {
        var body = new { jurisdiction = "national", date = "2045-05-02", kind = "Holiday", name = "劳动节", source = "测试通知〔2044〕1号" };
        var first = await Client.PostJsonAsync($"{Root}/days", body, idempotencyKey: "calendar-2045-05-02");
        var created = await first.ReadAsync<CalendarDayResponse>(HttpStatusCode.Created);
        Assert.Equal($"{Root}/days/{created.Id}", first.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", first.ETag());
        var replay = await Client.PostJsonAsync($"{Root}/days", body, idempotencyKey: "calendar-2045-05-02");
        Assert.Equal(created.Id, (await replay.ReadAsync<CalendarDayResponse>(HttpStatusCode.Created)).Id);
        Assert.True(replay.Headers.Contains("Idempotent-Replayed"));
        await (await Client.PostJsonAsync($"{Root}/days", body with { name = "另一个" }, idempotencyKey: "calendar-2045-05-02"))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotency.key-reused");
        await (await Client.PostJsonAsync($"{Root}/days", body)).ProblemAsync(HttpStatusCode.Conflict, "calendar.day-exists");
        Assert.Equal(1, await fixture.CountAsync("calendar_day", "jurisdiction = @J AND day = @D", new { J = "national", D = new DateOnly(2045, 5, 2) }));

        await DeclareAsync("national", 2045);
        var yearTag = (await Client.GetAsync($"{Root}/years/2045/national")).ETag();
        var read = await Client.GetAsync($"{Root}/days/{created.Id}");
        Assert.Equal("\"1\"", read.ETag());
        var update = new { kind = "Holiday", name = "劳动节（更正）", source = "测试通知〔2044〕2号" };
        await (await Client.PutJsonAsync($"{Root}/days/{created.Id}", update, null)).ProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if-match-required");
        await (await Client.PutJsonAsync($"{Root}/days/{created.Id}", update, "\"7\"")).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        await (await Client.PutJsonAsync($"{Root}/days/{created.Id}", update with { kind = "MakeUpWorkday" }, "\"1\""))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var updated = await Client.PutJsonAsync($"{Root}/days/{created.Id}", update, "\"1\"");
        var corrected = await updated.ReadAsync<CalendarDayResponse>();
        Assert.Equal(("劳动节（更正）", 2L), (corrected.Name, corrected.Version));
        Assert.Equal("\"2\"", updated.ETag());
        // A change of a day moves its year's ETag: a declaration made on the older read is stale.
        Assert.NotEqual(yearTag, (await Client.GetAsync($"{Root}/years/2045/national")).ETag());
        await (await Client.PutJsonAsync($"{Root}/years/2045/national", new { complete = true, source = "x" }, yearTag)).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        Assert.Equal(CalendarDateReason.Holiday, (await (await Client.GetAsync($"{Root}/dates/2045-05-02?jurisdiction=national")).ReadAsync<CalendarDateResponse>()).Reason);

        await (await Client.SendAsync(Http.Request(HttpMethod.Delete, $"{Root}/days/{created.Id}"))).ProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if-match-required");
        await (await Client.SendAsync(Http.Request(HttpMethod.Delete, $"{Root}/days/{created.Id}", ifMatch: "\"1\""))).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        await (await Client.SendAsync(Http.Request(HttpMethod.Delete, $"{Root}/days/{created.Id}", ifMatch: "W/\"2\""))).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        await (await Client.SendAsync(Http.Request(HttpMethod.Delete, $"{Root}/days/{created.Id}", ifMatch: "two"))).ProblemAsync(HttpStatusCode.BadRequest, "concurrency.if-match-invalid");
        var retired = await Client.SendAsync(Http.Request(HttpMethod.Delete, $"{Root}/days/{created.Id}", ifMatch: "\"2\""));
        var gone = await retired.ReadAsync<CalendarDayResponse>();
        Assert.Equal((CalendarDayStatus.Retired, 3L), (gone.Status, gone.Version));
        Assert.NotNull(gone.RetiredAt);
        await (await Client.SendAsync(Http.Request(HttpMethod.Delete, $"{Root}/days/{created.Id}", ifMatch: "\"3\""))).ProblemAsync(HttpStatusCode.Conflict, "calendar.day-retired");
        await (await Client.PutJsonAsync($"{Root}/days/{created.Id}", update, "\"3\"")).ProblemAsync(HttpStatusCode.Conflict, "calendar.day-retired");
        // It stops counting at once, stays readable, and the date is free for a new declaration.
        Assert.Equal(CalendarDateReason.Weekday, (await (await Client.GetAsync($"{Root}/dates/2045-05-02?jurisdiction=national")).ReadAsync<CalendarDateResponse>()).Reason);
        Assert.Equal(CalendarDayStatus.Retired, (await (await Client.GetAsync($"{Root}/days/{created.Id}")).ReadAsync<CalendarDayResponse>()).Status);
        await DayAsync("national", "2045-05-02", "Holiday", "劳动节");
        var withRetired = await (await Client.GetAsync($"{Root}/years/2045/national?includeRetired=true")).ReadAsync<CalendarYearResponse>();
        Assert.Equal([CalendarDayStatus.Active, CalendarDayStatus.Retired], withRetired.Days.Select(d => d.Status).Order());
        Assert.Single((await (await Client.GetAsync($"{Root}/years/2045/national")).ReadAsync<CalendarYearResponse>()).Days);
        await (await Client.GetAsync($"{Root}/days/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "calendar.day-not-found");
        await (await Client.PutJsonAsync($"{Root}/days/{Guid.NewGuid()}", update, "\"1\"")).ProblemAsync(HttpStatusCode.NotFound, "calendar.day-not-found");
        await (await Client.SendAsync(Http.Request(HttpMethod.Delete, $"{Root}/days/{Guid.NewGuid()}", ifMatch: "\"1\""))).ProblemAsync(HttpStatusCode.NotFound, "calendar.day-not-found");
        Assert.True(await fixture.CountAsync("shared_audit", "entity_id = @Id", new { created.Id }) >= 3);
    }

    [ProviderFact]
    public async Task Declaring_a_year_needs_its_source_and_the_ETag_read()
    {
        var url = $"{Root}/years/2048/national";
        var noSource = await (await Client.PutJsonAsync(url, new { complete = true }, "\"0\"")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("source:calendar.source-required", noSource.FieldErrors());
        await (await Client.PutJsonAsync(url, new { complete = true, source = "测试" }, null)).ProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if-match-required");
        await (await Client.PutJsonAsync(url, new { complete = true, source = "测试" }, "\"3\"")).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        var open = await (await Client.PutJsonAsync(url, new { complete = false }, "\"0\"")).ReadAsync<CalendarYearResponse>();
        Assert.Equal((false, 1L, (DateTimeOffset?)null), (open.Complete, open.Version, open.DeclaredAt));
        await (await Client.PutJsonAsync(url, new { complete = true, source = "测试" }, "\"0\"")).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        var complete = await (await Client.PutJsonAsync(url, new { complete = true, source = "测试" }, "\"1\"")).ReadAsync<CalendarYearResponse>();
        Assert.Equal((true, 2L, "测试"), (complete.Complete, complete.Version, complete.Source));
        Assert.True((await (await Client.GetAsync($"{Root}/dates/2048-05-01?jurisdiction=national")).ReadAsync<CalendarDateResponse>()).WorkingDay);
        // Taking the declaration back makes the year unusable again.
        await (await Client.PutJsonAsync(url, new { complete = false, source = "更正中" }, "\"2\"")).ReadAsync<CalendarYearResponse>();
        await (await Client.GetAsync($"{Root}/dates/2048-05-01?jurisdiction=national")).ProblemAsync(HttpStatusCode.Conflict, "calendar.year-not-declared");
        var audit = await fixture.CountAsync("shared_audit", "entity_type = @Type", new { Type = "CalendarYear" });
        Assert.True(audit >= 3);
    }

    [ProviderFact]
    public async Task Local_days_count_for_their_area_once_their_year_is_declared()
    {
        await DeclareAsync("national", 2043);
        await DayAsync("320100", "2043-06-15", "Holiday", "地方节日"); // a Monday, in Nanjing only
        await (await Client.PostJsonAsync($"{Root}/working-hours", Hours("320100", "2043-01-01"))).ReadAsync<WorkingHoursResponse>(HttpStatusCode.Created);

        // Still being entered: Nanjing's day does not count yet.
        Assert.True((await DateAsync("2043-06-15", "320102")).WorkingDay);
        await DeclareAsync("320100", 2043);
        var district = await DateAsync("2043-06-15", "320102");
        Assert.Equal((false, CalendarDateReason.Holiday, "320100"), (district.WorkingDay, district.Reason, district.DeclaredBy));
        Assert.False((await DateAsync("2043-06-15", "320100")).WorkingDay);
        Assert.True((await DateAsync("2043-06-15", "330100")).WorkingDay);
        Assert.True((await DateAsync("2043-06-15", "national")).WorkingDay);
        var days = await (await Client.GetAsync($"{Root}/days?jurisdiction=320102&year=2043")).ReadAsync<EffectiveCalendarYearResponse>();
        Assert.Equal("320100", Assert.Single(days.Days).DeclaredBy);
        Assert.Empty((await (await Client.GetAsync($"{Root}/days?jurisdiction=330100&year=2043")).ReadAsync<EffectiveCalendarYearResponse>()).Days);
        // Friday 2043-06-12 + 1 working day: Monday is Nanjing's holiday.
        Assert.Equal(new DateOnly(2043, 6, 16), (await (await Client.GetAsync($"{Root}/working-days/add?from=2043-06-12&days=1&jurisdiction=320102"))
            .ReadAsync<AddWorkingDaysResponse>()).Result);
        Assert.Equal(0, (await (await Client.GetAsync($"{Root}/working-minutes?from=2043-06-15T00:00:00Z&to=2043-06-15T12:00:00Z&jurisdiction=320102"))
            .ReadAsync<WorkingMinutesResponse>()).WorkingMinutes);
        // The admins' view of Nanjing shows only its own day; the national year has none.
        Assert.Single((await (await Client.GetAsync($"{Root}/years/2043/320100")).ReadAsync<CalendarYearResponse>()).Days);
        Assert.Empty((await (await Client.GetAsync($"{Root}/years/2043/national")).ReadAsync<CalendarYearResponse>()).Days);
    }

    [ProviderFact]
    public async Task Working_hours_are_versions_and_the_most_specific_in_force_applies()
    {
        var first = await (await Client.PostJsonAsync($"{Root}/working-hours", Hours("440100", "2044-01-01"))).ReadAsync<WorkingHoursResponse>(HttpStatusCode.Created);
        var summer = await (await Client.PostJsonAsync($"{Root}/working-hours", Hours("440100", "2044-07-01", ("09:00", "12:00"), ("14:30", "18:00"))))
            .ReadAsync<WorkingHoursResponse>(HttpStatusCode.Created);
        await (await Client.PostJsonAsync($"{Root}/working-hours", Hours("440100", "2044-07-01"))).ProblemAsync(HttpStatusCode.Conflict, "calendar.hours-version-exists");

        var all = await (await Client.GetAsync($"{Root}/working-hours?jurisdiction=440100")).ReadAsync<List<WorkingHoursResponse>>();
        Assert.Equal([first.Id, summer.Id], all.Select(h => h.Id));
        Assert.Equal(new DateOnly(2044, 6, 30), all[0].EffectiveTo);
        Assert.Null(all[1].EffectiveTo);
        Assert.Equal(summer.Id, Assert.Single(await (await Client.GetAsync($"{Root}/working-hours?jurisdiction=440104&on=2044-08-01")).ReadAsync<List<WorkingHoursResponse>>()).Id);
        Assert.Equal(first.Id, Assert.Single(await (await Client.GetAsync($"{Root}/working-hours?jurisdiction=440104&on=2044-06-30")).ReadAsync<List<WorkingHoursResponse>>()).Id);
        Assert.Empty(await (await Client.GetAsync($"{Root}/working-hours?jurisdiction=440104&on=2030-01-01")).ReadAsync<List<WorkingHoursResponse>>());
        Assert.Contains(await (await Client.GetAsync($"{Root}/working-hours")).ReadAsync<List<WorkingHoursResponse>>(), h => h.Id == summer.Id);

        await DeclareAsync("national", 2044);
        // Monday 2044-03-07 under the first version, a Monday in August under the summer one.
        Assert.Equal(90, (await MinutesAsync("2044-03-07T11:00:00%2B08:00", "2044-03-07T14:00:00%2B08:00", "440104")).WorkingMinutes);
        Assert.Equal(90, (await MinutesAsync("2044-03-07T13:00:00%2B08:00", "2044-03-07T15:00:00%2B08:00", "440104")).WorkingMinutes);
        Assert.Equal(30, (await MinutesAsync("2044-08-01T13:00:00%2B08:00", "2044-08-01T15:00:00%2B08:00", "440104")).WorkingMinutes);
    }

    [ProviderFact]
    public async Task Other_modules_ask_the_same_calendar_through_the_shared_seam()
    {
        await DeclareAsync("national", 2049);
        await DayAsync("national", "2049-05-03", "Holiday", "劳动节"); // a Monday
        await (await Client.PostJsonAsync($"{Root}/working-hours", Hours("510100", "2049-01-01"))).ReadAsync<WorkingHoursResponse>(HttpStatusCode.Created);

        using var scope = fixture.Factory.Services.CreateScope();
        var calendar = scope.ServiceProvider.GetRequiredService<IBusinessCalendar>();
        Assert.False(await calendar.IsWorkingDayAsync("510104", new DateOnly(2049, 5, 3), CancellationToken.None));
        Assert.Equal(new DateOnly(2049, 5, 4), await calendar.AddWorkingDaysAsync("510104", new DateOnly(2049, 4, 30), 1, CancellationToken.None));
        var lunch = new DateTimeOffset(2049, 5, 4, 12, 15, 0, TimeSpan.FromHours(8)).ToUniversalTime();
        Assert.False(await calendar.IsWithinWorkingHoursAsync("510104", lunch, CancellationToken.None));
        Assert.True(await calendar.IsWithinWorkingHoursAsync("510104", lunch.AddHours(-1), CancellationToken.None));
        Assert.Equal(450, await calendar.WorkingMinutesAsync("510104", lunch.AddHours(-12), lunch.AddHours(12), CancellationToken.None));
        var problem = await Assert.ThrowsAsync<ProblemException>(() => calendar.AddWorkingDaysAsync("510104", new DateOnly(2049, 12, 31), 1, CancellationToken.None));
        Assert.Equal(BusinessCalendarErrors.YearNotDeclared, problem.Error);
        var year = await calendar.LoadAsync("510104", 2049, 2049, CancellationToken.None);
        Assert.Equal(new DateOnly(2049, 5, 4), year.AddWorkingDays(new DateOnly(2049, 4, 30), 1));
    }

    public static TheoryData<string, string, string> BadDays => new()
    {
        { """{"jurisdiction":"national","date":"2046-03-05","kind":"Festival","name":"x","source":"x"}""", "request.invalid", "kind:request.enum-invalid" },
        { """{"jurisdiction":"national","date":"2046-02-30","kind":"Holiday","name":"x","source":"x"}""", "request.malformed", "date" },
        { """{"jurisdiction":"national","date":"2046-03-05T00:00:00Z","kind":"Holiday","name":"x","source":"x"}""", "request.malformed", "date" },
        { """{"jurisdiction":"national","date":"2046-03-05","kind":1,"name":"x","source":"x"}""", "request.invalid", "kind:request.enum-invalid" },
        { """{"jurisdiction":"national","date":"2046-03-05","kind":"Holiday","name":null,"source":"x"}""", "request.member-null", "name" },
        { """{"jurisdiction":"national","kind":"Holiday","source":"x"}""", "request.member-missing", "date" },
        { """{"jurisdiction":"national","date":"2046-03-05","kind":"Holiday","name":"x","source":"x","id":"5"}""", "request.malformed", "" },
        { """{"jurisdiction":"32","date":"2046-03-05","kind":"Holiday","name":"x","source":"x"}""", "request.invalid", "jurisdiction:calendar.jurisdiction-invalid" },
        { """{"jurisdiction":"000000","date":"2046-03-05","kind":"Holiday","name":"x","source":"x"}""", "request.invalid", "jurisdiction:calendar.jurisdiction-invalid" },
        { """{"jurisdiction":"national","date":"1999-03-05","kind":"Holiday","name":"x","source":"x"}""", "request.invalid", "date:calendar.year-out-of-range" },
        { """{"jurisdiction":"national","date":"2046-03-05","kind":"MakeUpWorkday","name":"x","source":"x"}""", "request.invalid", "date:calendar.make-up-day-on-weekday" },
        { """{"jurisdiction":"national","date":"2046-03-05","kind":"Holiday","name":"","source":"x"}""", "request.invalid", "name:field.required" },
        { """{"jurisdiction":"national","date":"2046-03-05","kind":"Holiday","name":"x","source":" "}""", "request.invalid", "source:field.required" },
    };

    [ProviderTheory]
    [MemberData(nameof(BadDays))]
    public async Task A_bad_day_is_a_400_that_names_the_member_and_writes_nothing(string body, string code, string field)
    {
        var before = await fixture.CountAsync("calendar_day");
        var problem = await (await Client.PostRawAsync($"{Root}/days", body)).ProblemAsync(HttpStatusCode.BadRequest, code);
        if (field.Contains(':', StringComparison.Ordinal))
        {
            Assert.Contains(field, problem.FieldErrors());
        }
        else if (field.Length > 0)
        {
            Assert.Contains(problem.FieldErrors(), f => f.StartsWith(field + ":", StringComparison.Ordinal));
        }
        Assert.Equal(before, await fixture.CountAsync("calendar_day"));
    }

    [ProviderTheory]
    [InlineData("/working-days/add?from=2046-03-05&days=1", "request.parameter-missing", "jurisdiction:request.parameter-missing")]
    [InlineData("/working-days/add?days=1&jurisdiction=national", "request.parameter-missing", "from:request.parameter-missing")]
    [InlineData("/working-days/add?from=2046-03-32&days=1&jurisdiction=national", "request.parameter-invalid", "from:request.parameter-invalid")]
    [InlineData("/working-days/add?from=2046-03-05&days=one&jurisdiction=national", "request.parameter-invalid", "days:request.parameter-invalid")]
    [InlineData("/working-days/add?from=2046-03-05&days=501&jurisdiction=national", "request.invalid", "days:field.out-of-range")]
    [InlineData("/working-days/add?from=2100-01-01&days=1&jurisdiction=national", "request.invalid", "from:calendar.year-out-of-range")]
    [InlineData("/working-days/add?from=2046-03-05&days=1&jurisdiction=Jiangsu", "request.invalid", "jurisdiction:calendar.jurisdiction-invalid")]
    [InlineData("/working-minutes?from=2046-03-05T10:00:00Z&to=2046-03-05T09:00:00Z&jurisdiction=national", "request.invalid", "to:calendar.range-invalid")]
    [InlineData("/working-minutes?from=2046-03-05T10:00:00Z&to=2050-03-05T09:00:00Z&jurisdiction=national", "request.invalid", "to:calendar.range-too-long")]
    [InlineData("/working-minutes?from=2046-03-05T10:00:00+08:00&to=2046-03-05T11:00:00Z&jurisdiction=national", "request.parameter-invalid", "from:request.parameter-invalid")]
    [InlineData("/working-minutes?from=2046-03-05&to=soon&jurisdiction=national", "request.parameter-invalid", "to:request.parameter-invalid")]
    [InlineData("/dates/2046-13-01?jurisdiction=national", "request.parameter-invalid", "date:request.parameter-invalid")]
    [InlineData("/dates/2046-03-05", "request.parameter-missing", "jurisdiction:request.parameter-missing")]
    [InlineData("/days?jurisdiction=national&year=1999", "request.invalid", "year:calendar.year-out-of-range")]
    [InlineData("/days?jurisdiction=national", "request.parameter-missing", "year:request.parameter-missing")]
    [InlineData("/years/2046/nation", "request.invalid", "jurisdiction:calendar.jurisdiction-invalid")]
    [InlineData("/years/2200/national", "request.invalid", "year:calendar.year-out-of-range")]
    [InlineData("/years/2046/national?includeRetired=maybe", "request.parameter-invalid", "includeRetired:request.parameter-invalid")]
    [InlineData("/working-hours?on=2046-01-01", "request.invalid", "jurisdiction:calendar.jurisdiction-invalid")]
    public async Task Bad_query_values_are_400_with_the_parameter_named(string path, string code, string field)
    {
        var problem = await (await Client.GetAsync(Root + path)).ProblemAsync(HttpStatusCode.BadRequest, code);
        Assert.Contains(field, problem.FieldErrors());
    }

    [ProviderTheory]
    [InlineData("[]", "periods:calendar.working-hours-invalid")]
    [InlineData("""[{"start":"8:30","end":"12:00"}]""", "periods[0].start:calendar.time-invalid")]
    [InlineData("""[{"start":"08:30","end":"24:00"}]""", "periods[0].end:calendar.time-invalid")]
    [InlineData("""[{"start":"12:00","end":"08:30"}]""", "periods:calendar.working-hours-invalid")]
    [InlineData("""[{"start":"08:30","end":"12:00"},{"start":"11:30","end":"17:30"}]""", "periods:calendar.working-hours-invalid")]
    public async Task Bad_working_hours_are_400_and_write_nothing(string periods, string field)
    {
        var before = await fixture.CountAsync("calendar_working_hours");
        var body = $$"""{"jurisdiction":"national","effectiveFrom":"2046-01-01","periods":{{periods}},"source":"x"}""";
        var problem = await (await Client.PostRawAsync($"{Root}/working-hours", body)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains(field, problem.FieldErrors());
        Assert.Equal(before, await fixture.CountAsync("calendar_working_hours"));
    }

    [ProviderFact]
    public async Task Problems_speak_the_callers_language()
    {
        const string body = """{"jurisdiction":"32","date":"2046-03-05","kind":"Holiday","name":"x","source":"x"}""";
        var chinese = await (await Client.PostRawAsync($"{Root}/days", body, "zh-CN")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal("请求参数无效。", chinese.GetProperty("title").GetString());
        Assert.Contains("行政区划代码", chinese.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        var english = await (await Client.PostRawAsync($"{Root}/days", body, "en")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal("The request has invalid fields.", english.GetProperty("title").GetString());

        var request = new HttpRequestMessage(HttpMethod.Get, $"{Root}/days?jurisdiction=national&year=2042");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN"));
        var undeclared = await (await Client.SendAsync(request)).ProblemAsync(HttpStatusCode.Conflict, "calendar.year-not-declared");
        Assert.StartsWith("该年度的节假日安排尚未录入完成", undeclared.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task Everyone_reads_and_only_the_bureaus_admins_edit()
    {
        var day = await DayAsync("national", "2046-03-06", "Holiday", "测试");
        var organ = Guid.NewGuid();
        var otherAdmin = Bearer(TestJwt.Token(organ, "admin"));
        var reader = Bearer(TestJwt.Token(organ, "organs.read"));
        var hours = Hours("national", "2046-01-01");
        var dayBody = new { jurisdiction = "national", date = "2046-03-07", kind = "Holiday", name = "x", source = "x" };

        foreach (var client in new[] { otherAdmin, reader })
        {
            var forbidden = client == otherAdmin ? "auth.bureau-only" : "auth.forbidden";
            await (await client.PostJsonAsync($"{Root}/days", dayBody)).ProblemAsync(HttpStatusCode.Forbidden, forbidden);
            await (await client.PutJsonAsync($"{Root}/days/{day.Id}", new { kind = "Holiday", name = "y", source = "y" }, "\"1\"")).ProblemAsync(HttpStatusCode.Forbidden, forbidden);
            await (await client.SendAsync(Http.Request(HttpMethod.Delete, $"{Root}/days/{day.Id}", ifMatch: "\"1\""))).ProblemAsync(HttpStatusCode.Forbidden, forbidden);
            await (await client.PutJsonAsync($"{Root}/years/2046/national", new { complete = true, source = "x" }, "\"0\"")).ProblemAsync(HttpStatusCode.Forbidden, forbidden);
            await (await client.PostJsonAsync($"{Root}/working-hours", hours)).ProblemAsync(HttpStatusCode.Forbidden, forbidden);
            // Reading needs no scope at all.
            Assert.Equal(day.Id, (await (await client.GetAsync($"{Root}/days/{day.Id}")).ReadAsync<CalendarDayResponse>()).Id);
            Assert.Single((await (await client.GetAsync($"{Root}/years/2046/national")).ReadAsync<CalendarYearResponse>()).Days);
            await (await client.GetAsync($"{Root}/working-hours")).ReadAsync<List<WorkingHoursResponse>>();
        }
        Assert.Equal(0, await fixture.CountAsync("calendar_day", "day = @Day", new { Day = new DateOnly(2046, 3, 7) }));
        var unchanged = await (await Client.GetAsync($"{Root}/days/{day.Id}")).ReadAsync<CalendarDayResponse>();
        Assert.Equal((CalendarDayStatus.Active, 1L, "测试"), (unchanged.Status, unchanged.Version, unchanged.Name));
        Assert.Equal(0, await fixture.CountAsync("calendar_year", "year = 2046"));
        await (await fixture.AnonymousClient().GetAsync($"{Root}/dates/2046-03-06?jurisdiction=national")).ProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    private HttpClient Bearer(string token)
    {
        var client = fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<CalendarDayResponse> DayAsync(string jurisdiction, string date, string kind, string name) =>
        await (await Client.PostJsonAsync($"{Root}/days", new { jurisdiction, date, kind, name, source = "测试通知" })).ReadAsync<CalendarDayResponse>(HttpStatusCode.Created);

    private async Task DeclareAsync(string jurisdiction, int year)
    {
        var tag = (await Client.GetAsync($"{Root}/years/{year}/{jurisdiction}")).ETag();
        await (await Client.PutJsonAsync($"{Root}/years/{year}/{jurisdiction}", new { complete = true, source = "测试通知" }, tag)).ReadAsync<CalendarYearResponse>();
    }

    private async Task<AddWorkingDaysResponse> AddAsync(string from, int days) =>
        await (await Client.GetAsync($"{Root}/working-days/add?from={from}&days={days}&jurisdiction=national")).ReadAsync<AddWorkingDaysResponse>();

    private async Task<WorkingMinutesResponse> MinutesAsync(string from, string to, string jurisdiction = "national") =>
        await (await Client.GetAsync($"{Root}/working-minutes?from={from}&to={to}&jurisdiction={jurisdiction}")).ReadAsync<WorkingMinutesResponse>();

    private async Task<CalendarDateResponse> DateAsync(string date, string jurisdiction) =>
        await (await Client.GetAsync($"{Root}/dates/{date}?jurisdiction={jurisdiction}")).ReadAsync<CalendarDateResponse>();

    private static object Hours(string jurisdiction, string effectiveFrom, params (string Start, string End)[] spans) => new
    {
        jurisdiction,
        effectiveFrom,
        periods = (spans.Length == 0 ? [("08:30", "12:00"), ("13:30", "17:30")] : spans).Select(s => new { start = s.Start, end = s.End }).ToArray(),
        source = "测试作息通知",
    };
}
