using System.Net;
using MediatR;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.Costs;

/// <summary>Budgets, cost events and polling for the Costs tests.</summary>
internal static class CostsSetup
{
    public const string Root = "/api/v1/costs";

    public static object Budget(Guid organId, int year = 2026, string approvedOn = "2026-02-10", int warnPercent = 80,
        decimal reception = 1000m, decimal purchase = 0m, decimal operation = 500m, decimal visits = 0m) => new
    {
        organId, year, approvedOn, warnPercent,
        lines = new object[]
        {
            new { line = "Reception", basic = reception, project = 0m },
            new { line = "VehiclePurchase", basic = 0m, project = purchase },
            new { line = "VehicleOperation", basic = operation, project = 0m },
            new { line = "OutboundVisit", basic = 0m, project = visits },
        },
    };

    public static async Task<BudgetResponse> BudgetAsync(HttpClient client, object body) =>
        await (await client.PostJsonAsync($"{Root}/budgets", body)).ReadAsync<BudgetResponse>(HttpStatusCode.Created);

    /// <summary>An adjustment with If-Match <paramref name="version"/> (none when null).</summary>
    public static Task<HttpResponseMessage> AdjustAsync(HttpClient client, Guid organId, int year, long? version, string line, decimal basic, decimal project, string reason = "年中调减") =>
        client.SendAsync(Http.Request(HttpMethod.Post, $"{Root}/budgets/{organId}/{year}/adjustments",
            System.Text.Json.JsonSerializer.Serialize(new { line, basic, project, reason }, Http.Json), ifMatch: version is { } v ? $"\"{v}\"" : null));

    /// <summary>
    /// After a test edits the ledger behind the Host's back (to stage a missing or wrong item), the organ's running totals are
    /// rebuilt from its entries, as they would stand had the ledger been written that way.
    /// </summary>
    public static async Task RebuildTotalsAsync(System.Data.Common.DbConnection connection, Guid organId)
    {
        await Dapper.SqlMapper.ExecuteAsync(connection, "DELETE FROM costs_total WHERE organ_id = @OrganId", new { OrganId = organId });
        await Dapper.SqlMapper.ExecuteAsync(connection,
            "INSERT INTO costs_total (organ_id, year, line, amount_fen, entries) " +
            "SELECT organ_id, year, line, SUM(amount_fen), COUNT(*) FROM costs_entry WHERE organ_id = @OrganId GROUP BY organ_id, year, line",
            new { OrganId = organId });
    }

    /// <summary>The organ's running totals equal the sums and counts of its ledger entries, year by year and line by line.</summary>
    public static async Task AssertTotalsMatchEntriesAsync(ApiFixture fixture, Guid organId)
    {
        await using var connection = fixture.OpenConnection();
        var entries = (await Dapper.SqlMapper.QueryAsync<(int Year, string Line, long Amount, long Count)>(connection,
            "SELECT year, line, CAST(SUM(amount_fen) AS BIGINT), CAST(COUNT(*) AS BIGINT) FROM costs_entry WHERE organ_id = @OrganId GROUP BY year, line ORDER BY year, line",
            new { OrganId = organId })).ToList();
        var totals = (await Dapper.SqlMapper.QueryAsync<(int Year, string Line, long Amount, long Count)>(connection,
            "SELECT year, line, amount_fen, entries FROM costs_total WHERE organ_id = @OrganId ORDER BY year, line", new { OrganId = organId })).ToList();
        Assert.NotEmpty(entries);
        Assert.Equal(entries, totals);
    }

    public static async Task<ActualsResponse> ActualsAsync(HttpClient client, Guid organId, int year = 2026) =>
        await (await client.GetAsync($"{Root}/actuals/{organId}/{year}")).ReadAsync<ActualsResponse>();

    public static decimal Line(ActualsResponse actuals, CostLine line) => actuals.Lines.Single(l => l.Line == line).Actual;

    /// <summary>Polls the organ's actuals until <paramref name="done"/> holds (events are dispatched after commit).</summary>
    public static async Task<ActualsResponse> ActualsWhenAsync(HttpClient client, Guid organId, Func<ActualsResponse, bool> done, int year = 2026)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var actuals = await ActualsAsync(client, organId, year);
            if (done(actuals))
            {
                return actuals;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for the actuals of {organId}: {string.Join(", ", actuals.Lines)}");
            await Task.Delay(100);
        }
    }

    /// <summary>A reception cost event as Reception publishes it (an original when <paramref name="correctsEventId"/> is null).</summary>
    public static ReceptionCostRecorded ReceptionCost(Guid organId, long fen, string paidOn = "2026-06-01", Guid? sourceId = null, Guid? correctsEventId = null, long? differenceFen = null) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, organId, "Reception", fen, DateOnly.Parse(paidOn), sourceId ?? Guid.NewGuid(), Guid.NewGuid(),
            ReceptionCostCategory.Meals, correctsEventId, differenceFen);

    /// <summary>Delivers a notification the way a Host's outbox dispatcher does: in its own scope, as the system principal.</summary>
    public static async Task DeliverAsync(WebApplicationFactory<Program> host, INotification notification)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganAffairs.Shared.Security.CurrentPrincipal>().SetSystem();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(notification);
    }

    /// <summary>Every open Costs violation, through the Contracts backfill query.</summary>
    public static async Task<List<OpenViolation>> OpenCostsViolationsAsync(ApiFixture fixture)
    {
        var all = new List<OpenViolation>();
        Guid? after = null;
        do
        {
            await using var scope = fixture.Factory.Services.CreateAsyncScope();
            var page = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListOpenCostsViolations(after, 50));
            all.AddRange(page.Items);
            after = page.NextAfter;
        }
        while (after is not null);
        return all;
    }
}
