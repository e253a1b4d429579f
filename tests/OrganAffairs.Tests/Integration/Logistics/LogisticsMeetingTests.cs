using System.Globalization;
using System.Net;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Buildings;
using Xunit;
using static OrganAffairs.Tests.Integration.Logistics.LogisticsSetup;

namespace OrganAffairs.Tests.Integration.Logistics;

/// <summary>
/// Meetings (issue 20 item 5): the class checked against the meeting-class caps (rule data) before anything is written, the
/// room booked through the Buildings Contracts command in the same transaction, cancellation cancelling the booking.
/// </summary>
public abstract class LogisticsMeetingTests(ApiFixture fixture)
{
    private const string Meetings = Root + "/meetings";
    private HttpClient Admin => fixture.Client;

    private static string Beijing(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>A registration with its times in +08:00, as clients send them; <paramref name="change"/> overrides members by JSON name.</summary>
    private static Dictionary<string, object?> Meeting(Guid organId, Guid roomId, DateTimeOffset start, string meetingClass = "Four", int attendees = 50, int days = 1,
        decimal budget = 27_500.00m, Action<Dictionary<string, object?>>? change = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["organId"] = organId, ["title"] = "全市机关事务工作会议", ["class"] = meetingClass, ["attendees"] = attendees, ["days"] = days, ["budget"] = budget,
            ["roomId"] = roomId, ["startsAt"] = Beijing(start), ["endsAt"] = Beijing(start.AddHours(3)),
            ["addOns"] = new[] { new { kind = "Tea", quantity = attendees, note = (string?)null } },
        };
        change?.Invoke(body);
        return body;
    }

    private async Task<(Guid Organ, Guid Room, string Key)> WorldAsync(int capacity = 200, string division = "320100")
    {
        var organ = await OrganAsync(Admin, division);
        var room = await new BuildingsSetup(Admin).MeetingRoomAsync(capacity: capacity);
        return (organ.Id, room.Id, await KeyAsync(Admin, organ.Id));
    }

    [ProviderFact]
    public async Task A_meeting_is_checked_against_its_class_at_the_boundary_before_anything_is_written_and_books_its_room()
    {
        var (organ, room, key) = await WorldAsync();
        var client = fixture.ClientFor(fixture.Factory, key);
        var start = BuildingsSetup.Future(12, hour: 1);
        var meetings = await fixture.CountAsync("logistics_meeting");
        var bookings = await fixture.CountAsync("buildings_booking");

        // Class four: at most 50 attendees; 550.00 per person per day. One more attendee, or one more fen, is refused naming the rule.
        var overAttendees = await (await client.PostJsonAsync(Meetings, Meeting(organ, room, start, attendees: 51, budget: 100m)))
            .ProblemAsync((HttpStatusCode)422, "logistics.meeting-over-attendee-cap");
        Assert.Contains("财行〔2016〕214号", overAttendees.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var overBudget = await (await client.PostJsonAsync(Meetings, Meeting(organ, room, start, attendees: 50, days: 2, budget: 55_000.01m)))
            .ProblemAsync((HttpStatusCode)422, "logistics.meeting-over-budget-cap");
        Assert.Contains("55000.01 > 50 × 2 × 550.00 = 55000.00", overBudget.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // Class three: 150 attendees at most, 550.00; class two: 300, 650.00; class one: no attendee cap, 760.00.
        await (await client.PostJsonAsync(Meetings, Meeting(organ, room, start, "Three", attendees: 151, budget: 100m))).ProblemAsync((HttpStatusCode)422, "logistics.meeting-over-attendee-cap");
        await (await client.PostJsonAsync(Meetings, Meeting(organ, room, start, "Two", attendees: 301, budget: 100m))).ProblemAsync((HttpStatusCode)422, "logistics.meeting-over-attendee-cap");
        await (await client.PostJsonAsync(Meetings, Meeting(organ, room, start, "Two", attendees: 10, budget: 6_500.01m))).ProblemAsync((HttpStatusCode)422, "logistics.meeting-over-budget-cap");
        await (await client.PostJsonAsync(Meetings, Meeting(organ, room, start, "One", attendees: 10, budget: 7_600.01m))).ProblemAsync((HttpStatusCode)422, "logistics.meeting-over-budget-cap");
        // The class passes but the room is too small: Buildings' 422, and nothing written.
        await (await client.PostJsonAsync(Meetings, Meeting(organ, room, start, "One", attendees: 201, budget: 100m))).ProblemAsync((HttpStatusCode)422, "buildings.over-capacity");

        // Bad input: 400 with field errors (the booking's own with its member names), a missing member is a 400, never a 500.
        await (await client.PostJsonAsync(Meetings, Meeting(organ, room, start, change: m => m["class"] = "Five"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var fields = (await (await client.PostJsonAsync(Meetings, Meeting(organ, room, start, days: 0, budget: 1.001m, change: m => m["title"] = ""))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors();
        Assert.Contains("days:field.out-of-range", fields);
        Assert.Contains("budget:field.out-of-range", fields);
        Assert.Contains("title:field.required", fields);
        Assert.Contains("endsAt:buildings.window-invalid",
            (await (await client.PostJsonAsync(Meetings, Meeting(organ, room, start, change: m => m["endsAt"] = Beijing(start.AddHours(-1))))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await client.PostJsonAsync(Meetings, Meeting(organ, room, start, change: m => m.Remove("roomId")))).ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing");
        Assert.Contains("roomId:buildings.room-ref-not-found",
            (await (await client.PostJsonAsync(Meetings, Meeting(organ, Guid.NewGuid(), start))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Equal(meetings, await fixture.CountAsync("logistics_meeting"));
        Assert.Equal(bookings, await fixture.CountAsync("buildings_booking"));

        // Exactly at the caps: 50 attendees × 1 day × 550.00 = 27500.00 passes; the room is booked for the organ.
        var created = await client.PostJsonAsync(Meetings, Meeting(organ, room, start));
        var meeting = await created.ReadAsync<MeetingResponse>(HttpStatusCode.Created);
        Assert.Equal((MeetingClass.Four, 50, 1, 27_500.00m, 550.00m, (int?)50, 27_500.00m, MeetingStatus.Registered, 1L),
            (meeting.Class, meeting.Attendees, meeting.Days, meeting.Budget, meeting.DailyCapPerPerson, meeting.MaxAttendees, meeting.BudgetCap, meeting.Status, meeting.Version));
        Assert.Equal($"{Meetings}/{meeting.Id}", created.Headers.Location?.OriginalString);
        var booking = await (await Admin.GetAsync($"{BuildingsSetup.Root}/bookings/{meeting.BookingId}")).ReadAsync<BookingResponse>();
        Assert.Equal((organ, room, BookingStatus.Approved, "全市机关事务工作会议", 50, start, start.AddHours(3)),
            (booking.OrganId, booking.RoomId, booking.Status, booking.Title, booking.Attendees, booking.StartsAt, booking.EndsAt));
        Assert.Equal(AddOnKind.Tea, Assert.Single(booking.AddOns).Kind);
        var rule = await (await Admin.GetAsync($"{Root}/rules/meeting-classes?jurisdiction=320100&on=2026-12-01")).ReadAsync<List<MeetingClassResponse>>();
        Assert.Equal(meeting.RuleVersionId, Assert.Single(rule, r => r.Class == MeetingClass.Four).Id);

        // The same window again: Buildings' 409 unchanged, and no second meeting.
        var conflict = await (await client.PostJsonAsync(Meetings, Meeting(organ, room, start.AddHours(1)))).ProblemAsync(HttpStatusCode.Conflict, "buildings.double-booked");
        Assert.Equal(meeting.BookingId, conflict.GetProperty("conflicts")[0].GetProperty("bookingId").GetGuid());
        Assert.Equal(meetings + 1, await fixture.CountAsync("logistics_meeting"));

        // Read back, listed; another organ sees neither.
        var read = await client.GetAsync($"{Meetings}/{meeting.Id}");
        Assert.Equal(meeting.Id, (await read.ReadAsync<MeetingResponse>()).Id);
        var etag = read.ETag();
        var list = await (await client.GetAsync($"{Meetings}?organId={organ}&class=Four")).ReadAsync<PagedResult<MeetingResponse>>();
        Assert.Equal(meeting.Id, Assert.Single(list.Items).Id);
        await (await client.GetAsync($"{Meetings}?class=Five")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var stranger = fixture.ClientFor(fixture.Factory, (await WorldAsync()).Key);
        await (await stranger.GetAsync($"{Meetings}/{meeting.Id}")).ProblemAsync(HttpStatusCode.NotFound, "logistics.meeting-not-found");
        Assert.Empty((await (await stranger.GetAsync(Meetings)).ReadAsync<PagedResult<MeetingResponse>>()).Items);

        // Cancel: If-Match required (428) and current (412); the booking is cancelled with the reason, the slot freed.
        await (await client.PostJsonAsync($"{Meetings}/{meeting.Id}/cancel", new { reason = "会议取消" })).ProblemAsync((HttpStatusCode)428, "concurrency.if-match-required");
        await (await client.SendAsync(Http.Request(HttpMethod.Post, $"{Meetings}/{meeting.Id}/cancel", """{"reason":"会议取消"}""", ifMatch: "\"7\"")))
            .ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        await (await client.SendAsync(Http.Request(HttpMethod.Post, $"{Meetings}/{meeting.Id}/cancel", """{"reason":""}""", ifMatch: etag)))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var cancelled = await (await client.SendAsync(Http.Request(HttpMethod.Post, $"{Meetings}/{meeting.Id}/cancel", """{"reason":"会议取消"}""", ifMatch: etag)))
            .ReadAsync<MeetingResponse>();
        Assert.Equal((MeetingStatus.Cancelled, "会议取消", 2L), (cancelled.Status, cancelled.Reason, cancelled.Version));
        var freed = await (await Admin.GetAsync($"{BuildingsSetup.Root}/bookings/{meeting.BookingId}")).ReadAsync<BookingResponse>();
        Assert.Equal((BookingStatus.Cancelled, "会议取消"), (freed.Status, freed.DecisionNote));
        await (await client.SendAsync(Http.Request(HttpMethod.Post, $"{Meetings}/{meeting.Id}/cancel", """{"reason":"会议取消"}""", ifMatch: "*")))
            .ProblemAsync(HttpStatusCode.Conflict, "logistics.meeting-state");
        await (await client.PostJsonAsync(Meetings, Meeting(organ, room, start.AddHours(1)))).ReadAsync<MeetingResponse>(HttpStatusCode.Created);
    }

    [ProviderFact]
    public async Task A_local_meeting_class_version_replaces_the_national_caps_for_its_division()
    {
        var division = $"34{Random.Shared.Next(10, 99)}00";
        var (organ, room, key) = await WorldAsync(division: division);
        var client = fixture.ClientFor(fixture.Factory, key);
        var start = BuildingsSetup.Future(13, hour: 1);
        var local = new { jurisdiction = division, effectiveFrom = "2020-01-01", @class = "Four", dailyCapPerPerson = 400.00m, maxAttendees = 30, source = "某市会议费管理办法", confidence = "H" };
        var version = await (await Admin.PostJsonAsync($"{Root}/rules/meeting-classes", local)).ReadAsync<MeetingClassResponse>(HttpStatusCode.Created);
        await (await Admin.PostJsonAsync($"{Root}/rules/meeting-classes", local)).ProblemAsync(HttpStatusCode.Conflict, "logistics.rule-version-exists");
        await (await client.PostJsonAsync($"{Root}/rules/meeting-classes", local with { effectiveFrom = "2021-01-01" })).ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        Assert.Contains("dailyCapPerPerson:field.out-of-range",
            (await (await Admin.PostJsonAsync($"{Root}/rules/meeting-classes", local with { dailyCapPerPerson = 0m })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());

        await (await client.PostJsonAsync(Meetings, Meeting(organ, room, start, attendees: 31, budget: 100m))).ProblemAsync((HttpStatusCode)422, "logistics.meeting-over-attendee-cap");
        await (await client.PostJsonAsync(Meetings, Meeting(organ, room, start, attendees: 30, budget: 12_000.01m))).ProblemAsync((HttpStatusCode)422, "logistics.meeting-over-budget-cap");
        var meeting = await (await client.PostJsonAsync(Meetings, Meeting(organ, room, start, attendees: 30, budget: 12_000.00m))).ReadAsync<MeetingResponse>(HttpStatusCode.Created);
        Assert.Equal((version.Id, 400.00m, (int?)30), (meeting.RuleVersionId, meeting.DailyCapPerPerson, meeting.MaxAttendees));
        var inForce = await (await Admin.GetAsync($"{Root}/rules/meeting-classes?jurisdiction={division}&on=2026-12-01")).ReadAsync<List<MeetingClassResponse>>();
        Assert.Equal(4, inForce.Count);
        Assert.Equal(version.Id, Assert.Single(inForce, r => r.Class == MeetingClass.Four).Id);
    }

    [ProviderFact]
    public async Task Two_meetings_racing_for_one_room_window_through_two_hosts_give_exactly_one_meeting()
    {
        var a = fixture.Client;
        var b = fixture.ClientFor(fixture.CreateFactory());
        var (organ, room, _) = await WorldAsync();
        for (var round = 0; round < 5; round++)
        {
            var start = BuildingsSetup.Future(14 + round, hour: 1);
            var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(i =>
                (i == 0 ? a : b).PostJsonAsync(Meetings, Meeting(organ, room, start.AddMinutes(30 * i)))));
            var statuses = string.Join(",", responses.Select(r => (int)r.StatusCode));
            Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.Created) == 1, statuses);
            await responses.Single(r => r.StatusCode != HttpStatusCode.Created).ProblemAsync(HttpStatusCode.Conflict, "buildings.double-booked");
        }
        Assert.Equal(5, await fixture.CountAsync("logistics_meeting", "room_id = @Room", new { Room = room }));
        Assert.Equal(5, await fixture.CountAsync("buildings_booking", "room_id = @Room", new { Room = room }));
    }
}
