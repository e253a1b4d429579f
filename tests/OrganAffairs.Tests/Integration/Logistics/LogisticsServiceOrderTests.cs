using System.Net;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Shared.Security;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Buildings;
using Xunit;
using static OrganAffairs.Tests.Integration.Logistics.LogisticsSetup;

namespace OrganAffairs.Tests.Integration.Logistics;

/// <summary>
/// Conference service orders from booking add-ons (issue 20 item 5): through the outbox end to end, delivered, cancelled with the
/// booking, idempotent per booking and kind under redelivery, backfilled once; catering never above the attendees.
/// </summary>
public abstract class LogisticsServiceOrderTests(ApiFixture fixture)
{
    private const string Services = Root + "/service-orders";
    private const string Bookings = "/api/v1/buildings/bookings";
    private HttpClient Admin => fixture.Client;

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}");
            await Task.Delay(100);
        }
    }

    private static async Task<PagedResult<ServiceOrderResponse>> OrdersOfAsync(HttpClient client, Guid bookingId) =>
        await (await client.GetAsync($"{Services}?bookingId={bookingId}")).ReadAsync<PagedResult<ServiceOrderResponse>>();

    private static async Task<(BookingResponse Booking, Guid OrganId)> BookAsync(HttpClient client, int attendees, object addOns, int days = 3)
    {
        var space = new BuildingsSetup(client);
        var room = await space.MeetingRoomAsync(capacity: 20);
        var organ = await space.OrganAsync();
        var start = BuildingsSetup.Future(days);
        var booking = await (await client.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start, start.AddHours(2), attendees, addOns)))
            .ReadAsync<BookingResponse>(HttpStatusCode.Created);
        return (booking, organ.Id);
    }

    [ProviderFact]
    public async Task A_bookings_add_ons_become_service_orders_through_the_outbox_and_its_cancellation_cancels_those_not_delivered()
    {
        var (booking, organId) = await BookAsync(Admin, 10, new object[]
        {
            new { kind = "Tea", quantity = 6, note = "绿茶" }, new { kind = "Tea", quantity = 4, note = "红茶" },
            new { kind = "Catering", quantity = 10, note = "工作餐" }, new { kind = "Setup", quantity = 1, note = (string?)null },
        });
        await WaitUntilAsync(async () => (await OrdersOfAsync(Admin, booking.Id)).TotalCount == 3, "three service orders");
        var orders = (await OrdersOfAsync(Admin, booking.Id)).Items.ToDictionary(o => o.Kind);
        Assert.Equal((10, 10, "绿茶；红茶"), (orders[AddOnKind.Tea].Quantity, orders[AddOnKind.Tea].RequestedQuantity, orders[AddOnKind.Tea].Note));
        Assert.Equal((10, 10), (orders[AddOnKind.Catering].Quantity, orders[AddOnKind.Catering].Attendees));
        Assert.All(orders.Values, o => Assert.Equal((ServiceOrderStatus.Requested, booking.StartsAt, organId, booking.RoomId), (o.Status, o.DueAt, o.OrganId, o.RoomId)));

        // Delivered with If-Match: missing 428, stale 412, twice 409.
        var tea = orders[AddOnKind.Tea];
        await (await Admin.SendAsync(Http.Request(HttpMethod.Post, $"{Services}/{tea.Id}/deliver", "{}"))).ProblemAsync((HttpStatusCode)428, "concurrency.if-match-required");
        await (await Admin.SendAsync(Http.Request(HttpMethod.Post, $"{Services}/{tea.Id}/deliver", "{}", "\"7\""))).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        var delivered = await (await Admin.SendAsync(Http.Request(HttpMethod.Post, $"{Services}/{tea.Id}/deliver", JsonSerializer.Serialize(new { note = "已送达" }), $"\"{tea.Version}\"")))
            .ReadAsync<ServiceOrderResponse>();
        Assert.Equal((ServiceOrderStatus.Delivered, "已送达", 2L), (delivered.Status, delivered.DeliveryNote, delivered.Version));
        Assert.NotNull(delivered.DeliveredAt);
        await (await Admin.SendAsync(Http.Request(HttpMethod.Post, $"{Services}/{tea.Id}/deliver", "{}", $"\"{delivered.Version}\""))).ProblemAsync(HttpStatusCode.Conflict, "logistics.service-order-state");

        await (await Admin.PostJsonAsync($"{Bookings}/{booking.Id}/cancel", new { note = "会议取消" })).ReadAsync<BookingResponse>();
        await WaitUntilAsync(async () => (await OrdersOfAsync(Admin, booking.Id)).Items.Count(o => o.Status == ServiceOrderStatus.Cancelled) == 2, "the undelivered orders cancelled");
        var after = (await OrdersOfAsync(Admin, booking.Id)).Items.ToDictionary(o => o.Kind);
        Assert.Equal(ServiceOrderStatus.Delivered, after[AddOnKind.Tea].Status);
        Assert.NotNull(after[AddOnKind.Catering].CancelledAt);
    }

    [ProviderFact]
    public async Task Catering_above_the_attendees_is_422_at_the_booking_and_nothing_is_written()
    {
        var space = new BuildingsSetup(Admin);
        var room = await space.MeetingRoomAsync(capacity: 20);
        var organ = await space.OrganAsync();
        var start = BuildingsSetup.Future(4);
        var before = await fixture.CountAsync("buildings_booking", "room_id = @Id", new { room.Id });
        await (await Admin.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start, start.AddHours(1), 8,
            new object[] { new { kind = "Catering", quantity = 5 }, new { kind = "Catering", quantity = 4 } })))
            .ProblemAsync((HttpStatusCode)422, "buildings.catering-above-attendees");
        Assert.Equal(before, await fixture.CountAsync("buildings_booking", "room_id = @Id", new { room.Id }));
        // Just inside: as many servings as attendees.
        await (await Admin.PostJsonAsync(Bookings, BuildingsSetup.Booking(room.Id, organ.Id, start, start.AddHours(1), 8,
            new object[] { new { kind = "Catering", quantity = 8 } }))).ReadAsync<BookingResponse>(HttpStatusCode.Created);
    }

    [ProviderFact]
    public async Task A_redelivered_add_on_notification_never_creates_a_second_order_even_when_two_hosts_handle_it_at_once()
    {
        using var first = fixture.CreateFactory();
        using var second = fixture.CreateFactory();
        var bookingId = Guid.NewGuid();
        var start = BuildingsSetup.Future(5);
        var e = new MeetingServicesRequested(Guid.NewGuid(), DateTimeOffset.UtcNow, bookingId, Guid.NewGuid(), fixture.BureauOrganId, start, start.AddHours(1), 12,
            [new BookingAddOn(AddOnKind.Tea, 12, null), new BookingAddOn(AddOnKind.Catering, 20, "午餐"), new BookingAddOn(AddOnKind.AudioVisual, 1, null)]);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            await using var scope = (i % 2 == 0 ? first : second).Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().SetSystem();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(e);
        }));
        Assert.Equal(3, await fixture.CountAsync("logistics_service_order", "booking_id = @Id", new { Id = bookingId }));
        var catering = (await OrdersOfAsync(Admin, bookingId)).Items.Single(o => o.Kind == AddOnKind.Catering);
        // An add-on recorded before the booking check: served for the attendees only, what was asked kept.
        Assert.Equal((12, 20), (catering.Quantity, catering.RequestedQuantity));
    }

    [ProviderFact]
    public async Task Bookings_made_before_the_consumer_are_backfilled_once_keyed_by_booking_id()
    {
        // A Host whose dispatcher never runs: the events are not delivered, as for bookings made before Logistics consumed them.
        using var silent = fixture.CreateFactory(new Dictionary<string, string?> { ["Outbox:Enabled"] = "false", ["Logistics:BackfillOnStart"] = "false" });
        var client = fixture.ClientFor(silent);
        var (kept, _) = await BookAsync(client, 6, new object[] { new { kind = "Tea", quantity = 6 }, new { kind = "AudioVisual", quantity = 1 } });
        var (cancelled, _) = await BookAsync(client, 6, new object[] { new { kind = "Setup", quantity = 1 } });
        await (await client.PostJsonAsync($"{Bookings}/{cancelled.Id}/cancel", new { })).ReadAsync<BookingResponse>();

        var backfill = silent.Services.GetRequiredService<OrganAffairs.Logistics.Support.ServiceOrderBackfill>();
        await backfill.RunAsync(force: true, CancellationToken.None);
        Assert.Equal(2, await fixture.CountAsync("logistics_service_order", "booking_id = @Id", new { kept.Id }));
        // Another Host of this fixture may deliver the silent Host's events meanwhile (create, then cancel): a cancelled
        // booking may have a cancelled order, and never keeps a live one. An order the backfill made would stay live.
        await WaitUntilAsync(async () => await fixture.CountAsync("logistics_service_order", "booking_id = @Id AND status <> @Cancelled",
            new { cancelled.Id, Cancelled = nameof(ServiceOrderStatus.Cancelled) }) == 0, "no live order for the cancelled booking");
        Assert.Equal(1, await fixture.CountAsync("logistics_backfill", "source = @S", new { S = "BookingAddOns" }));

        Assert.Equal(0, await backfill.RunAsync(force: true, CancellationToken.None));
        Assert.Equal(0, await backfill.RunAsync(force: false, CancellationToken.None));
        Assert.Equal(2, await fixture.CountAsync("logistics_service_order", "booking_id = @Id", new { kept.Id }));
    }

    [ProviderFact]
    public async Task Bad_input_is_400_another_organs_order_is_404()
    {
        await (await Admin.GetAsync($"{Services}?kind=Karaoke")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Admin.GetAsync($"{Services}?dueFrom=2026-12-02T10:00:00%2B08:00&dueTo=2026-12-01T10:00:00%2B08:00")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Admin.GetAsync($"{Services}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "logistics.service-order-not-found");
        await (await Admin.SendAsync(Http.Request(HttpMethod.Post, $"{Services}/{Guid.NewGuid()}/deliver", "{\"note\":" + JsonSerializer.Serialize(new string('x', 501)) + "}", "\"1\"")))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");

        var (booking, _) = await BookAsync(Admin, 4, new object[] { new { kind = "Tea", quantity = 4 } }, days: 6);
        await WaitUntilAsync(async () => (await OrdersOfAsync(Admin, booking.Id)).TotalCount == 1, "the service order");
        var order = (await OrdersOfAsync(Admin, booking.Id)).Items.Single();
        var stranger = await OrganAsync(Admin);
        var theirs = fixture.ClientFor(fixture.Factory, await KeyAsync(Admin, stranger.Id));
        await (await theirs.GetAsync($"{Services}/{order.Id}")).ProblemAsync(HttpStatusCode.NotFound, "logistics.service-order-not-found");
        Assert.Equal(0, (await OrdersOfAsync(theirs, booking.Id)).TotalCount);
        Assert.Equal(order.Id, (await (await Admin.SendAsync(Http.Request(HttpMethod.Get, $"{Services}/{order.Id}", language: "zh-CN"))).ReadAsync<ServiceOrderResponse>()).Id);
    }
}
