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
}
