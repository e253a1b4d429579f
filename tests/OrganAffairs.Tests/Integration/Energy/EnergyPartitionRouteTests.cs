using System.Net;
using Dapper;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Guidance;
using Xunit;
using static OrganAffairs.Tests.Integration.Energy.EnergySetup;

namespace OrganAffairs.Tests.Integration.Energy;

/// <summary>
/// Issue 26 item 2: retention as an admin operation. GET /energy/partitions lists the attached months, POST …/detach detaches
/// those before a month, keeping the current and the previous year (just inside passes, just outside is 422); SQLite and
/// SQL Server answer 422, they have no monthly partitions to detach.
/// </summary>
public abstract class EnergyPartitionRouteTests(ApiFixture fixture)
{
    private const string Url = Root + "/partitions";
    private HttpClient Admin => fixture.Client;

    /// <summary>1 January of the previous business year: the latest month a detach may keep from.</summary>
    private static DateOnly LatestBefore => new(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year - 1, 1, 1);

    private Task<HttpResponseMessage> DetachAsync(string body) => Admin.PostRawAsync($"{Url}/detach", body);

    [ProviderFact]
    public async Task Bad_input_is_400_and_detaches_nothing()
    {
        await (await DetachAsync("""{"before":"2023-03-15"}""")).FieldProblemAsync("before", "energy.month-start-required");
        await (await DetachAsync("{}")).ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing");
        await (await DetachAsync("""{"before":"三月"}""")).ProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        await (await DetachAsync("""{"before":"2023-03-01T00:00:00+08:00"}""")).ProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
    }

    [ProviderFact]
    public async Task Old_months_detach_once_and_the_current_and_previous_year_stay()
    {
        if (fixture.Provider != DatabaseProvider.PostgreSql)
        {
            Assert.Empty(await (await Admin.GetAsync(Url)).ReadAsync<List<EnergyPartitionResponse>>());
            await (await DetachAsync("""{"before":"2023-04-01"}""")).ProblemAsync((HttpStatusCode)422, "energy.partitions-unavailable");
            return;
        }
        await using (var connection = fixture.OpenConnection())
        {
            await connection.ExecuteAsync("SELECT energy_create_month_partitions(DATE '2023-03-01')");
        }
        var (_, institution) = await InstitutionAsync(Admin);
        await RecordAsync(Admin, (await MeterAsync(Admin, institution.Id)).Id, "2023-03-10T09:00:00+08:00", 10m);
        var attached = await (await Admin.GetAsync(Url)).ReadAsync<List<EnergyPartitionResponse>>();
        Assert.Contains(attached, p => (p.Table, p.Parent, p.Month) == ("energy_reading_p202303", "energy_reading", new DateOnly(2023, 3, 1)));
        Assert.Contains(attached, p => p.Table == "energy_rollup_day_p202303");

        // Just outside: a month of the previous year would take data the year-over-year checks still read.
        await (await DetachAsync($$"""{"before":"{{LatestBefore.AddMonths(1):yyyy-MM-dd}}"}""")).ProblemAsync((HttpStatusCode)422, "energy.retention-too-recent");
        Assert.Contains((await (await Admin.GetAsync(Url)).ReadAsync<List<EnergyPartitionResponse>>()), p => p.Table == "energy_reading_p202303");

        // Just inside: every month before 1 January of the previous year goes, both tables, in one answer.
        var detached = await (await DetachAsync($$"""{"before":"{{LatestBefore:yyyy-MM-dd}}"}""")).ReadAsync<DetachPartitionsResponse>();
        Assert.Equal(LatestBefore, detached.Before);
        Assert.Contains("energy_reading_p202303", detached.Detached);
        Assert.Contains("energy_rollup_day_p202303", detached.Detached);
        var left = await (await Admin.GetAsync(Url)).ReadAsync<List<EnergyPartitionResponse>>();
        Assert.DoesNotContain(left, p => p.Month < LatestBefore);
        Assert.Equal(1, await fixture.CountAsync("shared_audit", "entity_type = 'EnergyPartitionDetach'"));

        // Again: nothing left before the month.
        Assert.Empty((await (await DetachAsync($$"""{"before":"{{LatestBefore:yyyy-MM-dd}}"}""")).ReadAsync<DetachPartitionsResponse>()).Detached);
    }
}
