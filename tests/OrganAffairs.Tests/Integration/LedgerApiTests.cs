using System.Net;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

public abstract class LedgerApiTests(ApiFixture fixture)
{
    private const string Url = "/api/v1/vehicles";
    private HttpClient Client => fixture.Client;

    private Task<HttpResponseMessage> CostAsync(Guid vehicleId, string kind, decimal amount, string on, decimal? quantity = null, HttpClient? client = null) =>
        (client ?? Client).PostJsonAsync($"{Url}/{vehicleId}/costs", new { kind, amount, occurredOn = on, quantity, note = "测试" });

    [ProviderFact]
    public async Task Costs_are_recorded_listed_and_published()
    {
        var (_, vehicle, _) = await TripsApiTests.FleetAsync(Client);
        var cost = await (await CostAsync(vehicle.Id, "Fuel", 300.25m, "2026-10-31", 42.5m)).ReadAsync<CostResponse>(HttpStatusCode.Created);
        Assert.Equal(("2026-10", 300.25m, 42.5m), (cost.Month, cost.Amount, cost.Quantity!.Value));
        await (await CostAsync(vehicle.Id, "Repair", 860m, "2026-11-01")).ReadAsync<CostResponse>(HttpStatusCode.Created);
        var october = await (await Client.GetAsync($"{Url}/{vehicle.Id}/costs?month=2026-10")).ReadAsync<PagedResult<CostResponse>>();
        Assert.Equal(cost.Id, Assert.Single(october.Items).Id);
        Assert.Equal(1, await fixture.CountAsync("shared_outbox", "type = @Type AND payload LIKE @Cost", new { Type = typeof(VehicleCostRecorded).FullName, Cost = $"%{cost.Id}%" }));
        Assert.Equal(1, await fixture.CountAsync("shared_outbox", "type = @Type AND payload LIKE @Vehicle", new { Type = typeof(FuelOrChargeRecorded).FullName, Vehicle = $"%{vehicle.Id}%" }));
        Assert.Equal(30025, await ScalarAsync("SELECT amount_fen FROM vehicles_cost WHERE id = @Id", cost.Id));
    }

    [ProviderTheory]
    [InlineData("""{"kind":"Repair","amount":10.001,"occurredOn":"2026-11-01"}""", "amount:vehicles.amount-invalid")]
    [InlineData("""{"kind":"Repair","amount":10,"occurredOn":"2026-11-01","quantity":3}""", "quantity:vehicles.quantity-invalid")]
    [InlineData("""{"kind":"Fuel","amount":10,"occurredOn":"2026-11-01","quantity":-1}""", "quantity:vehicles.quantity-invalid")]
    [InlineData("""{"kind":"Lunch","amount":10,"occurredOn":"2026-11-01"}""", "kind:request.enum-invalid")]
    [InlineData("""{"kind":"Repair","amount":"ten","occurredOn":"2026-11-01"}""", "")]
    public async Task Bad_cost_input_is_400_and_writes_nothing(string body, string fieldError)
    {
        var (_, vehicle, _) = await TripsApiTests.FleetAsync(Client);
        var problem = await (await Client.PostRawAsync($"{Url}/{vehicle.Id}/costs", body)).ProblemAsync(HttpStatusCode.BadRequest, fieldError == "" ? "request.malformed" : "request.invalid");
        if (fieldError.Length > 0)
        {
            Assert.Contains(fieldError, problem.FieldErrors());
        }
        Assert.Equal(0, await fixture.CountAsync("vehicles_cost", "vehicle_id = @Id", new { vehicle.Id }));
        await (await CostAsync(Guid.NewGuid(), "Repair", 1m, "2026-11-01")).ProblemAsync(HttpStatusCode.NotFound, "vehicles.vehicle-not-found");
    }

    [ProviderFact]
    public async Task The_report_sums_per_vehicle_per_month_and_per_organ_in_json_and_csv()
    {
        var (organ, vehicle, driver) = await TripsApiTests.FleetAsync(Client);
        var second = await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, "Other"))).ReadAsync<VehicleResponse>(HttpStatusCode.Created);
        await (await CostAsync(vehicle.Id, "Fuel", 0.1m, "2026-11-01", 1m)).ReadAsync<CostResponse>(HttpStatusCode.Created);
        await (await CostAsync(vehicle.Id, "Fuel", 0.2m, "2026-11-30", 1m)).ReadAsync<CostResponse>(HttpStatusCode.Created);
        await (await CostAsync(vehicle.Id, "Insurance", 5000m, "2026-12-01")).ReadAsync<CostResponse>(HttpStatusCode.Created);
        await (await CostAsync(second.Id, "Repair", 99.99m, "2026-11-15")).ReadAsync<CostResponse>(HttpStatusCode.Created);
        // A completed trip adds its tolls and parking as costs and its distance to the month it started.
        var start = new DateTimeOffset(2026, 11, 10, 1, 0, 0, TimeSpan.Zero);
        var trip = await TripsApiTests.ApprovedTripAsync(Client, organ.Id, start, start.AddHours(2));
        await (await Client.PostJsonAsync($"{Url}/trips/{trip.Id}/dispatch", new { vehicleId = vehicle.Id, driverId = driver.Id })).ReadAsync<TripResponse>();
        await (await Client.PostJsonAsync($"{Url}/trips/{trip.Id}/start", new { odometerOutKm = 1000 })).ReadAsync<TripResponse>();
        await (await Client.PostJsonAsync($"{Url}/trips/{trip.Id}/complete", new { odometerInKm = 1042, tolls = 15m, parking = 5.5m })).ReadAsync<TripResponse>();

        var report = await (await Client.GetAsync($"{Url}/reports/costs?organId={organ.Id}&from=2026-11&to=2026-11")).ReadAsync<CostReportResponse>();
        var november = report.Vehicles.Single(v => v.VehicleId == vehicle.Id);
        Assert.Equal((0.30m, 15.00m, 5.50m, 20.80m, 42), (november.Fuel, november.Tolls, november.Parking, november.Total, november.DistanceKm));
        Assert.Equal(99.99m, report.Vehicles.Single(v => v.VehicleId == second.Id).Repair);
        var totals = Assert.Single(report.Organs);
        Assert.Equal((120.79m, 42), (totals.Total, totals.DistanceKm));

        var csvResponse = await Client.GetAsync($"{Url}/reports/costs?organId={organ.Id}&from=2026-11&to=2026-12&format=Csv");
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", csvResponse.Content.Headers.ContentType?.CharSet);
        Assert.Equal([0xEF, 0xBB, 0xBF], (await csvResponse.Content.ReadAsByteArrayAsync())[..3]);
        var lines = (await csvResponse.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("row,organId,vehicleId,plate,month,fuel,charge,repair,insurance,tolls,parking,other,total,distanceKm", lines[0]);
        Assert.Contains(lines, l => l.StartsWith($"vehicle,{organ.Id},{vehicle.Id},{vehicle.Plate},2026-12,0.00,0.00,0.00,5000.00", StringComparison.Ordinal));
        Assert.Contains(lines, l => l == $"organ,{organ.Id},,,2026-11/2026-12,0.30,0.00,99.99,5000.00,15.00,5.50,0.00,5120.79,42");
        var viaAccept = new HttpRequestMessage(HttpMethod.Get, $"{Url}/reports/costs?organId={organ.Id}&from=2026-11&to=2026-11");
        viaAccept.Headers.Accept.ParseAdd("text/csv");
        Assert.Equal("text/csv", (await Client.SendAsync(viaAccept)).Content.Headers.ContentType?.MediaType);

        await (await Client.GetAsync($"{Url}/reports/costs?from=2026-13&to=2026-12")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Url}/reports/costs?from=2026-12&to=2026-11")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("format:request.enum-invalid", (await (await Client.GetAsync($"{Url}/reports/costs?from=2026-11&to=2026-12&format=pdf")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
    }

    [ProviderFact]
    public async Task An_ordinary_organ_reports_and_records_only_its_own_costs()
    {
        var (mine, myCar, _) = await TripsApiTests.FleetAsync(Client);
        var (theirs, theirCar, _) = await TripsApiTests.FleetAsync(Client);
        await (await CostAsync(myCar.Id, "Repair", 1m, "2026-09-01")).ReadAsync<CostResponse>(HttpStatusCode.Created);
        await (await CostAsync(theirCar.Id, "Repair", 2m, "2026-09-01")).ReadAsync<CostResponse>(HttpStatusCode.Created);
        var key = await (await Client.PostJsonAsync("/api/v1/access/api-keys", new { name = "某局", organId = mine.Id, scopes = new[] { "vehicles.read", "vehicles.write" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        var client = fixture.ClientFor(fixture.Factory, key.Key);
        var report = await (await client.GetAsync($"{Url}/reports/costs?from=2026-09&to=2026-09")).ReadAsync<CostReportResponse>();
        Assert.All(report.Vehicles, v => Assert.Equal(mine.Id, v.OrganId));
        Assert.Contains(report.Vehicles, v => v.VehicleId == myCar.Id);
        await (await CostAsync(theirCar.Id, "Repair", 1m, "2026-09-01", client: client)).ProblemAsync(HttpStatusCode.NotFound, "vehicles.vehicle-not-found");
        await (await client.GetAsync($"{Url}/{theirCar.Id}/costs")).ProblemAsync(HttpStatusCode.NotFound, "vehicles.vehicle-not-found");
        Assert.DoesNotContain(theirs.Id.ToString(), await (await client.GetAsync($"{Url}/reports/costs?from=2026-09&to=2026-09&format=Csv")).Content.ReadAsStringAsync());
    }

    [ProviderFact]
    public async Task An_odometer_correction_needs_a_reason_and_is_audited()
    {
        var (_, vehicle, _) = await TripsApiTests.FleetAsync(Client);
        var bad = await (await Client.PostJsonAsync($"{Url}/{vehicle.Id}/odometer-corrections", new { odometerKm = 5, reason = "" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("reason:field.required", bad.FieldErrors());
        var corrected = await (await Client.PostJsonAsync($"{Url}/{vehicle.Id}/odometer-corrections", new { odometerKm = 5, reason = "仪表更换" })).ReadAsync<VehicleResponse>();
        Assert.Equal(5, corrected.OdometerKm);
        Assert.Equal(1, await fixture.CountAsync("shared_audit", "entity_id = @Id AND action = @Action AND changes LIKE @Reason",
            new { vehicle.Id, Action = "Vehicles.CorrectOdometer", Reason = "%仪表更换%" }));
        await (await Client.PostJsonAsync($"{Url}/{Guid.NewGuid()}/odometer-corrections", new { odometerKm = 5, reason = "x" })).ProblemAsync(HttpStatusCode.NotFound, "vehicles.vehicle-not-found");
    }

    [ProviderFact]
    public async Task Cost_and_fuel_notifications_are_delivered_after_commit_and_never_for_a_refused_request()
    {
        var (_, vehicle, _) = await TripsApiTests.FleetAsync(Client);
        await (await CostAsync(vehicle.Id, "Charge", 55m, "2026-11-02", 30.5m)).ReadAsync<CostResponse>(HttpStatusCode.Created);
        await (await CostAsync(vehicle.Id, "Charge", 55.001m, "2026-11-02", 30.5m)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var payload = new { P = $"%{vehicle.Id}%" };
        // The dispatcher of a running Host delivers them after commit and marks them.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        // The registration's VehicleAcquired, the cost's VehicleCostRecorded and FuelOrChargeRecorded.
        while (await fixture.CountAsync("shared_outbox", "dispatched_at IS NOT NULL AND payload LIKE @P", payload) < 3)
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for the vehicle's notifications to be dispatched");
            await Task.Delay(100);
        }
        Assert.Equal(3, await fixture.CountAsync("shared_outbox", "payload LIKE @P", payload));
        Assert.Equal(1, await fixture.CountAsync("shared_outbox", "type = @Type AND payload LIKE @P", new { Type = typeof(FuelOrChargeRecorded).FullName, payload.P }));
        Assert.Equal(1, await fixture.CountAsync("shared_outbox", "type = @Type AND payload LIKE @P", new { Type = typeof(VehicleAcquired).FullName, payload.P }));
    }

    private async Task<long> ScalarAsync(string sql, Guid id)
    {
        await using var connection = fixture.OpenConnection();
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, sql, new { Id = id });
    }
}
