using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Costs.Support;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Costs.CostsSetup;

namespace OrganAffairs.Tests.Integration.Costs;

/// <summary>
/// Vehicle purchases (购置) posted from VehicleAcquired, the statistics from the source modules, and the reconciliation report and
/// its post-missing command (issue 22 items 2, 3, 4).
/// </summary>
public abstract class CostsReconciliationTests(ApiFixture fixture)
{
    private HttpClient Admin => fixture.Client;

    /// <summary>A vehicle registration body with its acquisition method (none when null).</summary>
    internal static string Vehicle(Guid organId, string? method, decimal price, string purchasedOn)
    {
        var body = JsonSerializer.SerializeToNode(VehicleTestData.Vehicle(organId, "Other", price: price, purchasedOn: purchasedOn), Http.Json)!.AsObject();
        if (method is not null)
        {
            body["acquisitionMethod"] = method;
        }
        return body.ToJsonString();
    }

    internal static async Task<VehicleResponse> RegisterAsync(HttpClient client, Guid organId, string? method, decimal price, string purchasedOn) =>
        await (await client.SendAsync(Http.Request(HttpMethod.Post, "/api/v1/vehicles", Vehicle(organId, method, price, purchasedOn))))
            .ReadAsync<VehicleResponse>(HttpStatusCode.Created);

    private async Task<ReconciliationResponse> ReconcileAsync(Guid organId, int year = 2026) =>
        await (await Admin.GetAsync($"{Root}/reconciliation/{organId}/{year}")).ReadAsync<ReconciliationResponse>();

    private async Task<ReconciliationResponse> PostMissingAsync(Guid organId, int year = 2026) =>
        await (await Admin.PostAsync($"{Root}/reconciliation/{organId}/{year}/post-missing", null)).ReadAsync<ReconciliationResponse>();

    private static ReconciliationLineResponse LineOf(ReconciliationResponse r, CostLine line) => r.Lines.Single(l => l.Line == line);

    [ProviderFact]
    public async Task Only_a_purchase_posts_on_the_purchase_line_in_its_year_and_counts_as_bought()
    {
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Admin, perCategory: 10);
        var bought = await RegisterAsync(Admin, organ.Id, "Purchase", 150_000.00m, "2026-03-01");
        var transferred = await RegisterAsync(Admin, organ.Id, "TransferIn", 140_000.00m, "2026-04-01");
        var unsaid = await RegisterAsync(Admin, organ.Id, null, 145_000.00m, "2026-05-01");
        await RegisterAsync(Admin, organ.Id, "Purchase", 149_999.99m, "2025-12-31");
        Assert.Equal((AcquisitionMethod.Purchase, AcquisitionMethod.TransferIn, AcquisitionMethod.InitialLedger),
            (bought.AcquisitionMethod, transferred.AcquisitionMethod, unsaid.AcquisitionMethod));

        // Hand-computed: 2026 purchases 150,000.00 (the transfer and the ledger entry are not 购置); 2025 one purchase of 149,999.99.
        var actuals = await ActualsWhenAsync(Admin, organ.Id, a => a.Total > 0);
        Assert.Equal((150_000.00m, 150_000.00m), (Line(actuals, CostLine.VehiclePurchase), actuals.Total));
        Assert.Equal(149_999.99m, Line(await ActualsWhenAsync(Admin, organ.Id, a => a.Total > 0, 2025), CostLine.VehiclePurchase));
        Assert.Equal(1, await fixture.CountAsync("costs_entry", "entry_id = @Id AND line = 'VehiclePurchase'", new { bought.Id }));
        Assert.Equal(4, await fixture.CountAsync("shared_outbox", "type = @Type AND payload LIKE @Organ",
            new { Type = typeof(VehicleAcquired).FullName, Organ = $"%{organ.Id}%" }));

        // Statistics: bought in 2026 = 1 (the purchase), held at its end = 4; nothing outbound, no receptions.
        await BudgetAsync(Admin, Budget(organ.Id, purchase: 300_000m));
        var pack = await (await Admin.GetAsync($"{Root}/disclosures/{organ.Id}/2026?kind=Budget")).ReadAsync<DisclosureResponse>();
        Assert.Equal(new DisclosureStatistics(0, 0, 1, 4, 0, 0, 0, 0), pack.Statistics);
        Assert.Equal(149_999.99m, pack.Lines.Single(l => l.Line == CostLine.VehiclePurchase).Previous);

        // The method is an enum: anything else is 400 and registers nothing.
        var bad = JsonNode.Parse(Vehicle(organ.Id, "Bought", 100m, "2026-06-01"))!.ToJsonString();
        var problem = await (await Admin.SendAsync(Http.Request(HttpMethod.Post, "/api/v1/vehicles", bad))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("acquisitionMethod", problem.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(4, await fixture.CountAsync("vehicles_vehicle", "organ_id = @Id", new { organ.Id }));
    }

    [ProviderFact]
    public async Task Foreign_delegations_and_guests_are_counted_apart_from_domestic_receptions()
    {
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Admin);
        foreach (var guests in new[] { new[] { "BureauDirector", "Other" }, new[] { "Other", "Other", "Other" } })
        {
            await (await Admin.PostJsonAsync("/api/v1/foreign-affairs/incoming", ForeignAffairs.ForeignAffairsDelegationsTests.Body(organ.Id, "BureauDirector", guests)))
                .ReadAsync<OrganAffairs.Contracts.ForeignAffairs.DelegationResponse>(HttpStatusCode.Created);
        }
        await BudgetAsync(Admin, Budget(organ.Id));
        var pack = await (await Admin.GetAsync($"{Root}/disclosures/{organ.Id}/2026?kind=Budget")).ReadAsync<DisclosureResponse>();
        Assert.Equal(new DisclosureStatistics(0, 0, 0, 0, 0, 0, 2, 5), pack.Statistics);
        var next = await BudgetAsync(Admin, Budget(organ.Id, year: 2027, approvedOn: "2027-02-01"));
        Assert.Equal(new DisclosureStatistics(0, 0, 0, 0, 0, 0, 0, 0),
            (await (await Admin.GetAsync($"{Root}/disclosures/{organ.Id}/2027?kind=Budget")).ReadAsync<DisclosureResponse>()).Statistics);
        Assert.NotEqual(Guid.Empty, next.Id);
    }

    [ProviderFact]
    public async Task The_reconciliation_lists_every_difference_and_post_missing_posts_each_missing_item_once()
    {
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Admin, perCategory: 10);
        var vehicle = await RegisterAsync(Admin, organ.Id, "Purchase", 150_000.00m, "2026-03-01");
        var repair = await (await Admin.PostJsonAsync($"/api/v1/vehicles/{vehicle.Id}/costs", new { kind = "Repair", amount = 860.40m, occurredOn = "2026-06-30" }))
            .ReadAsync<CostResponse>(HttpStatusCode.Created);
        var fuel = await (await Admin.PostJsonAsync($"/api/v1/vehicles/{vehicle.Id}/costs", new { kind = "Fuel", amount = 300.00m, occurredOn = "2026-07-01", quantity = 40m }))
            .ReadAsync<CostResponse>(HttpStatusCode.Created);
        await ActualsWhenAsync(Admin, organ.Id, a => a.Total == 151_160.40m);
        // A reception cost line recorded in Reception: compared item by item like every source.
        await ReceptionCostLineAsync(organ.Id, 123.45m);
        await ActualsWhenAsync(Admin, organ.Id, a => a.Total == 151_283.85m);

        var balanced = await ReconcileAsync(organ.Id);
        Assert.True(balanced.Balanced);
        Assert.Empty(balanced.UnreconciledSources);
        Assert.Equal(new ReconciliationLineResponse(CostLine.VehiclePurchase, 150_000.00m, 150_000.00m, 0m, 0m), LineOf(balanced, CostLine.VehiclePurchase));
        Assert.Equal(new ReconciliationLineResponse(CostLine.VehicleOperation, 1_160.40m, 1_160.40m, 0m, 0m), LineOf(balanced, CostLine.VehicleOperation));
        Assert.Equal(new ReconciliationLineResponse(CostLine.Reception, 123.45m, 123.45m, 0m, 0m), LineOf(balanced, CostLine.Reception));

        // As if the ledger had lost the purchase and the repair, held the fuel at a wrong amount and a vehicle cost no source answers.
        await using (var connection = fixture.OpenConnection())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "DELETE FROM costs_entry WHERE entry_id IN (@A, @B)", new { A = vehicle.Id, B = repair.Id });
            await Dapper.SqlMapper.ExecuteAsync(connection, "UPDATE costs_entry SET amount_fen = 29999 WHERE entry_id = @Id", new { fuel.Id });
            await CostsSetup.RebuildTotalsAsync(connection, organ.Id);
        }
        var stray = new VehicleCostRecorded(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), vehicle.Id, organ.Id, CostKind.Parking, "VehicleOperation", 1_000,
            new DateOnly(2026, 8, 1), null, null);
        await DeliverAsync(fixture.Factory, stray);

        var report = await ReconcileAsync(organ.Id);
        Assert.False(report.Balanced);
        Assert.Equal(
            [
                new ReconciliationDifference(ReconciliationDifferenceKind.MissingInCosts, CostLine.VehiclePurchase, CostSource.Vehicles, vehicle.Id, new DateOnly(2026, 3, 1), 150_000.00m, null),
                new ReconciliationDifference(ReconciliationDifferenceKind.MissingInCosts, CostLine.VehicleOperation, CostSource.Vehicles, repair.Id, new DateOnly(2026, 6, 30), 860.40m, null),
                new ReconciliationDifference(ReconciliationDifferenceKind.AmountDiffers, CostLine.VehicleOperation, CostSource.Vehicles, fuel.Id, new DateOnly(2026, 7, 1), 300.00m, 299.99m),
                new ReconciliationDifference(ReconciliationDifferenceKind.MissingInSource, CostLine.VehicleOperation, CostSource.Vehicles, stray.SourceId, new DateOnly(2026, 8, 1), null, 10.00m),
            ], report.Differences);
        // Posted 299.99 + 10.00, the sources 860.40 + 300.00: the line differs by 850.41; the purchase line by 150,000.00.
        Assert.Equal(new ReconciliationLineResponse(CostLine.VehicleOperation, 309.99m, 1_160.40m, 0m, 850.41m), LineOf(report, CostLine.VehicleOperation));
        Assert.Equal(150_000.00m, LineOf(report, CostLine.VehiclePurchase).Difference);

        // post-missing posts the two missing items once; a second call posts nothing; the others stay reported.
        var posted = await PostMissingAsync(organ.Id);
        Assert.Equal(2, posted.Posted);
        Assert.Equal([ReconciliationDifferenceKind.AmountDiffers, ReconciliationDifferenceKind.MissingInSource], posted.Differences.Select(d => d.Kind));
        Assert.Equal(0, (await PostMissingAsync(organ.Id)).Posted);
        Assert.Equal(1, await fixture.CountAsync("costs_entry", "entry_id = @Id", new { vehicle.Id }));
        Assert.Equal(1, await fixture.CountAsync("costs_entry", "entry_id = @Id", new { repair.Id }));
        Assert.Equal(151_160.39m + 10.00m + 123.45m, (await ActualsAsync(Admin, organ.Id)).Total);
        Assert.Equal(1, await fixture.CountAsync("shared_audit", "entity_type = 'CostsReconciliation' AND entity_id = @Id", new { organ.Id }));
    }

    /// <summary>An approved reception of the organ with one cost line of <paramref name="amount"/> and a guest's own meal fee (not 公务接待费).</summary>
    private async Task<OrganAffairs.Contracts.Reception.CostLineResponse> ReceptionCostLineAsync(Guid organId, decimal amount)
    {
        var staff = await Reception.ReceptionSetup.StaffAsync(Admin, organId);
        var reception = await Reception.ReceptionSetup.ApprovedAsync(Admin, organId, staff);
        var line = await (await Admin.PostJsonAsync($"{Reception.ReceptionSetup.Root}/{reception.Id}/costs", Reception.ReceptionSetup.Cost(amount: amount)))
            .ReadAsync<OrganAffairs.Contracts.Reception.CostLineResponse>(HttpStatusCode.Created);
        await (await Admin.PostJsonAsync($"{Reception.ReceptionSetup.Root}/{reception.Id}/costs",
            Reception.ReceptionSetup.Cost(category: "GuestMealFee", amount: 150m, persons: null, units: null, items: []))).ReadAsync<OrganAffairs.Contracts.Reception.CostLineResponse>(HttpStatusCode.Created);
        return line;
    }

    [ProviderFact]
    public async Task Receptions_cost_lines_are_reconciled_item_by_item()
    {
        var organ = await Reception.ReceptionSetup.OrganAsync(Admin);
        var line = await ReceptionCostLineAsync(organ.Id, 320.00m);
        await ActualsWhenAsync(Admin, organ.Id, a => a.Total == 320.00m);
        Assert.True((await ReconcileAsync(organ.Id)).Balanced);

        // As if the ledger had lost the line, and held a reception cost Reception never recorded.
        await using (var connection = fixture.OpenConnection())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "DELETE FROM costs_entry WHERE entry_id = @Id", new { line.Id });
            await CostsSetup.RebuildTotalsAsync(connection, organ.Id);
        }
        var stray = ReceptionCost(organ.Id, 5_000);
        await DeliverAsync(fixture.Factory, stray);
        var report = await ReconcileAsync(organ.Id);
        Assert.Equal(
            [
                new ReconciliationDifference(ReconciliationDifferenceKind.MissingInCosts, CostLine.Reception, CostSource.Reception, line.Id, new DateOnly(2026, 12, 20), 320.00m, null),
                new ReconciliationDifference(ReconciliationDifferenceKind.MissingInSource, CostLine.Reception, CostSource.Reception, stray.SourceId, new DateOnly(2026, 6, 1), null, 50.00m),
            ], report.Differences.OrderBy(d => d.Kind));
        Assert.Equal(new ReconciliationLineResponse(CostLine.Reception, 50.00m, 320.00m, 0m, 270.00m), LineOf(report, CostLine.Reception));
        Assert.Equal(1, (await PostMissingAsync(organ.Id)).Posted);
        Assert.Equal(370.00m, (await ActualsAsync(Admin, organ.Id)).Total);
    }

    [ProviderFact]
    public async Task Bad_input_to_the_reconciliation_routes_is_a_4xx_and_writes_nothing()
    {
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Admin);
        foreach (var request in new Func<Task<HttpResponseMessage>>[]
        {
            () => Admin.GetAsync($"{Root}/reconciliation/{organ.Id}/1999"),
            () => Admin.PostAsync($"{Root}/reconciliation/{organ.Id}/2101/post-missing", null),
        })
        {
            await (await request()).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        }
        await (await Admin.GetAsync($"{Root}/reconciliation/{Guid.NewGuid()}/2026")).ProblemAsync(HttpStatusCode.NotFound, "costs.organ-not-found");
        await (await Admin.PostAsync($"{Root}/reconciliation/{Guid.NewGuid()}/2026/post-missing", null)).ProblemAsync(HttpStatusCode.NotFound, "costs.organ-not-found");
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"{Root}/reconciliation/not-a-guid/2026")).StatusCode);
        Assert.Equal(0, await fixture.CountAsync("costs_entry", "organ_id = @Id", new { organ.Id }));
    }

    [ProviderFact]
    public async Task The_backfill_posts_purchases_whose_events_it_never_saw_once()
    {
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Admin);
        var vehicle = await RegisterAsync(Admin, organ.Id, "Purchase", 123_456.78m, "2026-09-09");
        await ActualsWhenAsync(Admin, organ.Id, a => a.Total == 123_456.78m);
        await using (var connection = fixture.OpenConnection())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "DELETE FROM costs_entry WHERE entry_id = @Id", new { vehicle.Id });
            await CostsSetup.RebuildTotalsAsync(connection, organ.Id);
        }
        var backfill = fixture.Factory.Services.GetRequiredService<CostsBackfill>();
        await backfill.RunAsync(force: true, CancellationToken.None);
        await backfill.RunAsync(force: true, CancellationToken.None);
        Assert.Equal(123_456.78m, Line(await ActualsAsync(Admin, organ.Id), CostLine.VehiclePurchase));
        Assert.Equal(1, await fixture.CountAsync("costs_entry", "entry_id = @Id", new { vehicle.Id }));
        Assert.Equal(1, await fixture.CountAsync("costs_backfill", "source = 'Vehicles.Purchase'"));
    }
    private Task<HttpResponseMessage> CorrectAsync(Guid vehicleId, Guid costId, decimal amount, string reason = "发票金额录入错误") =>
        Admin.PostJsonAsync($"/api/v1/vehicles/{vehicleId}/costs/{costId}/corrections", new { amount, reason });

    [ProviderFact]
    public async Task A_vehicle_cost_correction_posts_its_signed_difference_once_and_is_reconciled_and_backfilled()
    {
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Admin, perCategory: 10);
        var vehicle = await RegisterAsync(Admin, organ.Id, "TransferIn", 100_000.00m, "2020-03-01");
        var repair = await (await Admin.PostJsonAsync($"/api/v1/vehicles/{vehicle.Id}/costs", new { kind = "Repair", amount = 860.40m, occurredOn = "2026-06-30" }))
            .ReadAsync<CostResponse>(HttpStatusCode.Created);
        await ActualsWhenAsync(Admin, organ.Id, a => a.Total == 860.40m);

        var down = await (await CorrectAsync(vehicle.Id, repair.Id, 820.00m)).ReadAsync<CostCorrectionResponse>(HttpStatusCode.Created);
        Assert.Equal((860.40m, 820.00m, -40.40m, new DateOnly(2026, 6, 30)), (down.PreviousAmount, down.Amount, down.Difference, down.OccurredOn));
        var up = await (await CorrectAsync(vehicle.Id, repair.Id, 900.00m)).ReadAsync<CostCorrectionResponse>(HttpStatusCode.Created);
        Assert.Equal(80.00m, up.Difference);
        // Hand-computed: 860.40 − 40.40 + 80.00 = 900.00, three entries; a redelivered correction counts once.
        var actuals = await ActualsWhenAsync(Admin, organ.Id, a => a.Total == 900.00m);
        await DeliverAsync(fixture.Factory, new VehicleCostCorrected(Guid.NewGuid(), DateTimeOffset.UtcNow, down.Id, repair.Id, vehicle.Id, organ.Id, CostKind.Repair,
            VehicleCostRecorded.OperationLine, 82_000, -4_040, new DateOnly(2026, 6, 30)));
        Assert.Equal((900.00m, 3), (Line(await ActualsAsync(Admin, organ.Id), CostLine.VehicleOperation), actuals.Lines.Single(l => l.Line == CostLine.VehicleOperation).Entries));
        Assert.Equal(1, await fixture.CountAsync("vehicles_cost", "id = @Id AND amount_fen = 90000", new { repair.Id }));
        Assert.Equal(2, await fixture.CountAsync("shared_outbox", "type = @Type AND payload LIKE @Cost",
            new { Type = typeof(VehicleCostCorrected).FullName, Cost = $"%{repair.Id}%" }));
        Assert.True((await ReconcileAsync(organ.Id)).Balanced);

        // The ledger loses a correction: reconciliation reports it, the backfill posts it again (once).
        await using (var connection = fixture.OpenConnection())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "DELETE FROM costs_entry WHERE entry_id = @Id", new { up.Id });
            await CostsSetup.RebuildTotalsAsync(connection, organ.Id);
        }
        var report = await ReconcileAsync(organ.Id);
        Assert.Equal([new ReconciliationDifference(ReconciliationDifferenceKind.MissingInCosts, CostLine.VehicleOperation, CostSource.Vehicles, up.Id, new DateOnly(2026, 6, 30), 80.00m, null)],
            report.Differences);
        var backfill = fixture.Factory.Services.GetRequiredService<CostsBackfill>();
        await backfill.RunAsync(force: true, CancellationToken.None);
        await backfill.RunAsync(force: true, CancellationToken.None);
        Assert.Equal(900.00m, (await ActualsAsync(Admin, organ.Id)).Total);
        Assert.Equal(1, await fixture.CountAsync("costs_entry", "entry_id = @Id", new { up.Id }));
        Assert.Equal(1, await fixture.CountAsync("costs_backfill", "source = 'Vehicles.Correction'"));

        // Bad input is a 4xx and corrects nothing.
        Assert.Contains("amount:vehicles.amount-invalid", (await (await CorrectAsync(vehicle.Id, repair.Id, -1m)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("reason:field.required", (await (await CorrectAsync(vehicle.Id, repair.Id, 1m, "")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Admin.PostJsonAsync($"/api/v1/vehicles/{vehicle.Id}/costs/{repair.Id}/corrections", new { reason = "x" })).ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing");
        await (await CorrectAsync(vehicle.Id, repair.Id, 900.00m)).ProblemAsync((HttpStatusCode)422, "vehicles.correction-unchanged");
        await (await CorrectAsync(vehicle.Id, Guid.NewGuid(), 1m)).ProblemAsync(HttpStatusCode.NotFound, "vehicles.cost-not-found");
        Assert.Equal(2, await fixture.CountAsync("vehicles_cost_correction", "cost_id = @Id", new { repair.Id }));
    }

    [ProviderFact]
    public async Task Two_corrections_of_one_cost_at_once_never_lose_one()
    {
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Admin, perCategory: 10);
        var vehicle = await RegisterAsync(Admin, organ.Id, "TransferIn", 100_000.00m, "2020-03-01");
        var fuel = await (await Admin.PostJsonAsync($"/api/v1/vehicles/{vehicle.Id}/costs", new { kind = "Fuel", amount = 300.00m, occurredOn = "2026-07-01", quantity = 40m }))
            .ReadAsync<CostResponse>(HttpStatusCode.Created);
        var second = fixture.ClientFor(fixture.CreateFactory());
        var answers = await Task.WhenAll(CorrectAsync(vehicle.Id, fuel.Id, 310.00m),
            second.PostJsonAsync($"/api/v1/vehicles/{vehicle.Id}/costs/{fuel.Id}/corrections", new { amount = 320.00m, reason = "另一更正" }));
        // Interleaved, the later one finds the amount changed (409); one after the other, both apply. Either way each correction's
        // difference starts from the amount the one before left, so the differences sum to the cost's change.
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        var created = answers.Count(a => a.StatusCode == HttpStatusCode.Created);
        Assert.InRange(created, 1, 2);
        Assert.Equal(created, await fixture.CountAsync("vehicles_cost_correction", "cost_id = @Id", new { fuel.Id }));
        await using var connection = fixture.OpenConnection();
        var current = await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT amount_fen FROM vehicles_cost WHERE id = @Id", new { fuel.Id });
        var differences = await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT SUM(difference_fen) FROM vehicles_cost_correction WHERE cost_id = @Id", new { fuel.Id });
        Assert.Equal(current - 30_000, differences);
    }
}
