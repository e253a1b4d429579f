using System.Net;
using System.Text.Json;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.Buildings;

public abstract class BuildingsBookingsApiTests(ApiFixture fixture)
{
    private const string Bookings = BuildingsSetup.Root + "/bookings";
    private HttpClient Client => fixture.Client;
    private BuildingsSetup Setup => new(Client);

    private async Task<HttpClient> OrganClientAsync(Guid organId)
    {
        var key = await (await Client.PostJsonAsync("/api/v1/access/api-keys", new { name = "会议系统", organId, scopes = new[] { "buildings.read", "buildings.write" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        return fixture.ClientFor(fixture.Factory, key.Key);
    }

    [ProviderFact]
    public async Task Attendees_up_to_capacity_pass_and_one_more_is_422()
    {
        var room = await Setup.MeetingRoomAsync(capacity: 10);
        var organ = await Setup.OrganAsync();
        var start = BuildingsSetup.Future(3);
        await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start, start.AddHours(1), attendees: 11)))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "buildings.over-capacity");
        Assert.Equal(0, await fixture.CountAsync("buildings_booking", "room_id = @Id", new { room.Id }));
        var booking = await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start, start.AddHours(1), attendees: 10)))
            .ReadAsync<BookingResponse>(HttpStatusCode.Created);
        Assert.Equal(BookingStatus.Approved, booking.Status);
        Assert.Equal(start, booking.StartsAt);
    }

    [ProviderFact]
    public async Task Overlaps_are_409_with_the_window_and_touching_windows_are_fine()
    {
        var room = await Setup.MeetingRoomAsync();
        var organ = await Setup.OrganAsync();
        var start = BuildingsSetup.Future(4, hour: 2);
        var first = await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start, start.AddHours(2)))).ReadAsync<BookingResponse>(HttpStatusCode.Created);

        var problem = await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start.AddHours(1), start.AddHours(3))))
            .ProblemAsync(HttpStatusCode.Conflict, "buildings.double-booked");
        var conflict = problem.GetProperty("conflicts")[0];
        Assert.Equal(start, conflict.GetProperty("conflictStartsAt").GetDateTimeOffset());
        Assert.Equal(start.AddHours(2), conflict.GetProperty("conflictEndsAt").GetDateTimeOffset());
        Assert.Equal(first.Id, conflict.GetProperty("bookingId").GetGuid());

        // Touching on either side.
        await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start.AddHours(2), start.AddHours(3)))).ReadAsync<BookingResponse>(HttpStatusCode.Created);
        await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start.AddHours(-1), start))).ReadAsync<BookingResponse>(HttpStatusCode.Created);
        // Inside and enclosing.
        await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start.AddMinutes(30), start.AddMinutes(60)))).ProblemAsync(HttpStatusCode.Conflict, "buildings.double-booked");
        await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start.AddHours(-2), start.AddHours(4)))).ProblemAsync(HttpStatusCode.Conflict, "buildings.double-booked");
        Assert.Equal(3, await fixture.CountAsync("buildings_booking", "room_id = @Id", new { room.Id }));
    }

    [ProviderFact]
    public async Task Another_organs_conflict_shows_only_the_window_and_its_booking_is_404()
    {
        var room = await Setup.MeetingRoomAsync();
        var mine = await Setup.OrganAsync();
        var theirs = await Setup.OrganAsync();
        var start = BuildingsSetup.Future(5);
        var their = await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, theirs.Id, start, start.AddHours(1)))).ReadAsync<BookingResponse>(HttpStatusCode.Created);

        var client = await OrganClientAsync(mine.Id);
        var problem = await (await client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, mine.Id, start, start.AddHours(1))))
            .ProblemAsync(HttpStatusCode.Conflict, "buildings.double-booked");
        var conflict = problem.GetProperty("conflicts")[0];
        Assert.Equal(start, conflict.GetProperty("conflictStartsAt").GetDateTimeOffset());
        Assert.True(conflict.GetProperty("bookingId").ValueKind == JsonValueKind.Null);
        Assert.DoesNotContain(their.Id.ToString(), problem.GetRawText(), StringComparison.OrdinalIgnoreCase);

        await (await client.GetAsync($"{Bookings}/{their.Id}")).ProblemAsync(HttpStatusCode.NotFound, "buildings.booking-not-found");
        await (await client.PostJsonAsync($"{Bookings}/{their.Id}/cancel", new { note = "x" })).ProblemAsync(HttpStatusCode.NotFound, "buildings.booking-not-found");
        // Booking for another organ: the same 400 as an unknown organ.
        var refused = await (await client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, theirs.Id, start.AddHours(3), start.AddHours(4))))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("organId:buildings.organ-ref-not-found", refused.FieldErrors());
        // The calendar shows the window but not whose it is.
        var calendar = await (await client.GetAsync($"{BuildingsSetup.Root}/rooms/{room.Id}/calendar?from={Q(start.AddDays(-1))}&to={Q(start.AddDays(1))}")).ReadAsync<RoomCalendarResponse>();
        var entry = Assert.Single(calendar.Entries);
        Assert.Null(entry.BookingId);
        Assert.Null(entry.Title);
        // Lists show only the caller's own.
        var list = await (await client.GetAsync($"{Bookings}?roomId={room.Id}")).ReadAsync<PagedResult<BookingResponse>>();
        Assert.Equal(0, list.TotalCount);
        var all = await (await Client.GetAsync($"{Bookings}?roomId={room.Id}")).ReadAsync<PagedResult<BookingResponse>>();
        Assert.Equal(1, all.TotalCount);
    }

    [ProviderFact]
    public async Task A_pending_booking_holds_its_slot_until_rejected_and_a_cancelled_one_frees_it()
    {
        var room = await Setup.MeetingRoomAsync(requiresApproval: true);
        var organ = await Setup.OrganAsync();
        var start = BuildingsSetup.Future(6);
        var pending = await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start, start.AddHours(1)))).ReadAsync<BookingResponse>(HttpStatusCode.Created);
        Assert.Equal(BookingStatus.Pending, pending.Status);
        await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start, start.AddHours(1)))).ProblemAsync(HttpStatusCode.Conflict, "buildings.double-booked");

        var rejected = await (await Client.PostJsonAsync($"{Bookings}/{pending.Id}/reject", new { note = "已有安排" })).ReadAsync<BookingResponse>();
        Assert.Equal(BookingStatus.Rejected, rejected.Status);
        await (await Client.PostJsonAsync($"{Bookings}/{pending.Id}/approve", new { note = "x" })).ProblemAsync(HttpStatusCode.Conflict, "buildings.booking-not-pending");

        var second = await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start, start.AddHours(1)))).ReadAsync<BookingResponse>(HttpStatusCode.Created);
        var approved = await (await Client.PostJsonAsync($"{Bookings}/{second.Id}/approve", new { note = "同意" })).ReadAsync<BookingResponse>();
        Assert.Equal(BookingStatus.Approved, approved.Status);
        var cancelled = await (await Client.PostJsonAsync($"{Bookings}/{second.Id}/cancel", new { })).ReadAsync<BookingResponse>();
        Assert.Equal(BookingStatus.Cancelled, cancelled.Status);
        await (await Client.PostJsonAsync($"{Bookings}/{second.Id}/cancel", new { })).ProblemAsync(HttpStatusCode.Conflict, "buildings.booking-closed");
        await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start, start.AddHours(1)))).ReadAsync<BookingResponse>(HttpStatusCode.Created);
        Assert.True(await fixture.CountAsync("shared_audit", "entity_id = @Id", new { second.Id }) >= 3);
    }

    [ProviderFact]
    public async Task Only_the_bureau_approves()
    {
        var room = await Setup.MeetingRoomAsync(requiresApproval: true);
        var organ = await Setup.OrganAsync();
        var start = BuildingsSetup.Future(7);
        var client = await OrganClientAsync(organ.Id);
        var pending = await (await client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start, start.AddHours(1)))).ReadAsync<BookingResponse>(HttpStatusCode.Created);
        await (await client.PostJsonAsync($"{Bookings}/{pending.Id}/approve", new { })).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        Assert.Equal(BookingStatus.Pending, (await (await client.GetAsync($"{Bookings}/{pending.Id}")).ReadAsync<BookingResponse>()).Status);
    }

    [ProviderFact]
    public async Task Availability_lists_free_rooms_for_a_window()
    {
        var room = await Setup.MeetingRoomAsync(capacity: 8);
        var organ = await Setup.OrganAsync();
        var start = BuildingsSetup.Future(8);
        var url = (DateTimeOffset from, DateTimeOffset to, int attendees) =>
            $"{BuildingsSetup.Root}/rooms/availability?from={Q(from)}&to={Q(to)}&attendees={attendees}&buildingId={room.BuildingId}";
        Assert.Single(await (await Client.GetAsync(url(start, start.AddHours(1), 8))).ReadAsync<List<RoomResponse>>());
        Assert.Empty(await (await Client.GetAsync(url(start, start.AddHours(1), 9))).ReadAsync<List<RoomResponse>>());
        await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start, start.AddHours(1)))).ReadAsync<BookingResponse>(HttpStatusCode.Created);
        Assert.Empty(await (await Client.GetAsync(url(start.AddMinutes(30), start.AddHours(2), 1))).ReadAsync<List<RoomResponse>>());
        Assert.Single(await (await Client.GetAsync(url(start.AddHours(1), start.AddHours(2), 1))).ReadAsync<List<RoomResponse>>());
        await (await Client.GetAsync(url(start.AddHours(1), start, 1))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{BuildingsSetup.Root}/rooms/availability?from=yesterday&to={Q(start)}")).ProblemAsync(HttpStatusCode.BadRequest, "request.parameter-invalid");
    }

    [ProviderFact]
    public async Task A_weekly_series_books_every_occurrence_or_reports_each_conflict()
    {
        var room = await Setup.MeetingRoomAsync();
        var organ = await Setup.OrganAsync();
        var start = BuildingsSetup.Future(10);
        var until = DateOnly.FromDateTime(start.AddDays(21).UtcDateTime.AddHours(8));
        var series = new
        {
            roomId = room.Id, organId = organ.Id, title = "每周例会", startsAt = start, endsAt = start.AddHours(1), attendees = 5, frequency = "Weekly", until,
        };
        // Two occurrences (week 1 and week 3) are taken already.
        var taken1 = await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start.AddDays(7), start.AddDays(7).AddHours(1)))).ReadAsync<BookingResponse>(HttpStatusCode.Created);
        await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start.AddDays(21).AddMinutes(30), start.AddDays(21).AddHours(2)))).ReadAsync<BookingResponse>(HttpStatusCode.Created);

        var problem = await (await Client.PostJsonAsync($"{Bookings}/series", series)).ProblemAsync(HttpStatusCode.Conflict, "buildings.double-booked");
        var conflicts = problem.GetProperty("conflicts").EnumerateArray().ToList();
        Assert.Equal(2, conflicts.Count);
        Assert.Equal(start.AddDays(7), conflicts[0].GetProperty("requestedStartsAt").GetDateTimeOffset());
        Assert.Equal(taken1.Id, conflicts[0].GetProperty("bookingId").GetGuid());
        Assert.Equal(start.AddDays(21), conflicts[1].GetProperty("requestedStartsAt").GetDateTimeOffset());
        Assert.Equal(2, await fixture.CountAsync("buildings_booking", "room_id = @Id", new { room.Id }));

        await (await Client.PostJsonAsync($"{Bookings}/{taken1.Id}/cancel", new { })).ReadAsync<BookingResponse>();
        var free = await Setup.MeetingRoomAsync();
        var created = await (await Client.PostJsonAsync($"{Bookings}/series", new
        {
            roomId = free.Id, organId = organ.Id, title = "每日站会", startsAt = start, endsAt = start.AddMinutes(15), attendees = 5, frequency = "Daily",
            until = DateOnly.FromDateTime(start.AddDays(4).UtcDateTime.AddHours(8)),
            addOns = new[] { new { kind = "Tea", quantity = 5, note = "绿茶" } },
        })).ReadAsync<BookingSeriesResponse>(HttpStatusCode.Created);
        Assert.Equal(5, created.Bookings.Count);
        Assert.All(created.Bookings, b => Assert.Equal(created.SeriesId, b.SeriesId));
        Assert.Equal(start.AddDays(4), created.Bookings[^1].StartsAt);
        await AssertOneEventPerBookingAsync(created);
    }

    // The outbox is shared by the class: count only this series' events.
    private async Task AssertOneEventPerBookingAsync(BookingSeriesResponse created)
    {
        var ids = created.Bookings.Select(b => b.Id.ToString()).ToList();
        long mine = 0;
        foreach (var id in ids)
        {
            mine += await fixture.CountAsync("shared_outbox", "type LIKE @T AND (payload LIKE @Lower OR payload LIKE @Upper)",
                new { T = "%MeetingServicesRequested", Lower = $"%{id.ToLowerInvariant()}%", Upper = $"%{id.ToUpperInvariant()}%" });
        }
        Assert.Equal(created.Bookings.Count, mine);
    }

    [ProviderFact]
    public async Task Add_ons_are_recorded_with_the_booking_and_published_for_logistics()
    {
        var room = await Setup.MeetingRoomAsync();
        var organ = await Setup.OrganAsync();
        var start = BuildingsSetup.Future(11);
        var booking = await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start, start.AddHours(1),
            addOns: new object[] { new { kind = "Tea", quantity = 10, note = "红茶" }, new { kind = "AudioVisual", quantity = 1, note = (string?)null } })))
            .ReadAsync<BookingResponse>(HttpStatusCode.Created);
        Assert.Equal(2, booking.AddOns.Count);
        var read = await (await Client.GetAsync($"{Bookings}/{booking.Id}")).ReadAsync<BookingResponse>();
        Assert.Contains(read.AddOns, a => a.Kind == AddOnKind.Tea && a.Quantity == 10 && a.Note == "红茶");
        Assert.Equal(1, await fixture.CountAsync("shared_outbox", "type LIKE @T AND (payload LIKE @Lower OR payload LIKE @Upper)",
            new { T = "%MeetingServicesRequested", Lower = $"%{booking.Id.ToString().ToLowerInvariant()}%", Upper = $"%{booking.Id.ToString().ToUpperInvariant()}%" }));

        // Cancelling tells the logistics service the services are no longer needed.
        await (await Client.PostJsonAsync($"{Bookings}/{booking.Id}/cancel", new { note = "会议取消" })).ReadAsync<BookingResponse>();
        Assert.Equal(1, await fixture.CountAsync("shared_outbox", "type LIKE @T AND (payload LIKE @Lower OR payload LIKE @Upper)",
            new { T = "%MeetingServicesCancelled", Lower = $"%{booking.Id.ToString().ToLowerInvariant()}%", Upper = $"%{booking.Id.ToString().ToUpperInvariant()}%" }));
    }

    [ProviderFact]
    public async Task Bad_booking_input_is_refused_and_nothing_is_written()
    {
        var room = await Setup.MeetingRoomAsync();
        var office = await Setup.RoomAsync((await Setup.FloorAsync((await Setup.BuildingAsync()).Id)).Id);
        var organ = await Setup.OrganAsync();
        var start = BuildingsSetup.Future(12);

        var endBeforeStart = await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start, start.AddHours(-1)))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("endsAt:buildings.window-invalid", endBeforeStart.FieldErrors());
        await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start.AddSeconds(30), start.AddHours(1)))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start, start.AddHours(25)))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start, start.AddHours(1), attendees: 0))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var unknownRoom = await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(Guid.NewGuid(), organ.Id, start, start.AddHours(1)))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("roomId:buildings.room-ref-not-found", unknownRoom.FieldErrors());
        var unknownOrgan = await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, Guid.NewGuid(), start, start.AddHours(1)))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("organId:buildings.organ-ref-not-found", unknownOrgan.FieldErrors());
        await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(office.Id, organ.Id, start, start.AddHours(1), attendees: 1))).ProblemAsync(HttpStatusCode.Conflict, "buildings.room-not-bookable");
        var past = BuildingsSetup.Future(-2);
        await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, past, past.AddHours(1)))).ProblemAsync(HttpStatusCode.UnprocessableEntity, "buildings.booking-in-past");
        await (await Client.PostRawAsync(Bookings, $$"""{"roomId":"{{room.Id}}","organId":"{{organ.Id}}","title":"会","startsAt":"tomorrow","endsAt":"{{start:O}}","attendees":1}"""))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        Assert.Contains("addOns[0].kind:request.enum-invalid", (await (await Client.PostRawAsync(Bookings, $$"""{"roomId":"{{room.Id}}","organId":"{{organ.Id}}","title":"会","startsAt":"{{start:O}}","endsAt":"{{start.AddHours(1):O}}","attendees":1,"addOns":[{"kind":"Karaoke","quantity":1}]}"""))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        var longTitle = new { roomId = room.Id, organId = organ.Id, title = new string('会', 201), startsAt = start, endsAt = start.AddHours(1), attendees = 1 };
        Assert.Contains("title:field.too-long", (await (await Client.PostJsonAsync(Bookings, longTitle)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        var series = new { roomId = room.Id, organId = organ.Id, title = "会", startsAt = start, endsAt = start.AddHours(1), attendees = 1, frequency = "Daily", until = DateOnly.FromDateTime(start.UtcDateTime).AddDays(150) };
        Assert.Contains("until:buildings.series-too-long", (await (await Client.PostJsonAsync($"{Bookings}/series", series)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("frequency:request.enum-invalid", (await (await Client.PostRawAsync($"{Bookings}/series", $$"""{"roomId":"{{room.Id}}","organId":"{{organ.Id}}","title":"会","startsAt":"{{start:O}}","endsAt":"{{start.AddHours(1):O}}","attendees":1,"frequency":"Hourly","until":"2030-01-01"}"""))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Equal(0, await fixture.CountAsync("buildings_booking", "room_id = @Id", new { room.Id }));

        await (await Client.GetAsync($"{Bookings}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "buildings.booking-not-found");
        Assert.Contains("status:request.enum-invalid", (await (await Client.GetAsync($"{Bookings}?status=Done")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.GetAsync($"{BuildingsSetup.Root}/rooms/{Guid.NewGuid()}/calendar?from={Q(start)}&to={Q(start.AddDays(1))}")).ProblemAsync(HttpStatusCode.NotFound, "buildings.room-not-found");
        await (await Client.GetAsync($"{BuildingsSetup.Root}/rooms/{room.Id}/calendar?from={Q(start)}&to={Q(start.AddDays(400))}")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }

    [ProviderFact]
    public async Task A_room_with_bookings_ahead_cannot_be_retired()
    {
        var room = await Setup.MeetingRoomAsync();
        var organ = await Setup.OrganAsync();
        var start = BuildingsSetup.Future(13);
        var booking = await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start, start.AddHours(1)))).ReadAsync<BookingResponse>(HttpStatusCode.Created);
        await (await Client.PostJsonAsync($"{BuildingsSetup.Root}/rooms/{room.Id}/retire", new { retiredOn = "2026-12-31", reason = "改造" })).ProblemAsync(HttpStatusCode.Conflict, "buildings.room-has-bookings");
        await (await Client.PostJsonAsync($"{Bookings}/{booking.Id}/cancel", new { })).ReadAsync<BookingResponse>();
        await (await Client.PostJsonAsync($"{BuildingsSetup.Root}/rooms/{room.Id}/retire", new { retiredOn = "2026-12-31", reason = "改造" })).ReadAsync<RoomResponse>();
        await (await Client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start, start.AddHours(1)))).ProblemAsync(HttpStatusCode.Conflict, "buildings.room-retired");
    }

    private static string Q(DateTimeOffset instant) => Uri.EscapeDataString(instant.ToString("O"));
}
