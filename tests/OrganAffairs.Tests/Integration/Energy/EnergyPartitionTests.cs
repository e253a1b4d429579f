using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Energy.EnergySetup;

namespace OrganAffairs.Tests.Integration.Energy;

/// <summary>
/// Readings and daily roll-ups partitioned by business month on PostgreSQL (docs/adr/0049): partitions
/// created ahead by the Host, rows in their month's partition (bounds at 00:00 +08:00), the default
/// partitions empty, queries pruned to one partition, old months detached.
/// </summary>
[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class EnergyPartitionTests_PostgreSql(PostgreSqlApiFixture fixture) : IClassFixture<PostgreSqlApiFixture>
{
    [ProviderFact]
    public async Task Readings_land_in_their_business_months_partition_and_old_months_detach()
    {
        var client = fixture.Client;
        var (_, institution) = await InstitutionAsync(client);
        var meter = await MeterAsync(client, institution.Id);
        // Months ahead are created at start, by the Host (the current month and the next three).
        await using var connection = fixture.OpenConnection();
        var today = DateTime.UtcNow.AddHours(8);
        var ahead = $"energy_reading_p{today.AddMonths(3):yyyyMM}";
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await connection.ExecuteScalarAsync<string?>("SELECT to_regclass(@Name)::text", new { Name = ahead }) is null)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{ahead} was not created: " + string.Join(",", await connection.QueryAsync<string>(
                "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'energy_reading'")));
            await Task.Delay(200);
        }
        // 1 March 00:00 +08:00 is still 28 February in UTC: it belongs to March, the business month.
        await RecordAsync(client, meter.Id, "2025-03-01T00:00:00+08:00", 10m);
        await RecordAsync(client, meter.Id, "2025-02-28T23:45:00+08:00", 10m);
        Assert.Null(await connection.ExecuteScalarAsync<string?>("SELECT to_regclass('energy_reading_p202503')::text"));
        var partitions = (await connection.QueryAsync<string>(
            "SELECT tableoid::regclass::text FROM energy_reading WHERE meter_id = @Id ORDER BY read_at", new { meter.Id })).ToList();
        // Months before the migration's first month go to the default partition (created empty by the migration).
        Assert.Equal(["energy_reading_default", "energy_reading_default"], partitions);

        await using (var tx = await connection.BeginTransactionAsync())
        {
            await connection.ExecuteAsync("SELECT energy_create_month_partitions(DATE '2024-06-01')", transaction: tx);
            await tx.CommitAsync();
        }
        await RecordAsync(client, meter.Id, "2024-06-30T23:59:00+08:00", 10m);
        await RecordAsync(client, meter.Id, "2024-07-01T00:00:00+08:00", 10m);
        var june = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM energy_reading_p202406 WHERE meter_id = @Id", new { meter.Id });
        Assert.Equal(1, june);
        var plan = string.Join("\n", await connection.QueryAsync<string>(
            $"EXPLAIN SELECT * FROM energy_reading WHERE meter_id = '{meter.Id}' AND read_at = '2024-06-15T08:00:00+08:00'"));
        Assert.Contains("energy_reading_p202406", plan);
        Assert.DoesNotContain("energy_reading_default", plan);

        var detached = (await connection.QueryAsync<string>("SELECT energy_detach_partitions_before(DATE '2024-07-01')")).ToList();
        Assert.Contains("energy_reading_p202406", detached);
        Assert.Contains("energy_rollup_day_p202406", detached);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM energy_reading WHERE meter_id = @Id AND read_at < '2024-07-01T00:00:00+08:00' AND read_at >= '2024-06-01T00:00:00+08:00'", new { meter.Id }));
        // Detached, not dropped: the month is a table of its own, to archive or drop.
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM energy_reading_p202406 WHERE meter_id = @Id", new { meter.Id }));
    }
}
