using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Costs.Support;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Costs.CostsSetup;
using static OrganAffairs.Tests.Integration.Reception.ReceptionSetup;

namespace OrganAffairs.Tests.Integration.Costs;

/// <summary>The actuals ledger from the duty modules' cost events: once per source item, corrections as signed differences, backfill, over-budget (issue 22 items 2, 7).</summary>
public abstract class CostsLedgerTests(ApiFixture fixture)
{
    private const string Url = CostsSetup.Root;
    private HttpClient Admin => fixture.Client;

    [ProviderFact]
    public async Task A_year_from_two_modules_counts_each_item_once_with_its_correction_and_the_payment_date_decides_the_year()
    {
        // Reception through its own workflow: an approved reception's cost line publishes ReceptionCostRecorded.
        var organ = await OrganAsync(Admin);
        var staff = await StaffAsync(Admin, organ.Id);
        var reception = await ApprovedAsync(Admin, organ.Id, staff);
        await (await Admin.PostJsonAsync($"/api/v1/reception/{reception.Id}/costs", Cost(amount: 300m)))
            .ReadAsync<CostLineResponse>(HttpStatusCode.Created);
        // Vehicles through its own API: two costs, one dated in the next year.
        var (vehicleOrgan, vehicle, _) = await TripsApiTests.FleetAsync(Admin);
        await (await Admin.PostJsonAsync($"/api/v1/vehicles/{vehicle.Id}/costs", new { kind = "Repair", amount = 860.40m, occurredOn = "2026-12-31" }))
            .ReadAsync<CostResponse>(HttpStatusCode.Created);
        await (await Admin.PostJsonAsync($"/api/v1/vehicles/{vehicle.Id}/costs", new { kind = "Fuel", amount = 100m, occurredOn = "2027-01-01", quantity = 12m }))
            .ReadAsync<CostResponse>(HttpStatusCode.Created);

        var receptionActuals = await ActualsWhenAsync(Admin, organ.Id, a => a.Total > 0);
        Assert.Equal(300.00m, Line(receptionActuals, CostLine.Reception));
        var vehicleActuals = await ActualsWhenAsync(Admin, vehicleOrgan.Id, a => a.Total > 0);
        Assert.Equal((860.40m, 860.40m), (Line(vehicleActuals, CostLine.VehicleOperation), vehicleActuals.Total));
        Assert.Equal(100.00m, (await ActualsWhenAsync(Admin, vehicleOrgan.Id, a => a.Total > 0, 2027)).Total);

        // A duplicate delivery counts once; a correction counts as its signed difference, once.
        var original = ReceptionCost(organ.Id, 50_000);
        await DeliverAsync(fixture.Factory, original);
        await DeliverAsync(fixture.Factory, original with { EventId = Guid.NewGuid() });
        var correction = ReceptionCost(organ.Id, 45_000, sourceId: original.SourceId, correctsEventId: original.EventId, differenceFen: -5_000);
        await DeliverAsync(fixture.Factory, correction);
        await DeliverAsync(fixture.Factory, correction);
        var actuals = await ActualsAsync(Admin, organ.Id);
        Assert.Equal((750.00m, 3), (Line(actuals, CostLine.Reception), actuals.Lines.Single(l => l.Line == CostLine.Reception).Entries));
    }

    [ProviderFact]
    public async Task The_backfill_posts_vehicle_costs_whose_events_it_never_saw_once_however_often_it_runs()
    {
        var (organ, vehicle, _) = await TripsApiTests.FleetAsync(Admin);
        var cost = await (await Admin.PostJsonAsync($"/api/v1/vehicles/{vehicle.Id}/costs", new { kind = "Insurance", amount = 4321.09m, occurredOn = "2026-03-15" }))
            .ReadAsync<CostResponse>(HttpStatusCode.Created);
        await ActualsWhenAsync(Admin, organ.Id, a => a.Total == 4321.09m);
        // As if Costs had started after the event was dispatched: the ledger never saw it.
        await using (var connection = fixture.OpenConnection())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "DELETE FROM costs_entry WHERE source_id = @Id", new { cost.Id });
            await CostsSetup.RebuildTotalsAsync(connection, organ.Id);
        }
        Assert.Equal(0m, (await ActualsAsync(Admin, organ.Id)).Total);

        var backfill = fixture.Factory.Services.GetRequiredService<CostsBackfill>();
        Assert.True(await backfill.RunAsync(force: true, CancellationToken.None) >= 1);
        await backfill.RunAsync(force: true, CancellationToken.None);
        Assert.Equal(4321.09m, (await ActualsAsync(Admin, organ.Id)).Total);
        Assert.Equal(1, await fixture.CountAsync("costs_entry", "source_id = @Id", new { cost.Id }));
        // Marked done: a normal start does not page through the source again.
        Assert.Equal(1, await fixture.CountAsync("costs_backfill", "source = 'Vehicles'"));
        Assert.Equal(0, await backfill.RunAsync(force: false, CancellationToken.None));
    }

    [ProviderFact]
    public async Task Actuals_warn_at_the_share_and_over_the_budget_are_recorded_and_a_violation_until_corrected()
    {
        var organ = await OrganAsync(Admin);
        var budget = await BudgetAsync(Admin, Budget(organ.Id, reception: 1000m, warnPercent: 80));
        var lineId = budget.Lines.Single(l => l.Line == CostLine.Reception).Id;

        await DeliverAsync(fixture.Factory, ReceptionCost(organ.Id, 79_999));
        var below = (await (await Admin.GetAsync($"{Url}/budgets/{organ.Id}/2026")).ReadAsync<BudgetResponse>()).Lines.Single(l => l.Id == lineId);
        Assert.Equal((false, false), (below.Warning, below.OverBudget));
        await DeliverAsync(fixture.Factory, ReceptionCost(organ.Id, 1));
        Assert.True((await (await Admin.GetAsync($"{Url}/budgets/{organ.Id}/2026")).ReadAsync<BudgetResponse>()).Lines.Single(l => l.Id == lineId).Warning);
        await DeliverAsync(fixture.Factory, ReceptionCost(organ.Id, 20_000));
        Assert.DoesNotContain(await OpenCostsViolationsAsync(fixture), v => v.Violation.SubjectId == lineId);

        var over = ReceptionCost(organ.Id, 1);
        await DeliverAsync(fixture.Factory, over);
        var line = (await (await Admin.GetAsync($"{Url}/budgets/{organ.Id}/2026")).ReadAsync<BudgetResponse>()).Lines.Single(l => l.Id == lineId);
        Assert.Equal((1000.01m, -0.01m, true), (line.Actual, line.Remaining, line.OverBudget));
        var violation = Assert.Single(await OpenCostsViolationsAsync(fixture), v => v.Violation.SubjectId == lineId);
        Assert.Equal(("costs.over-budget", "T1", organ.Id), (violation.Violation.Kind, violation.Violation.RuleId, violation.Violation.OrganId));
        Assert.Equal(1, await EventsAsync(fixture, "ViolationOpened", lineId));

        await DeliverAsync(fixture.Factory, ReceptionCost(organ.Id, 0, sourceId: over.SourceId, correctsEventId: over.EventId, differenceFen: -1));
        Assert.DoesNotContain(await OpenCostsViolationsAsync(fixture), v => v.Violation.SubjectId == lineId);
        Assert.Equal(1, await EventsAsync(fixture, "ViolationClosed", lineId));

        // A reduction below the actuals is allowed (T1 forbids only transfers in) and is over budget at once.
        await (await AdjustAsync(Admin, organ.Id, 2026, budget.Version, "Reception", 999.99m, 0m)).ReadAsync<BudgetResponse>();
        Assert.Single(await OpenCostsViolationsAsync(fixture), v => v.Violation.SubjectId == lineId);
    }
}
