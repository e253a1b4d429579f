using System.Net;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.Buildings;

/// <summary>Parallel bookings of one slot through two Host instances on one database.</summary>
public abstract class BuildingsBookingConcurrencyTests(ApiFixture fixture)
{
    private const int Parallel = 50;

    [ProviderFact]
    public async Task Fifty_parallel_bookings_of_one_slot_through_two_hosts_give_exactly_one_201()
    {
        var a = fixture.Client;
        var b = fixture.ClientFor(fixture.CreateFactory());
        var setup = new BuildingsSetup(a);
        var room = await setup.MeetingRoomAsync(capacity: 20);
        var organ = await setup.OrganAsync();
        var start = BuildingsSetup.Future(20);

        var responses = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i =>
            (i % 2 == 0 ? a : b).PostJsonAsync(BuildingsSetup.Root + "/bookings",
                // Different but overlapping windows: every pair conflicts.
                BuildingsSetup.Booking(room.Id, organ.Id, start.AddMinutes(i % 5), start.AddHours(1).AddMinutes(i % 5)))));

        var statuses = string.Join(",", responses.Select(r => (int)r.StatusCode).GroupBy(s => s).Select(g => $"{g.Key}x{g.Count()}"));
        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.Created) == 1, statuses);
        foreach (var conflict in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await conflict.ProblemAsync(HttpStatusCode.Conflict, "buildings.double-booked");
        }
        Assert.Equal(1, await fixture.CountAsync("buildings_booking", "room_id = @Id", new { room.Id }));
    }

    [ProviderFact]
    public async Task Retiring_a_building_while_rooms_are_added_through_two_hosts_never_leaves_an_active_room_in_a_retired_building()
    {
        var a = fixture.Client;
        var b = fixture.ClientFor(fixture.CreateFactory());
        var setup = new BuildingsSetup(a);
        for (var round = 0; round < 5; round++)
        {
            var building = await setup.BuildingAsync();
            var floor = await setup.FloorAsync(building.Id);
            var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => i == 3
                ? b.PostJsonAsync($"{BuildingsSetup.Root}/{building.Id}/retire", new { retiredOn = "2026-12-31", reason = "拆除" })
                : (i % 2 == 0 ? a : b).PostJsonAsync($"{BuildingsSetup.Root}/rooms", new
                {
                    floorId = floor.Id, number = $"R{round}-{i}", type = "Office", usableArea = 20.00m, capacity = 2, bookable = false, requiresApproval = false,
                })));
            var retired = responses[3].StatusCode == HttpStatusCode.OK;
            var statuses = string.Join(",", responses.Select(r => (int)r.StatusCode));
            var activeRooms = await fixture.CountAsync("buildings_room", "floor_id = @FloorId AND status = @Active", new { FloorId = floor.Id, Active = "Active" });
            // Either the retirement came first (every later room is refused) or a room did (the retirement is refused).
            Assert.True(retired ? activeRooms == 0 : activeRooms > 0, $"retired={retired}, active rooms={activeRooms}, statuses={statuses}");
        }
    }
}
