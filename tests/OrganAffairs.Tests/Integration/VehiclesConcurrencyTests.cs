using System.Net;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

/// <summary>Parallel dispatches through two Host instances on one database: a vehicle or a driver is never double-booked.</summary>
public abstract class VehiclesConcurrencyTests(ApiFixture fixture)
{
    private const string Url = "/api/v1/vehicles";
    private const int Parallel = 50;

    private (HttpClient A, HttpClient B) TwoHosts() => (fixture.Client, fixture.ClientFor(fixture.CreateFactory()));

    private static DateTimeOffset Window(int days) => new DateTimeOffset(DateTimeOffset.UtcNow.UtcDateTime.Date, TimeSpan.Zero).AddDays(days).AddHours(2);

    [ProviderFact]
    public async Task Fifty_parallel_dispatches_of_one_vehicle_for_overlapping_windows_let_exactly_one_win()
    {
        var (a, b) = TwoHosts();
        var (organ, vehicle, _) = await TripsApiTests.FleetAsync(a);
        var start = Window(20);
        var drivers = new List<DriverResponse>();
        var trips = new List<TripResponse>();
        for (var i = 0; i < Parallel; i++)
        {
            drivers.Add(await TripsApiTests.DriverAsync(a, organ.Id));
            // Every window overlaps every other one (they all contain start + 50 min).
            trips.Add(await TripsApiTests.ApprovedTripAsync(a, organ.Id, start.AddMinutes(i), start.AddMinutes(51 + i)));
        }

        var responses = await Task.WhenAll(trips.Select((t, i) => (i % 2 == 0 ? a : b).PostJsonAsync($"{Url}/trips/{t.Id}/dispatch",
            new { vehicleId = vehicle.Id, driverId = drivers[i].Id })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        foreach (var conflict in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await conflict.ProblemAsync(HttpStatusCode.Conflict, "vehicles.double-booked");
        }
        Assert.Equal(1, await fixture.CountAsync("vehicles_trip", "vehicle_id = @Id AND status = @Status", new { vehicle.Id, Status = "Dispatched" }));
    }

    [ProviderFact]
    public async Task Fifty_parallel_dispatches_of_one_driver_for_overlapping_windows_let_exactly_one_win()
    {
        var (a, b) = TwoHosts();
        var (organ, _, driver) = await TripsApiTests.FleetAsync(a);
        var start = Window(21);
        var vehicles = new List<VehicleResponse>();
        var trips = new List<TripResponse>();
        for (var i = 0; i < Parallel; i++)
        {
            vehicles.Add(await (await a.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, "Other"))).ReadAsync<VehicleResponse>(HttpStatusCode.Created));
            trips.Add(await TripsApiTests.ApprovedTripAsync(a, organ.Id, start.AddMinutes(i), start.AddMinutes(51 + i)));
        }

        var responses = await Task.WhenAll(trips.Select((t, i) => (i % 2 == 0 ? a : b).PostJsonAsync($"{Url}/trips/{t.Id}/dispatch",
            new { vehicleId = vehicles[i].Id, driverId = driver.Id })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        foreach (var conflict in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await conflict.ProblemAsync(HttpStatusCode.Conflict, "vehicles.driver-double-booked");
        }
        Assert.Equal(1, await fixture.CountAsync("vehicles_trip", "driver_id = @Id AND status = @Status", new { driver.Id, Status = "Dispatched" }));
    }

    [ProviderFact]
    public async Task Parallel_registrations_never_exceed_the_quota()
    {
        var (a, b) = TwoHosts();
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(a, perCategory: 3);
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? a : b).PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, "Other"))));
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await refused.ProblemAsync((HttpStatusCode)422, "vehicles.over-quota");
        }
        Assert.Equal(3, await fixture.CountAsync("vehicles_vehicle", "organ_id = @Id", new { organ.Id }));
    }

    [ProviderFact]
    public async Task Parallel_registrations_of_one_plate_in_different_organs_register_it_once()
    {
        var (a, b) = TwoHosts();
        var organs = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            organs.Add((await VehiclesApiTests.OrganWithQuotaAsync(a)).Id);
        }
        var plate = VehicleTestData.Plate();
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            (i % 2 == 0 ? a : b).PostJsonAsync(Url, VehicleTestData.Vehicle(organs[i % organs.Count], "Other", plate: plate))));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var conflict in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await conflict.ProblemAsync(HttpStatusCode.Conflict, "vehicles.plate-taken");
        }
        Assert.Equal(1, await fixture.CountAsync("vehicles_vehicle", "plate = @Plate", new { Plate = plate }));
    }
}
