using System.Net;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Reception.ReceptionSetup;

namespace OrganAffairs.Tests.Integration.Reception;

/// <summary>The over-standard and sending-unit reports (issue 18 item 9) and a reception's trip request in Vehicles (item 8).</summary>
public abstract class ReceptionReportTests(ApiFixture fixture)
{
    private HttpClient Admin => fixture.Client;

    [ProviderFact]
    public async Task The_over_standard_report_lists_each_explained_line_of_the_period_with_its_approval_as_json_or_csv()
    {
        var division = FreshDivision();
        var (organ, staff, key) = await OrganWithKeyAsync(Admin, division);
        await (await Admin.PostJsonAsync($"{Root}/rules/meal-standards", new { jurisdiction = division, rank = "Other", amount = 100.00m, unit = "PerMeal", effectiveFrom = "2020-01-01", source = "某市公务接待用餐标准", confidence = "High" }))
            .ReadAsync<MealStandardResponse>(HttpStatusCode.Created);
        var reception = await ApprovedAsync(Admin, organ.Id, staff, startsOn: "2026-12-20");
        await (await Admin.PostJsonAsync($"{Root}/{reception.Id}/costs", Cost(amount: 600.00m, persons: 6))).ReadAsync<CostLineResponse>(HttpStatusCode.Created);
        var approved = await (await Admin.PostJsonAsync($"{Root}/{reception.Id}/costs", Cost(amount: 600.01m, persons: 6, explanation: "临时增加来宾，经分管领导批准")))
            .ReadAsync<CostLineResponse>(HttpStatusCode.Created);
        await (await Admin.PostJsonAsync($"{Root}/{reception.Id}/costs/{approved.Id}/approve-explanation", new { staffMemberId = staff })).ReadAsync<CostLineResponse>();
        var open = await (await Admin.PostJsonAsync($"{Root}/{reception.Id}/costs", Cost(amount: 750.00m, persons: 5, explanation: "省部级来宾，经分管领导批准")))
            .ReadAsync<CostLineResponse>(HttpStatusCode.Created);
        var other = await OrganAsync(Admin);

        var rows = await (await Admin.GetAsync($"{Root}/reports/over-standard?from=2026-12-01&to=2026-12-31&organId={organ.Id}")).ReadAsync<List<OverStandardReportRow>>();
        Assert.Equal(2, rows.Count);
        var first = Assert.Single(rows, r => r.CostId == approved.Id);
        Assert.Equal((organ.Id, reception.Id, ReceptionStatus.Approved, 600.01m, 600.00m, 0.01m, "临时增加来宾，经分管领导批准", (Guid?)staff),
            (first.OrganId, first.ReceptionId, first.Status, first.Amount, first.Standard, first.Excess, first.Explanation, first.ExplanationApprovedBy));
        Assert.NotNull(first.ExplanationApprovedAt);
        var second = Assert.Single(rows, r => r.CostId == open.Id);
        Assert.Equal((750.00m, 500.00m, 250.00m, (Guid?)null), (second.Amount, second.Standard, second.Excess, second.ExplanationApprovedBy));

        // The organ sees its own lines; another organ's filter and a period without lines answer nothing.
        var own = await (await fixture.ClientFor(fixture.Factory, key).GetAsync($"{Root}/reports/over-standard?from=2026-12-20&to=2026-12-20")).ReadAsync<List<OverStandardReportRow>>();
        Assert.Equal(2, own.Count);
        Assert.All(own, r => Assert.Equal(organ.Id, r.OrganId));
        Assert.Empty(await (await Admin.GetAsync($"{Root}/reports/over-standard?from=2026-12-01&to=2026-12-31&organId={other.Id}")).ReadAsync<List<OverStandardReportRow>>());
        Assert.Empty(await (await Admin.GetAsync($"{Root}/reports/over-standard?from=2026-12-21&to=2026-12-31&organId={organ.Id}")).ReadAsync<List<OverStandardReportRow>>());

        var csv = await Admin.GetAsync($"{Root}/reports/over-standard?from=2026-12-01&to=2026-12-31&organId={organ.Id}&format=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("organId,receptionId,title,status,costId,category,incurredOn,amount,standard,excess,explanation,explanationApprovedBy,explanationApprovedAt", lines[0]);
        Assert.Contains(lines.Skip(1), l => l.Contains("750.00,500.00,250.00,省部级来宾，经分管领导批准,,", StringComparison.Ordinal));

        // A period that ends before it starts or lasts more than 366 days, a missing date, an unknown format: 400.
        Assert.Contains("to:reception.period-invalid",
            (await (await Admin.GetAsync($"{Root}/reports/over-standard?from=2026-12-02&to=2026-12-01")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("to:reception.period-invalid",
            (await (await Admin.GetAsync($"{Root}/reports/over-standard?from=2025-01-01&to=2026-01-02")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Admin.GetAsync($"{Root}/reports/over-standard?from=2025-01-01&to=2026-01-01")).ReadAsync<List<OverStandardReportRow>>();
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.GetAsync($"{Root}/reports/over-standard?to=2026-12-31")).StatusCode);
        Assert.Contains("format:request.enum-invalid",
            (await (await Admin.GetAsync($"{Root}/reports/over-standard?from=2026-12-01&to=2026-12-31&format=Pdf")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
    }

    [ProviderFact]
    public async Task The_sender_report_ranks_units_by_receptions_then_spending_one_credit_code_being_one_unit()
    {
        var (organ, staff, key) = await OrganWithKeyAsync(Admin);
        var code = TestData.Uscc("110000");
        await ApprovedOnLetterAsync(organ.Id, staff, "国家某部办公厅", code, cost: 100m);
        await ApprovedOnLetterAsync(organ.Id, staff, "国家某部", code, cost: null);
        await ApprovedOnLetterAsync(organ.Id, staff, "国家某部办公厅", code, cost: null);
        await ApprovedOnLetterAsync(organ.Id, staff, "某县人民政府", null, cost: 500m);
        await ApprovedOnLetterAsync(organ.Id, staff, "某市档案馆", null, cost: 200m);
        // A draft does not count.
        var draftLetter = await (await Admin.PostJsonAsync($"{Root}/letters", LetterFrom(organ.Id, "某市档案馆", null))).ReadAsync<LetterResponse>(HttpStatusCode.Created);
        await ReceptionAsync(Admin, organ.Id, staff, draftLetter.Id);

        var rows = await (await Admin.GetAsync($"{Root}/reports/senders?year=2026&organId={organ.Id}")).ReadAsync<List<SenderReportRow>>();
        Assert.Equal(
            [
                new SenderReportRow(1, "国家某部办公厅", code, 3, 6, 3000.00m, 100.00m),
                new SenderReportRow(2, "某县人民政府", null, 1, 2, 1000.00m, 500.00m),
                new SenderReportRow(3, "某市档案馆", null, 1, 2, 1000.00m, 200.00m),
            ], rows);
        Assert.Equal(["国家某部办公厅", "某县人民政府"], (await (await Admin.GetAsync($"{Root}/reports/senders?year=2026&organId={organ.Id}&top=2")).ReadAsync<List<SenderReportRow>>()).Select(r => r.SenderName));
        Assert.Empty(await (await Admin.GetAsync($"{Root}/reports/senders?year=2025&organId={organ.Id}")).ReadAsync<List<SenderReportRow>>());

        // The organ's own key sees its receptions only: the same three units, whatever other organs received.
        var own = await (await fixture.ClientFor(fixture.Factory, key).GetAsync($"{Root}/reports/senders?year=2026&top=100")).ReadAsync<List<SenderReportRow>>();
        Assert.Equal(rows, own);

        var csv = (await (await Admin.GetAsync($"{Root}/reports/senders?year=2026&organId={organ.Id}&format=Csv")).Content.ReadAsStringAsync()).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["rank,senderName,senderCreditCode,receptions,guests,budget,actual", $"1,国家某部办公厅,{code},3,6,3000.00,100.00"], csv.Take(2));
        Assert.Equal(4, csv.Length);

        Assert.Contains("year:reception.year-invalid",
            (await (await Admin.GetAsync($"{Root}/reports/senders?year=1999")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("top:field.out-of-range",
            (await (await Admin.GetAsync($"{Root}/reports/senders?year=2026&top=0")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("top:field.out-of-range",
            (await (await Admin.GetAsync($"{Root}/reports/senders?year=2026&top=101")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
    }

    [ProviderFact]
    public async Task A_receptions_transport_is_a_vehicles_trip_request_cancelled_with_the_reception_while_pending()
    {
        var (organ, staff, key) = await OrganWithKeyAsync(Admin);
        var client = fixture.ClientFor(fixture.Factory, key);
        var draft = await ReceptionAsync(Admin, organ.Id, staff, (await LetterAsync(Admin, organ.Id)).Id);
        var trips = await fixture.CountAsync("vehicles_trip");
        await (await client.PostJsonAsync($"{Root}/{draft.Id}/trip", Trip())).ProblemAsync(HttpStatusCode.Conflict, "reception.reception-state");

        // The organ's own reception key asks; Vehicles holds a Requested trip of the organ, and the reception its id.
        var approved = await ApprovedAsync(Admin, organ.Id, staff);
        Assert.Contains("passengers:field.out-of-range",
            (await (await client.PostJsonAsync($"{Root}/{approved.Id}/trip", Trip(passengers: 0))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("endsAt:vehicles.trip-window-invalid",
            (await (await client.PostJsonAsync($"{Root}/{approved.Id}/trip", Trip(endsAt: "2026-12-20T00:30:00Z"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        // 2026-12-20T16:30Z is 2026-12-21 in Beijing: after the reception's last day.
        await (await client.PostJsonAsync($"{Root}/{approved.Id}/trip", Trip(startsAt: "2026-12-20T16:30:00Z", endsAt: "2026-12-20T18:00:00Z")))
            .ProblemAsync(HttpStatusCode.BadRequest, "reception.trip-outside-dates");
        Assert.Equal(trips, await fixture.CountAsync("vehicles_trip"));

        var withTrip = await (await client.PostJsonAsync($"{Root}/{approved.Id}/trip", Trip())).ReadAsync<ReceptionResponse>();
        Assert.NotNull(withTrip.TripId);
        Assert.Equal(approved.Version + 1, withTrip.Version);
        var trip = await (await Admin.GetAsync($"/api/v1/vehicles/trips/{withTrip.TripId}")).ReadAsync<TripResponse>();
        Assert.Equal((organ.Id, TripStatus.Requested, "办公室", "公务接待：某省发改委调研接待", 4, "高铁南站"),
            (trip.OrganId, trip.Status, trip.Applicant, trip.Purpose, trip.Passengers, trip.Origin));
        Assert.Equal(withTrip.TripId, (await (await client.GetAsync($"{Root}/{approved.Id}")).ReadAsync<ReceptionResponse>()).TripId);
        await (await client.PostJsonAsync($"{Root}/{approved.Id}/trip", Trip())).ProblemAsync(HttpStatusCode.Conflict, "reception.trip-requested");
        Assert.Equal(trips + 1, await fixture.CountAsync("vehicles_trip"));

        // Cancelling the reception cancels the pending trip, with the reason.
        await (await Admin.PostAsync($"/api/v1/vehicles/trips/{withTrip.TripId}/approve", null)).ReadAsync<TripResponse>();
        await (await client.PostJsonAsync($"{Root}/{approved.Id}/cancel", new { reason = "来访取消" })).ReadAsync<ReceptionResponse>();
        var cancelled = await (await Admin.GetAsync($"/api/v1/vehicles/trips/{withTrip.TripId}")).ReadAsync<TripResponse>();
        Assert.Equal((TripStatus.Cancelled, "来访取消"), (cancelled.Status, cancelled.Reason));

        // A trip Vehicles already rejected is left as it is.
        var second = await ApprovedAsync(Admin, organ.Id, staff);
        var tripId = (await (await client.PostJsonAsync($"{Root}/{second.Id}/trip", Trip())).ReadAsync<ReceptionResponse>()).TripId;
        await (await Admin.PostJsonAsync($"/api/v1/vehicles/trips/{tripId}/reject", new { reason = "无车可派" })).ReadAsync<TripResponse>();
        await (await client.PostJsonAsync($"{Root}/{second.Id}/cancel", new { reason = "来访取消" })).ReadAsync<ReceptionResponse>();
        var rejected = await (await Admin.GetAsync($"/api/v1/vehicles/trips/{tripId}")).ReadAsync<TripResponse>();
        Assert.Equal((TripStatus.Rejected, "无车可派"), (rejected.Status, rejected.Reason));

        await (await client.PostJsonAsync($"{Root}/{Guid.NewGuid()}/trip", Trip())).ProblemAsync(HttpStatusCode.NotFound, "reception.reception-not-found");
        var stranger = await OrganWithKeyAsync(Admin);
        await (await fixture.ClientFor(fixture.Factory, stranger.Key).PostJsonAsync($"{Root}/{second.Id}/trip", Trip()))
            .ProblemAsync(HttpStatusCode.NotFound, "reception.reception-not-found");
    }

    [ProviderFact]
    public async Task A_receptions_meeting_room_is_a_buildings_booking_in_the_same_transaction_cancelled_with_the_reception()
    {
        var (organ, staff, key) = await OrganWithKeyAsync(Admin);
        var client = fixture.ClientFor(fixture.Factory, key);
        var buildings = new Buildings.BuildingsSetup(Admin);
        var room = await buildings.MeetingRoomAsync(capacity: 10);
        // 09:00–11:00 in Beijing, ten days ahead; the reception is on that business date.
        var start = Buildings.BuildingsSetup.Future(10, hour: 1);
        var day = start.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var draft = await ReceptionAsync(Admin, organ.Id, staff, (await LetterAsync(Admin, organ.Id)).Id, startsOn: day);
        await (await client.PostJsonAsync($"{Root}/{draft.Id}/meeting-room", Room(room.Id, start))).ProblemAsync(HttpStatusCode.Conflict, "reception.reception-state");

        var approved = await ApprovedAsync(Admin, organ.Id, staff, startsOn: day);
        var bookings = await fixture.CountAsync("buildings_booking");
        // The booking route's own field errors, with the same member names; a missing member is a 400, never a 500.
        Assert.Contains("attendees:field.out-of-range",
            (await (await client.PostJsonAsync($"{Root}/{approved.Id}/meeting-room", Room(room.Id, start, attendees: 0))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("endsAt:buildings.window-invalid",
            (await (await client.PostJsonAsync($"{Root}/{approved.Id}/meeting-room", Room(room.Id, start, hours: -1))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await client.PostJsonAsync($"{Root}/{approved.Id}/meeting-room", new { startsAt = Beijing(start), endsAt = Beijing(start.AddHours(1)), attendees = 5 }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing");
        Assert.Contains("roomId:buildings.room-ref-not-found",
            (await (await client.PostJsonAsync($"{Root}/{approved.Id}/meeting-room", Room(Guid.NewGuid(), start))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await client.PostJsonAsync($"{Root}/{approved.Id}/meeting-room", Room(room.Id, start, attendees: 11))).ProblemAsync((HttpStatusCode)422, "buildings.over-capacity");
        await (await client.PostJsonAsync($"{Root}/{approved.Id}/meeting-room", Room(room.Id, start.AddDays(1)))).ProblemAsync(HttpStatusCode.BadRequest, "reception.meeting-room-outside-dates");

        // The room is taken in that window: Buildings' 409 unchanged, and nothing written in Reception either.
        var other = await (await Admin.PostJsonAsync($"{Buildings.BuildingsSetup.Root}/bookings",
            Buildings.BuildingsSetup.Booking(room.Id, organ.Id, start.AddHours(1), start.AddHours(3)))).ReadAsync<Contracts.Buildings.BookingResponse>(HttpStatusCode.Created);
        var conflict = await (await client.PostJsonAsync($"{Root}/{approved.Id}/meeting-room", Room(room.Id, start))).ProblemAsync(HttpStatusCode.Conflict, "buildings.double-booked");
        Assert.Equal(other.Id, conflict.GetProperty("conflicts")[0].GetProperty("bookingId").GetGuid());
        Assert.Equal(bookings + 1, await fixture.CountAsync("buildings_booking"));
        var unchanged = await (await client.GetAsync($"{Root}/{approved.Id}")).ReadAsync<ReceptionResponse>();
        Assert.Equal((approved.Version, (Guid?)null), (unchanged.Version, unchanged.MeetingRoomBookingId));
        await (await Admin.PostJsonAsync($"{Buildings.BuildingsSetup.Root}/bookings/{other.Id}/cancel", new { note = "改期" })).ReadAsync<Contracts.Buildings.BookingResponse>();

        // Booked: the room for the hosting organ, titled with the reception, answered as meetingRoomBookingId.
        var withRoom = await (await client.PostJsonAsync($"{Root}/{approved.Id}/meeting-room", Room(room.Id, start))).ReadAsync<ReceptionResponse>();
        Assert.NotNull(withRoom.MeetingRoomBookingId);
        Assert.Equal(approved.Version + 1, withRoom.Version);
        var booking = await (await Admin.GetAsync($"{Buildings.BuildingsSetup.Root}/bookings/{withRoom.MeetingRoomBookingId}")).ReadAsync<Contracts.Buildings.BookingResponse>();
        Assert.Equal((organ.Id, room.Id, Contracts.Buildings.BookingStatus.Approved, "公务接待：某省发改委调研接待", 8, start, start.AddHours(2)),
            (booking.OrganId, booking.RoomId, booking.Status, booking.Title, booking.Attendees, booking.StartsAt, booking.EndsAt));
        Assert.Equal(withRoom.MeetingRoomBookingId, (await (await client.GetAsync($"{Root}/{approved.Id}")).ReadAsync<ReceptionResponse>()).MeetingRoomBookingId);
        await (await client.PostJsonAsync($"{Root}/{approved.Id}/meeting-room", Room(room.Id, start.AddHours(3)))).ProblemAsync(HttpStatusCode.Conflict, "reception.meeting-room-booked");
        Assert.Equal(bookings + 2, await fixture.CountAsync("buildings_booking"));

        // Cancelling the reception frees the room, with the reason as the booking's note.
        await (await client.PostJsonAsync($"{Root}/{approved.Id}/cancel", new { reason = "来访取消" })).ReadAsync<ReceptionResponse>();
        var cancelled = await (await Admin.GetAsync($"{Buildings.BuildingsSetup.Root}/bookings/{withRoom.MeetingRoomBookingId}")).ReadAsync<Contracts.Buildings.BookingResponse>();
        Assert.Equal((Contracts.Buildings.BookingStatus.Cancelled, "来访取消"), (cancelled.Status, cancelled.DecisionNote));

        // A booking Buildings already cancelled is left as it is when the reception is cancelled.
        var second = await ApprovedAsync(Admin, organ.Id, staff, startsOn: day);
        var bookingId = (await (await client.PostJsonAsync($"{Root}/{second.Id}/meeting-room", Room(room.Id, start))).ReadAsync<ReceptionResponse>()).MeetingRoomBookingId;
        await (await Admin.PostJsonAsync($"{Buildings.BuildingsSetup.Root}/bookings/{bookingId}/cancel", new { note = "会议室检修" })).ReadAsync<Contracts.Buildings.BookingResponse>();
        await (await client.PostJsonAsync($"{Root}/{second.Id}/cancel", new { reason = "来访取消" })).ReadAsync<ReceptionResponse>();
        var kept = await (await Admin.GetAsync($"{Buildings.BuildingsSetup.Root}/bookings/{bookingId}")).ReadAsync<Contracts.Buildings.BookingResponse>();
        Assert.Equal((Contracts.Buildings.BookingStatus.Cancelled, "会议室检修"), (kept.Status, kept.DecisionNote));

        await (await client.PostJsonAsync($"{Root}/{Guid.NewGuid()}/meeting-room", Room(room.Id, start))).ProblemAsync(HttpStatusCode.NotFound, "reception.reception-not-found");
        var stranger = await OrganWithKeyAsync(Admin);
        await (await fixture.ClientFor(fixture.Factory, stranger.Key).PostJsonAsync($"{Root}/{second.Id}/meeting-room", Room(room.Id, start)))
            .ProblemAsync(HttpStatusCode.NotFound, "reception.reception-not-found");
    }

    private static string Beijing(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A meeting-room request with its times written in +08:00, as clients send them.</summary>
    private static object Room(Guid roomId, DateTimeOffset start, int hours = 2, int attendees = 8) =>
        new { roomId, startsAt = Beijing(start), endsAt = Beijing(start.AddHours(hours)), attendees, addOns = new[] { new { kind = "Tea", quantity = attendees, note = "绿茶" } } };

    private static object Trip(int passengers = 4, string startsAt = "2026-12-20T01:00:00Z", string endsAt = "2026-12-20T03:00:00Z") =>
        new { passengers, origin = "高铁南站", destination = "市政府大楼", startsAt, endsAt };

    private static object LetterFrom(Guid organId, string sender, string? creditCode) => new
    {
        organId, senderName = sender, senderCreditCode = creditCode, letterNumber = "函〔2026〕1号", letterDate = "2026-12-01", purpose = "调研", itinerary = (string?)null,
        guests = Guests(2),
    };

    private async Task ApprovedOnLetterAsync(Guid organId, Guid staff, string sender, string? creditCode, decimal? cost)
    {
        var letter = await (await Admin.PostJsonAsync($"{Root}/letters", LetterFrom(organId, sender, creditCode))).ReadAsync<LetterResponse>(HttpStatusCode.Created);
        var reception = await ReceptionAsync(Admin, organId, staff, letter.Id);
        await (await Admin.PostAsync($"{Root}/{reception.Id}/submit", null)).ReadAsync<ReceptionResponse>();
        await (await Admin.PostAsync($"{Root}/{reception.Id}/approve", null)).ReadAsync<ReceptionResponse>();
        if (cost is { } amount)
        {
            await (await Admin.PostJsonAsync($"{Root}/{reception.Id}/costs", Cost(amount: amount))).ReadAsync<CostLineResponse>(HttpStatusCode.Created);
        }
    }
}
