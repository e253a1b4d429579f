using OrganAffairs.Contracts.Costs;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Costs.CostsSetup;
using static OrganAffairs.Tests.Integration.Reception.ReceptionSetup;

namespace OrganAffairs.Tests.Integration.Costs;

/// <summary>The same events delivered by two Host instances at once count exactly once (at-least-once delivery, one ledger entry per item).</summary>
public abstract class CostsConcurrencyTests(ApiFixture fixture)
{
    [ProviderFact]
    public async Task The_same_events_delivered_by_two_hosts_at_once_count_once()
    {
        var organ = await OrganAsync(fixture.Client);
        var (a, b) = (fixture.Factory, fixture.CreateFactory());
        var events = Enumerable.Range(1, 10).Select(i => ReceptionCost(organ.Id, i * 100)).ToList();
        await Task.WhenAll(events.SelectMany(e => new[] { DeliverAsync(a, e), DeliverAsync(b, e), DeliverAsync(a, e), DeliverAsync(b, e) }));
        var actuals = await ActualsAsync(fixture.Client, organ.Id);
        Assert.Equal((55.00m, 10), (Line(actuals, CostLine.Reception), actuals.Lines.Single(l => l.Line == CostLine.Reception).Entries));
        Assert.Equal(10, await fixture.CountAsync("costs_entry", "organ_id = @Id", new { organ.Id }));
        await AssertTotalsMatchEntriesAsync(fixture, organ.Id);
    }

    [ProviderFact]
    public async Task A_purchase_delivered_twice_by_two_hosts_at_once_counts_once()
    {
        var organ = await OrganAsync(fixture.Client);
        var (a, b) = (fixture.Factory, fixture.CreateFactory());
        var vehicleId = Guid.NewGuid();
        var acquired = new OrganAffairs.Contracts.Vehicles.VehicleAcquired(Guid.NewGuid(), DateTimeOffset.UtcNow, vehicleId, vehicleId, organ.Id,
            OrganAffairs.Contracts.Vehicles.AcquisitionMethod.Purchase, "VehiclePurchase", 15_000_000, new DateOnly(2026, 3, 1));
        // The same event twice, and a redelivery under another event id, from both Hosts at once.
        var again = acquired with { EventId = Guid.NewGuid() };
        await Task.WhenAll(DeliverAsync(a, acquired), DeliverAsync(b, acquired), DeliverAsync(a, again), DeliverAsync(b, again));
        var actuals = await ActualsAsync(fixture.Client, organ.Id);
        Assert.Equal((150_000.00m, 1), (Line(actuals, CostLine.VehiclePurchase), actuals.Lines.Single(l => l.Line == CostLine.VehiclePurchase).Entries));
        Assert.Equal(1, await fixture.CountAsync("costs_entry", "entry_id = @Id", new { Id = vehicleId }));
        await AssertTotalsMatchEntriesAsync(fixture, organ.Id);
    }

    [ProviderFact]
    public async Task Post_missing_called_by_two_hosts_at_once_posts_each_item_once()
    {
        var admin = fixture.Client;
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(admin);
        var vehicle = await CostsReconciliationTests.RegisterAsync(admin, organ.Id, "Purchase", 150_000m, "2026-03-01");
        var cost = await (await admin.PostJsonAsync($"/api/v1/vehicles/{vehicle.Id}/costs", new { kind = "Repair", amount = 860.40m, occurredOn = "2026-06-30" }))
            .ReadAsync<OrganAffairs.Contracts.Vehicles.CostResponse>(System.Net.HttpStatusCode.Created);
        await ActualsWhenAsync(admin, organ.Id, a => a.Total == 150_860.40m);
        await using (var connection = fixture.OpenConnection())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "DELETE FROM costs_entry WHERE organ_id = @Id", new { organ.Id });
            await CostsSetup.RebuildTotalsAsync(connection, organ.Id);
        }
        var clients = new[] { admin, fixture.ClientFor(fixture.CreateFactory()), admin, fixture.ClientFor(fixture.CreateFactory()) };
        var answers = await Task.WhenAll(clients.Select(async c =>
            await (await c.PostAsync($"{CostsSetup.Root}/reconciliation/{organ.Id}/2026/post-missing", null)).ReadAsync<ReconciliationResponse>()));
        Assert.Equal(2, answers.Sum(a => a.Posted));
        Assert.All(answers, a => Assert.True(a.Balanced));
        Assert.Equal(1, await fixture.CountAsync("costs_entry", "entry_id = @Id", new { vehicle.Id }));
        Assert.Equal(1, await fixture.CountAsync("costs_entry", "entry_id = @Id", new { cost.Id }));
        Assert.Equal(150_860.40m, (await ActualsAsync(admin, organ.Id)).Total);
    }
}
