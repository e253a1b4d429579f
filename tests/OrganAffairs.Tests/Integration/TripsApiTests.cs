using System.Net;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

public abstract class TripsApiTests(ApiFixture fixture)
{
    internal const string Url = "/api/v1/vehicles";
    private HttpClient Client => fixture.Client;

    /// <summary>A whole-minute instant some days ahead, so windows of different tests never share a day with "today".</summary>
    private static DateTimeOffset Future(int days, int hour) =>
        new DateTimeOffset(DateTimeOffset.UtcNow.UtcDateTime.Date, TimeSpan.Zero).AddDays(days).AddHours(hour);

    internal static async Task<(OrganResponse Organ, VehicleResponse Vehicle, DriverResponse Driver)> FleetAsync(
        HttpClient client, int seats = 5, string body = "Sedan", string licenceClass = "C1", string? expires = null)
    {
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(client, perCategory: 100);
        var vehicle = await (await client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, "Other", body: body, seats: seats,
            price: body == "Sedan" ? 150_000m : 170_000m, litres: 1.5m))).ReadAsync<VehicleResponse>(HttpStatusCode.Created);
        var driver = await DriverAsync(client, organ.Id, licenceClass, expires);
        return (organ, vehicle, driver);
    }

    internal static async Task<DriverResponse> DriverAsync(HttpClient client, Guid organId, string licenceClass = "C1", string? expires = null) =>
        await (await client.PostJsonAsync($"{Url}/drivers", new { organId, name = "王师傅", licenceClass, licenceExpiresOn = expires ?? "2035-12-31" }))
            .ReadAsync<DriverResponse>(HttpStatusCode.Created);

    /// <summary>A trip request, approved.</summary>
    internal static async Task<TripResponse> ApprovedTripAsync(HttpClient client, Guid organId, DateTimeOffset start, DateTimeOffset end, int passengers = 2)
    {
        var trip = await (await client.PostJsonAsync($"{Url}/trips", new
        {
            organId, applicant = "张三", purpose = "参加会议", passengers, origin = "市政府", destination = "市应急指挥中心", startsAt = start, endsAt = end,
        })).ReadAsync<TripResponse>(HttpStatusCode.Created);
        return await (await client.PostAsync($"{Url}/trips/{trip.Id}/approve", null)).ReadAsync<TripResponse>();
    }

    private Task<HttpResponseMessage> DispatchAsync(Guid tripId, Guid vehicleId, Guid driverId, string? emergency = null, HttpClient? client = null) =>
        (client ?? Client).PostJsonAsync($"{Url}/trips/{tripId}/dispatch", new { vehicleId, driverId, emergencyApprovalReference = emergency });

    [ProviderFact]
    public async Task A_trip_goes_from_request_to_closed()
    {
        var (organ, vehicle, driver) = await FleetAsync(Client);
        var trip = await ApprovedTripAsync(Client, organ.Id, Future(3, 1), Future(3, 4));
        Assert.Equal(TripStatus.Approved, trip.Status);
        var dispatched = await (await DispatchAsync(trip.Id, vehicle.Id, driver.Id)).ReadAsync<TripResponse>();
        Assert.Equal((TripStatus.Dispatched, vehicle.Id, driver.Id), (dispatched.Status, dispatched.VehicleId, dispatched.DriverId));

        await (await Client.PostJsonAsync($"{Url}/trips/{trip.Id}/start", new { odometerOutKm = 9 })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var started = await (await Client.PostJsonAsync($"{Url}/trips/{trip.Id}/start", new { odometerOutKm = 100 })).ReadAsync<TripResponse>();
        Assert.Equal(TripStatus.InProgress, started.Status);
        Assert.Equal(VehicleStatus.OnTrip, (await (await Client.GetAsync($"{Url}/{vehicle.Id}")).ReadAsync<VehicleResponse>()).Status);
        await (await Client.PostJsonAsync($"{Url}/trips/{trip.Id}/cancel", new { reason = "太晚了" })).ProblemAsync(HttpStatusCode.Conflict, "vehicles.trip-state");

        var bad = await (await Client.PostJsonAsync($"{Url}/trips/{trip.Id}/complete", new { odometerInKm = 99 })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("odometerInKm:vehicles.odometer-backwards", bad.FieldErrors());
        var closed = await (await Client.PostJsonAsync($"{Url}/trips/{trip.Id}/complete", new { odometerInKm = 168, fuelLitres = 6.5m, tolls = 25m, parking = 10.5m }))
            .ReadAsync<TripResponse>();
        Assert.Equal((TripStatus.Completed, 168, 6.5m, 25.00m, 10.50m), (closed.Status, closed.OdometerInKm!.Value, closed.FuelLitres!.Value, closed.Tolls!.Value, closed.Parking!.Value));
        var after = await (await Client.GetAsync($"{Url}/{vehicle.Id}")).ReadAsync<VehicleResponse>();
        Assert.Equal((VehicleStatus.Available, 168), (after.Status, after.OdometerKm));
        Assert.Equal(1, await fixture.CountAsync("shared_outbox", "type = @Type AND payload LIKE @Trip",
            new { Type = typeof(FuelOrChargeRecorded).FullName, Trip = $"%{trip.Id}%" }));
        Assert.True(await fixture.CountAsync("shared_audit", "entity_id = @Id", new { trip.Id }) >= 5);
        var list = await (await Client.GetAsync($"{Url}/trips?vehicleId={vehicle.Id}")).ReadAsync<PagedResult<TripResponse>>();
        Assert.Equal(trip.Id, Assert.Single(list.Items).Id);
    }

    [ProviderFact]
    public async Task Windows_are_kept_in_utc_and_trips_are_listed_by_window()
    {
        var (organ, _, _) = await FleetAsync(Client);
        var created = await (await Client.PostRawAsync($"{Url}/trips", $$"""
            {"organId":"{{organ.Id}}","applicant":"张三","purpose":"调研","passengers":1,"origin":"甲","destination":"乙",
             "startsAt":"2031-05-01T09:00:00+08:00","endsAt":"2031-05-01T11:30:00+08:00"}
            """)).ReadAsync<TripResponse>(HttpStatusCode.Created);
        Assert.Equal(new DateTimeOffset(2031, 5, 1, 1, 0, 0, TimeSpan.Zero), created.StartsAt);
        Assert.Equal(TimeSpan.Zero, created.StartsAt.Offset);
        var read = await (await Client.GetAsync($"{Url}/trips/{created.Id}")).ReadAsync<TripResponse>();
        Assert.Equal(created.EndsAt, read.EndsAt);

        var overlapping = await (await Client.GetAsync($"{Url}/trips?organId={organ.Id}&from=2031-05-01T03:00:00Z&to=2031-05-01T04:00:00Z")).ReadAsync<PagedResult<TripResponse>>();
        Assert.Equal(created.Id, Assert.Single(overlapping.Items).Id);
        var touching = await (await Client.GetAsync($"{Url}/trips?organId={organ.Id}&from=2031-05-01T03:30:00Z&to=2031-05-01T05:00:00Z")).ReadAsync<PagedResult<TripResponse>>();
        Assert.Empty(touching.Items);
        var requested = await (await Client.GetAsync($"{Url}/trips?organId={organ.Id}&status=Requested")).ReadAsync<PagedResult<TripResponse>>();
        Assert.Contains(requested.Items, t => t.Id == created.Id);
    }

    [ProviderFact]
    public async Task Reject_and_cancel_follow_the_states()
    {
        var (organ, vehicle, driver) = await FleetAsync(Client);
        var created = await (await Client.PostJsonAsync($"{Url}/trips", new
        {
            organId = organ.Id, applicant = "张三", purpose = "调研", passengers = 1, origin = "甲", destination = "乙", startsAt = Future(4, 1), endsAt = Future(4, 2),
        })).ReadAsync<TripResponse>(HttpStatusCode.Created);
        await (await DispatchAsync(created.Id, vehicle.Id, driver.Id)).ProblemAsync(HttpStatusCode.Conflict, "vehicles.trip-state");
        await (await Client.PostJsonAsync($"{Url}/trips/{created.Id}/reject", new { reason = "" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var rejected = await (await Client.PostJsonAsync($"{Url}/trips/{created.Id}/reject", new { reason = "可视频参会" })).ReadAsync<TripResponse>();
        Assert.Equal((TripStatus.Rejected, "可视频参会"), (rejected.Status, rejected.Reason));
        await (await Client.PostAsync($"{Url}/trips/{created.Id}/approve", null)).ProblemAsync(HttpStatusCode.Conflict, "vehicles.trip-state");

        // A dispatched trip cancelled frees its vehicle for the same window.
        var first = await ApprovedTripAsync(Client, organ.Id, Future(4, 3), Future(4, 5));
        await (await DispatchAsync(first.Id, vehicle.Id, driver.Id)).ReadAsync<TripResponse>();
        await (await Client.PostJsonAsync($"{Url}/trips/{first.Id}/cancel", new { reason = "取消" })).ReadAsync<TripResponse>();
        var second = await ApprovedTripAsync(Client, organ.Id, Future(4, 3), Future(4, 5));
        await (await DispatchAsync(second.Id, vehicle.Id, driver.Id)).ReadAsync<TripResponse>();
        await (await Client.GetAsync($"{Url}/trips/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "vehicles.trip-not-found");
    }

    [ProviderFact]
    public async Task Exactly_enough_seats_pass_and_one_short_fails()
    {
        var (organ, vehicle, driver) = await FleetAsync(Client, seats: 5);
        var fits = await ApprovedTripAsync(Client, organ.Id, Future(5, 1), Future(5, 2), passengers: 4);
        await (await DispatchAsync(fits.Id, vehicle.Id, driver.Id)).ReadAsync<TripResponse>();
        var tooMany = await ApprovedTripAsync(Client, organ.Id, Future(5, 3), Future(5, 4), passengers: 5);
        var problem = await (await DispatchAsync(tooMany.Id, vehicle.Id, driver.Id)).ProblemAsync((HttpStatusCode)422, "vehicles.not-enough-seats");
        Assert.Contains("seats 5", problem.GetProperty("detail").GetString());
    }

    [ProviderFact]
    public async Task Touching_windows_pass_and_a_minute_of_overlap_is_409_with_the_window()
    {
        var (organ, vehicle, driver) = await FleetAsync(Client);
        var otherDriver = await DriverAsync(Client, organ.Id);
        var otherVehicle = await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, "Other"))).ReadAsync<VehicleResponse>(HttpStatusCode.Created);
        var ten = Future(6, 2);
        var booked = await ApprovedTripAsync(Client, organ.Id, ten, ten.AddHours(1));
        await (await DispatchAsync(booked.Id, vehicle.Id, driver.Id)).ReadAsync<TripResponse>();

        var touching = await ApprovedTripAsync(Client, organ.Id, ten.AddHours(1), ten.AddHours(2));
        await (await DispatchAsync(touching.Id, vehicle.Id, driver.Id)).ReadAsync<TripResponse>();
        var before = await ApprovedTripAsync(Client, organ.Id, ten.AddHours(-1), ten);
        await (await DispatchAsync(before.Id, vehicle.Id, driver.Id)).ReadAsync<TripResponse>();

        var overlapping = await ApprovedTripAsync(Client, organ.Id, ten.AddMinutes(59), ten.AddMinutes(90));
        var problem = await (await DispatchAsync(overlapping.Id, vehicle.Id, otherDriver.Id)).ProblemAsync(HttpStatusCode.Conflict, "vehicles.double-booked");
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(booked.Id.ToString(), detail);
        Assert.Contains(ten.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"), detail);
        var driverProblem = await (await DispatchAsync(overlapping.Id, otherVehicle.Id, driver.Id)).ProblemAsync(HttpStatusCode.Conflict, "vehicles.driver-double-booked");
        Assert.Contains(booked.Id.ToString(), driverProblem.GetProperty("detail").GetString());
        Assert.Equal(TripStatus.Approved, (await (await Client.GetAsync($"{Url}/trips/{overlapping.Id}")).ReadAsync<TripResponse>()).Status);
    }

    [ProviderFact]
    public async Task A_licence_expiring_today_is_valid_and_one_expired_yesterday_is_not()
    {
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Client, perCategory: 10);
        var vehicle = await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, "Other"))).ReadAsync<VehicleResponse>(HttpStatusCode.Created);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
        var endOfToday = new DateTimeOffset(today.ToDateTime(new TimeOnly(23, 0)), TimeSpan.FromHours(8));
        var start = DateTimeOffset.UtcNow.AddMinutes(1) < endOfToday.AddMinutes(-30) ? DateTimeOffset.UtcNow.AddMinutes(1) : endOfToday.AddMinutes(-30);
        var validToday = await DriverAsync(Client, organ.Id, expires: today.ToString("yyyy-MM-dd"));
        var expired = await DriverAsync(Client, organ.Id, expires: today.AddDays(-1).ToString("yyyy-MM-dd"));

        var trip = await ApprovedTripAsync(Client, organ.Id, start, start.AddMinutes(20));
        var problem = await (await DispatchAsync(trip.Id, vehicle.Id, expired.Id)).ProblemAsync((HttpStatusCode)422, "vehicles.licence-expired");
        Assert.Contains(today.AddDays(-1).ToString("yyyy-MM-dd"), problem.GetProperty("detail").GetString());
        await (await DispatchAsync(trip.Id, vehicle.Id, validToday.Id)).ReadAsync<TripResponse>();
        // Valid today but not through a trip next week.
        var later = await ApprovedTripAsync(Client, organ.Id, Future(8, 1), Future(8, 2));
        await (await DispatchAsync(later.Id, vehicle.Id, validToday.Id)).ProblemAsync((HttpStatusCode)422, "vehicles.licence-expired");
    }

    [ProviderFact]
    public async Task The_licence_class_must_cover_the_body_type()
    {
        var (organ, bus, c1) = await FleetAsync(Client, seats: 19, body: "SmallMediumBus", licenceClass: "C1");
        var trip = await ApprovedTripAsync(Client, organ.Id, Future(9, 1), Future(9, 2));
        await (await DispatchAsync(trip.Id, bus.Id, c1.Id)).ProblemAsync((HttpStatusCode)422, "vehicles.licence-class-mismatch");
        var b1 = await DriverAsync(Client, organ.Id, "B1");
        await (await DispatchAsync(trip.Id, bus.Id, b1.Id)).ReadAsync<TripResponse>();
        var bad = await (await Client.PostJsonAsync($"{Url}/drivers", new { organId = organ.Id, name = "赵", licenceClass = "Z9", licenceExpiresOn = "2030-01-01" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("licenceClass:vehicles.licence-class-unknown", bad.FieldErrors());
    }

    [ProviderFact]
    public async Task A_local_licence_class_version_applies_in_its_jurisdiction()
    {
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Client, perCategory: 10, division: "510104");
        var bus = await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, "Other", 170_000m, 1.5m, body: "SmallMediumBus", seats: 9)))
            .ReadAsync<VehicleResponse>(HttpStatusCode.Created);
        var driver = await DriverAsync(Client, organ.Id, "C1");
        var trip = await ApprovedTripAsync(Client, organ.Id, Future(13, 1), Future(13, 2));
        await (await DispatchAsync(trip.Id, bus.Id, driver.Id)).ProblemAsync((HttpStatusCode)422, "vehicles.licence-class-mismatch");
        var version = await (await Client.PostJsonAsync($"{Url}/rules/licence-classes", new
        {
            jurisdiction = "510100", code = "C1", bodyTypes = new[] { "Sedan", "OffRoad", "Mpv", "Special", "SmallMediumBus" }, effectiveFrom = "2020-01-01", source = "测试：9 座以下小型客车",
        })).ReadAsync<LicenceClassResponse>(HttpStatusCode.Created);
        Assert.Contains(BodyType.SmallMediumBus, version.BodyTypes);
        await (await DispatchAsync(trip.Id, bus.Id, driver.Id)).ReadAsync<TripResponse>();
    }

    [ProviderFact]
    public async Task A_vehicle_in_maintenance_or_a_retired_driver_is_not_dispatched()
    {
        var (organ, vehicle, driver) = await FleetAsync(Client);
        var trip = await ApprovedTripAsync(Client, organ.Id, Future(10, 1), Future(10, 2));
        await (await Client.PutJsonAsync($"{Url}/{vehicle.Id}", new { brand = "红旗", model = "H5", status = "Maintenance" }, "\"1\"")).ReadAsync<VehicleResponse>();
        await (await DispatchAsync(trip.Id, vehicle.Id, driver.Id)).ProblemAsync(HttpStatusCode.Conflict, "vehicles.vehicle-unavailable");
        await (await Client.PutJsonAsync($"{Url}/{vehicle.Id}", new { brand = "红旗", model = "H5", status = "Available" }, "\"2\"")).ReadAsync<VehicleResponse>();
        await (await Client.PutJsonAsync($"{Url}/drivers/{driver.Id}", new { name = "王师傅", licenceClass = "C1", licenceExpiresOn = "2035-12-31", status = "Retired" }, "\"1\""))
            .ReadAsync<DriverResponse>();
        await (await DispatchAsync(trip.Id, vehicle.Id, driver.Id)).ProblemAsync(HttpStatusCode.Conflict, "vehicles.driver-unavailable");
    }

    [ProviderFact]
    public async Task Dispatch_inside_a_sealed_period_needs_an_emergency_approval()
    {
        var (organ, vehicle, driver) = await FleetAsync(Client);
        var day = DateOnly.FromDateTime(Future(400 + Random.Shared.Next(2000), 0).UtcDateTime);
        await (await Client.PostJsonAsync($"{Url}/sealed-periods", new { name = "国庆节", startsOn = day.ToString("yyyy-MM-dd"), endsOn = day.AddDays(6).ToString("yyyy-MM-dd") }))
            .ReadAsync<SealedPeriodResponse>(HttpStatusCode.Created);
        await (await Client.PostJsonAsync($"{Url}/sealed-periods", new { name = "倒置", startsOn = "2030-10-08", endsOn = "2030-10-01" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        // Starts the evening before (Beijing time) and ends on the first sealed day.
        var start = new DateTimeOffset(day.ToDateTime(new TimeOnly(22, 0)), TimeSpan.FromHours(8)).AddDays(-1);
        var trip = await ApprovedTripAsync(Client, organ.Id, start, start.AddHours(3));
        var problem = await (await DispatchAsync(trip.Id, vehicle.Id, driver.Id)).ProblemAsync((HttpStatusCode)422, "vehicles.sealed-period");
        Assert.Contains("国庆节", problem.GetProperty("detail").GetString());
        var dispatched = await (await DispatchAsync(trip.Id, vehicle.Id, driver.Id, "应急〔2030〕1号")).ReadAsync<TripResponse>();
        Assert.Equal("应急〔2030〕1号", dispatched.EmergencyApprovalReference);
        // The evening before alone is not sealed.
        var before = await ApprovedTripAsync(Client, organ.Id, start.AddHours(-3), start.AddHours(-1));
        await (await DispatchAsync(before.Id, vehicle.Id, driver.Id)).ReadAsync<TripResponse>();
        var periods = await (await Client.GetAsync($"{Url}/sealed-periods?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}")).ReadAsync<List<SealedPeriodResponse>>();
        Assert.Contains(periods, p => p.Name == "国庆节");
    }

    [ProviderTheory]
    [InlineData("""{"passengers":0}""", "passengers:field.out-of-range")]
    [InlineData("""{"endsAt":"2030-01-01T01:00:00Z"}""", "endsAt:vehicles.trip-window-invalid")]
    [InlineData("""{"endsAt":"2030-03-01T01:00:00Z"}""", "endsAt:vehicles.trip-window-invalid")]
    [InlineData("""{"purpose":""}""", "purpose:field.required")]
    [InlineData("""{"organId":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"}""", "organId:vehicles.organ-ref-not-found")]
    [InlineData("""{"startsAt":"tomorrow"}""", "")]
    [InlineData("""{"passengers":"two"}""", "")]
    public async Task Bad_trip_input_is_400_and_writes_nothing(string overrides, string fieldError)
    {
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Client);
        var body = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(new
        {
            organId = organ.Id, applicant = "张三", purpose = "会议", passengers = 2, origin = "甲", destination = "乙",
            startsAt = "2030-01-01T01:00:00Z", endsAt = "2030-01-01T03:00:00Z",
        }, Http.Json))!.AsObject();
        foreach (var (key, value) in System.Text.Json.Nodes.JsonNode.Parse(overrides)!.AsObject().ToList())
        {
            body[key] = value?.DeepClone();
        }
        var before = await fixture.CountAsync("vehicles_trip");
        var problem = await (await Client.PostRawAsync($"{Url}/trips", body.ToJsonString()))
            .ProblemAsync(HttpStatusCode.BadRequest, fieldError == "" ? "request.malformed" : "request.invalid");
        if (fieldError.Length > 0)
        {
            Assert.Contains(fieldError, problem.FieldErrors());
        }
        Assert.Equal(before, await fixture.CountAsync("vehicles_trip"));
    }

    [ProviderFact]
    public async Task Bad_dispatch_and_driver_input_is_400()
    {
        var (organ, vehicle, driver) = await FleetAsync(Client);
        var trip = await ApprovedTripAsync(Client, organ.Id, Future(11, 1), Future(11, 2));
        var bad = await (await DispatchAsync(trip.Id, Guid.NewGuid(), driver.Id)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("vehicleId:vehicles.vehicle-ref-not-found", bad.FieldErrors());
        bad = await (await DispatchAsync(trip.Id, vehicle.Id, Guid.NewGuid())).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("driverId:vehicles.driver-ref-not-found", bad.FieldErrors());
        await (await Client.PostRawAsync($"{Url}/trips/{trip.Id}/dispatch", """{"vehicleId":"x"}""")).ProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        await (await DispatchAsync(Guid.NewGuid(), vehicle.Id, driver.Id)).ProblemAsync(HttpStatusCode.NotFound, "vehicles.trip-not-found");
        var fuel = await (await Client.PostJsonAsync($"{Url}/trips/{trip.Id}/complete", new { odometerInKm = 1, fuelLitres = 1.0001m })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("fuelLitres:vehicles.quantity-invalid", fuel.FieldErrors());
        await (await Client.PostJsonAsync($"{Url}/drivers", new { organId = organ.Id, name = "", licenceClass = "C1", licenceExpiresOn = "2030-01-01" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.PutJsonAsync($"{Url}/drivers/{driver.Id}", new { name = "王", licenceClass = "C1", licenceExpiresOn = "2030-01-01", status = "Active" }, null))
            .ProblemAsync((HttpStatusCode)428, "concurrency.if-match-required");
        Assert.Contains("status:request.enum-invalid", (await (await Client.GetAsync($"{Url}/trips?status=Flying")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.GetAsync($"{Url}/drivers?status=2")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }

    [ProviderFact]
    public async Task An_ordinary_organ_sees_its_own_trips_and_a_conflict_with_another_organs_trip_names_no_id()
    {
        var (mine, myCar, myDriver) = await FleetAsync(Client);
        var theirs = await VehiclesApiTests.OrganWithQuotaAsync(Client);
        var theirDriver = await DriverAsync(Client, theirs.Id);
        // The bureau dispatches my organ's car for the other organ's trip (centralised dispatch).
        var theirTrip = await ApprovedTripAsync(Client, theirs.Id, Future(12, 1), Future(12, 3));
        await (await DispatchAsync(theirTrip.Id, myCar.Id, theirDriver.Id)).ReadAsync<TripResponse>();

        var key = await (await Client.PostJsonAsync("/api/v1/access/api-keys", new { name = "某局", organId = mine.Id, scopes = new[] { "vehicles.read", "vehicles.write" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        var client = fixture.ClientFor(fixture.Factory, key.Key);
        var myTrip = await ApprovedTripAsync(client, mine.Id, Future(12, 2), Future(12, 4));
        var problem = await (await DispatchAsync(myTrip.Id, myCar.Id, myDriver.Id, client: client)).ProblemAsync(HttpStatusCode.Conflict, "vehicles.double-booked");
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.DoesNotContain(theirTrip.Id.ToString(), detail);
        Assert.Contains(Future(12, 1).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"), detail);

        await (await client.GetAsync($"{Url}/trips/{theirTrip.Id}")).ProblemAsync(HttpStatusCode.NotFound, "vehicles.trip-not-found");
        await (await client.GetAsync($"{Url}/drivers/{theirDriver.Id}")).ProblemAsync(HttpStatusCode.NotFound, "vehicles.driver-not-found");
        var trips = await (await client.GetAsync($"{Url}/trips")).ReadAsync<PagedResult<TripResponse>>();
        Assert.All(trips.Items, t => Assert.Equal(mine.Id, t.OrganId));
        var drivers = await (await client.GetAsync($"{Url}/drivers")).ReadAsync<PagedResult<DriverResponse>>();
        Assert.All(drivers.Items, d => Assert.Equal(mine.Id, d.OrganId));
        await (await client.PostJsonAsync($"{Url}/sealed-periods", new { name = "春节", startsOn = "2031-01-20", endsOn = "2031-01-27" }))
            .ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
    }
}
