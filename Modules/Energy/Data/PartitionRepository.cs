using Dapper;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Energy.Data;

/// <summary>Monthly partitions of the readings and daily roll-ups on PostgreSQL (docs/adr/0049); a no-op elsewhere.</summary>
internal sealed class PartitionRepository(ConnectionFactory connections)
{
    public bool Partitioned => connections.Provider == DatabaseProvider.PostgreSql;

    /// <summary>Creates the partitions of the month of <paramref name="month"/> if they do not exist.</summary>
    public async Task EnsureMonthAsync(DateOnly month, CancellationToken ct)
    {
        if (!Partitioned)
        {
            return;
        }
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT energy_create_month_partitions(@Month)", new { Month = month }, cancellationToken: ct));
    }

    /// <summary>Detaches the partitions of the months before <paramref name="before"/>; returns their table names.</summary>
    public async Task<IReadOnlyList<string>> DetachBeforeAsync(DateOnly before, CancellationToken ct)
    {
        if (!Partitioned)
        {
            return [];
        }
        await using var connection = await connections.OpenAsync(ct);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT energy_detach_partitions_before(@Before)", new { Before = before }, cancellationToken: ct))).ToList();
    }
}
