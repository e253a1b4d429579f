using System.Net;
using Dapper;
using Npgsql;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Energy.EnergySetup;

namespace OrganAffairs.Tests.Integration.Energy;

/// <summary>
/// Reads that tolerate lag on a streaming replica (docs/adr/0048): a primary and a hot standby
/// (pg_basebackup -R), the readings list and the indicators served by the standby, and a client's read
/// that echoes its write position seeing that write even while the standby's replay is paused.
/// </summary>
[RunsOn(DatabaseProvider.PostgreSql)]
[NeedsReplica]
public sealed class ReadReplicaTests_PostgreSql(PostgreSqlApiFixture fixture) : IClassFixture<PostgreSqlApiFixture>
{
    [ProviderFact]
    public async Task Reports_are_served_by_the_replica_and_a_writer_that_echoes_its_position_reads_its_write()
    {
        var replica = await (await PostgresServer.GetAsync()).ReplicaOfAsync(fixture.ConnectionString);
        await using var standby = new NpgsqlConnection(replica);
        await WaitAsync(async () =>
        {
            try
            {
                await standby.OpenAsync();
                return true;
            }
            catch (PostgresException e) when (e.SqlState == "3D000")
            {
                return false; // the database's creation is not replayed yet
            }
        });
        Assert.True(await standby.ExecuteScalarAsync<bool>("SELECT pg_is_in_recovery()"));

        var host = fixture.CreateFactory(new Dictionary<string, string?> { ["ConnectionStrings:OrganAffairsReadOnly"] = replica });
        var client = fixture.ClientFor(host);
        var (organ, institution) = await InstitutionAsync(client);
        var meter = await MeterAsync(client, institution.Id);

        var first = await ReadingAsync(client, meter.Id, "2025-03-01T08:00:00+08:00", 10m);
        var token = first.Headers.GetValues(ReadPosition.Header).Single();
        Assert.StartsWith("lsn:", token);
        await first.ReadAsync<RecordReadingResponse>();

        // Without a position: the replica answers, once it has replayed the reading.
        await WaitAsync(async () => await VisibleAsync(client, meter.Id) == 1);
        var (page, servedBy) = await ListAsync(client, meter.Id, null);
        Assert.Equal("replica", servedBy);
        Assert.Single(page.Items);
        var indicators = await client.GetAsync($"{Root}/indicators?organId={organ.Id}&period=Year&year=2025");
        Assert.Equal("replica", indicators.Headers.GetValues(ReadPosition.ServedByHeader).Single());
        await indicators.ReadAsync<IndicatorsResponse>();

        await standby.ExecuteAsync("SELECT pg_wal_replay_pause()");
        try
        {
            var second = await ReadingAsync(client, meter.Id, "2025-03-01T08:15:00+08:00", 11m);
            var written = second.Headers.GetValues(ReadPosition.Header).Single();
            await second.ReadAsync<RecordReadingResponse>();

            // The replica lags (replay paused): a read without the position sees the old page …
            var (stale, staleBy) = await ListAsync(client, meter.Id, null);
            Assert.Equal("replica", staleBy);
            Assert.Single(stale.Items);
            // … and the writer's read that echoes its position goes to the primary and sees its write.
            var (own, ownBy) = await ListAsync(client, meter.Id, written);
            Assert.True(ownBy == "primary", $"{written} replayed {await standby.ExecuteScalarAsync<string>("SELECT pg_last_wal_replay_lsn()::text || ' ' || pg_get_wal_replay_pause_state()")}");
            Assert.Equal(2, own.Items.Count);
        }
        finally
        {
            await standby.ExecuteAsync("SELECT pg_wal_replay_resume()");
        }
        // Once replayed, the same position is served by the replica again.
        await WaitAsync(async () => await VisibleAsync(client, meter.Id) == 2);
        var (caughtUp, caughtUpBy) = await ListAsync(client, meter.Id, token);
        Assert.Equal("replica", caughtUpBy);
        Assert.Equal(2, caughtUp.Items.Count);
    }

    private static async Task<(PagedResult<ReadingResponse> Page, string ServedBy)> ListAsync(HttpClient client, Guid meterId, string? position)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Root}/meters/{meterId}/readings?from=2025-03-01T00:00:00%2B08:00&to=2025-03-02T00:00:00%2B08:00");
        if (position is not null)
        {
            request.Headers.Add(ReadPosition.Header, position);
        }
        var response = await client.SendAsync(request);
        var servedBy = response.Headers.GetValues(ReadPosition.ServedByHeader).Single();
        return (await response.ReadAsync<PagedResult<ReadingResponse>>(), servedBy);
    }

    /// <summary>Readings the replica shows now; -1 while it has not replayed the meter.</summary>
    private static async Task<int> VisibleAsync(HttpClient client, Guid meterId)
    {
        var response = await client.GetAsync($"{Root}/meters/{meterId}/readings");
        return response.StatusCode == HttpStatusCode.OK ? (await response.ReadAsync<PagedResult<ReadingResponse>>()).Items.Count : -1;
    }

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the replica did not catch up within 30 s");
            await Task.Delay(100);
        }
    }
}

/// <summary>SQLite has one route: a read-only string is ignored, and no position or server header is sent.</summary>
[RunsOn(DatabaseProvider.Sqlite)]
public sealed class ReadReplicaTests_Sqlite(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    [ProviderFact]
    public async Task A_read_only_string_changes_nothing_on_sqlite()
    {
        var host = fixture.CreateFactory(new Dictionary<string, string?> { ["ConnectionStrings:OrganAffairsReadOnly"] = fixture.ConnectionString });
        var client = fixture.ClientFor(host);
        var (_, institution) = await InstitutionAsync(client);
        var meter = await MeterAsync(client, institution.Id);
        var write = await ReadingAsync(client, meter.Id, "2025-03-01T08:00:00+08:00", 10m);
        Assert.False(write.Headers.Contains(ReadPosition.Header));
        var read = await client.GetAsync($"{Root}/meters/{meter.Id}/readings");
        Assert.False(read.Headers.Contains(ReadPosition.ServedByHeader));
        Assert.Single((await read.ReadAsync<PagedResult<ReadingResponse>>()).Items);
    }
}
