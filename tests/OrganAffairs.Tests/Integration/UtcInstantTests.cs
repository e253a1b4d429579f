using System.Net;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Assets;
using OrganAffairs.Tests.Integration.Buildings;
using Xunit;

namespace OrganAffairs.Tests.Integration;

/// <summary>
/// Clients in China write instants with +08:00. The edge makes every instant UTC (ADR 0016), so the
/// same window written either way is the same window: it conflicts with itself for rooms, vehicles,
/// drivers and assets, and every time filter returns the same rows.
/// </summary>
public abstract class UtcInstantTests(ApiFixture fixture)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private HttpClient Client => fixture.Client;

    private static string Q(DateTimeOffset instant) => Uri.EscapeDataString(instant.ToString("yyyy-MM-ddTHH:mm:sszzz"));

    [ProviderFact]
    public async Task A_room_booked_in_UTC_is_double_booked_in_China_time_and_its_calendar_reads_the_same()
    {
        var setup = new BuildingsSetup(Client);
        var room = await setup.MeetingRoomAsync();
        var organ = await setup.OrganAsync();
        var start = BuildingsSetup.Future(5, hour: 1);
        var booked = await (await Client.PostJsonAsync($"{BuildingsSetup.Root}/bookings", BuildingsSetup.Booking(room.Id, organ.Id, start, start.AddHours(1))))
            .ReadAsync<BookingResponse>(HttpStatusCode.Created);

        var china = BuildingsSetup.Booking(room.Id, organ.Id, start.ToOffset(China), start.AddHours(1).ToOffset(China));
        await (await Client.PostJsonAsync($"{BuildingsSetup.Root}/bookings", china)).ProblemAsync(HttpStatusCode.Conflict, "buildings.double-booked");
        Assert.Equal(1, await fixture.CountAsync("buildings_booking", "room_id = @Id", new { room.Id }));

        var utc = await Client.GetStringAsync($"{BuildingsSetup.Root}/rooms/{room.Id}/calendar?from={Q(start.AddHours(-1))}&to={Q(start.AddHours(2))}");
        var local = await Client.GetStringAsync($"{BuildingsSetup.Root}/rooms/{room.Id}/calendar?from={Q(start.AddHours(-1).ToOffset(China))}&to={Q(start.AddHours(2).ToOffset(China))}");
        Assert.Equal(utc, local);
        Assert.Contains(booked.Id.ToString(), local);
        // A window that ends where the booking starts, written in China time, does not overlap it.
        var before = await Client.GetStringAsync($"{BuildingsSetup.Root}/bookings?roomId={room.Id}&from={Q(start.AddHours(-1).ToOffset(China))}&to={Q(start.ToOffset(China))}");
        Assert.Contains("\"totalCount\":0", before);
    }

    [ProviderFact]
    public async Task A_vehicle_and_a_driver_dispatched_in_UTC_are_double_booked_in_China_time_and_trip_filters_read_the_same()
    {
        var (organ, vehicle, driver) = await TripsApiTests.FleetAsync(Client);
        var otherDriver = await TripsApiTests.DriverAsync(Client, organ.Id);
        var otherVehicle = await (await Client.PostJsonAsync(TripsApiTests.Url, VehicleTestData.Vehicle(organ.Id, "Other"))).ReadAsync<VehicleResponse>(HttpStatusCode.Created);
        var start = BuildingsSetup.Future(7, hour: 2);
        var first = await TripsApiTests.ApprovedTripAsync(Client, organ.Id, start, start.AddHours(1));
        await (await Dispatch(first.Id, vehicle.Id, driver.Id)).ReadAsync<TripResponse>();

        var sameVehicle = await TripsApiTests.ApprovedTripAsync(Client, organ.Id, start.ToOffset(China), start.AddHours(1).ToOffset(China));
        Assert.Equal(start, sameVehicle.StartsAt);
        Assert.Equal(TimeSpan.Zero, sameVehicle.StartsAt.Offset);
        await (await Dispatch(sameVehicle.Id, vehicle.Id, otherDriver.Id)).ProblemAsync(HttpStatusCode.Conflict, "vehicles.double-booked");
        await (await Dispatch(sameVehicle.Id, otherVehicle.Id, driver.Id)).ProblemAsync(HttpStatusCode.Conflict, "vehicles.driver-double-booked");

        var utc = await (await Client.GetAsync($"{TripsApiTests.Url}/trips?organId={organ.Id}&from={Q(start)}&to={Q(start.AddMinutes(30))}")).ReadAsync<PagedResult<TripResponse>>();
        var local = await (await Client.GetAsync($"{TripsApiTests.Url}/trips?organId={organ.Id}&from={Q(start.ToOffset(China))}&to={Q(start.AddMinutes(30).ToOffset(China))}")).ReadAsync<PagedResult<TripResponse>>();
        Assert.Equal(2, utc.TotalCount);
        Assert.Equal(utc.Items.Select(t => t.Id).Order(), local.Items.Select(t => t.Id).Order());
    }

    [ProviderFact]
    public async Task An_asset_reserved_in_UTC_is_taken_in_China_time_and_the_reservation_filter_reads_the_same()
    {
        var setup = new AssetsSetup(fixture);
        var asset = await setup.AssetAsync();
        var organ = await setup.OrganAsync();
        var start = AssetsSetup.Future(9, hour: 3);
        var url = AssetsSetup.Root + "/reservations";
        await (await Client.PostJsonAsync(url, AssetsSetup.Reservation(asset.Id, organ.Id, start, start.AddHours(2)))).ReadAsync<ReservationResponse>(HttpStatusCode.Created);
        await (await Client.PostJsonAsync(url, AssetsSetup.Reservation(asset.Id, organ.Id, start.AddHours(1).ToOffset(China), start.AddHours(3).ToOffset(China))))
            .ProblemAsync(HttpStatusCode.Conflict, "assets.reservation-conflict");
        Assert.Equal(1, await fixture.CountAsync("assets_reservation", "asset_id = @Id", new { asset.Id }));

        var utc = await Client.GetStringAsync($"{url}?assetId={asset.Id}&from={Q(start.AddHours(1))}&to={Q(start.AddHours(3))}");
        var local = await Client.GetStringAsync($"{url}?assetId={asset.Id}&from={Q(start.AddHours(1).ToOffset(China))}&to={Q(start.AddHours(3).ToOffset(China))}");
        Assert.Equal(utc, local);
        Assert.Contains("\"totalCount\":1", local);
    }

    private Task<HttpResponseMessage> Dispatch(Guid tripId, Guid vehicleId, Guid driverId) =>
        Client.PostJsonAsync($"{TripsApiTests.Url}/trips/{tripId}/dispatch", new { vehicleId, driverId });
}
