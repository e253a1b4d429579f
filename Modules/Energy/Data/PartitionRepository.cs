using Dapper;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Energy.Data;

/// <summary>Monthly partitions of the readings and daily roll-ups on PostgreSQL (docs/adr/0049); a no-op elsewhere.</summary>
internal sealed class PartitionRepository(ConnectionFactory connections, UnitOfWork uow)
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

    /// <summary>
    /// Detaches the partitions of the months before <paramref name="before"/> in the command's transaction (with its audit entry);
    /// returns their table names.
    /// </summary>
    public async Task<IReadOnlyList<string>> DetachBeforeAsync(DateOnly before, CancellationToken ct)
    {
        if (!Partitioned)
        {
            return [];
        }
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT energy_detach_partitions_before(@Before)", new { Before = before }, uow.Transaction, cancellationToken: ct))).ToList();
    }

    /// <summary>The monthly partitions still attached, by parent and month, with the planner's row estimate.</summary>
    public async Task<IReadOnlyList<PartitionRow>> ListAsync(CancellationToken ct)
    {
        if (!Partitioned)
        {
            return [];
        }
        await using var connection = await connections.OpenAsync(ct);
        return (await connection.QueryAsync<PartitionRow>(new CommandDefinition(
            """
            SELECT c.relname AS table_name, p.relname AS parent, to_date(right(c.relname, 6), 'YYYYMM') AS month, c.reltuples::bigint AS estimated_rows
            FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
            WHERE p.relname IN ('energy_reading', 'energy_rollup_day') AND c.relname ~ '_p[0-9]{6}$'
            ORDER BY p.relname, c.relname
            """, cancellationToken: ct))).ToList();
    }
}

/// <summary>An attached monthly partition (pg_inherits).</summary>
internal sealed class PartitionRow
{
    public string TableName { get; init; } = "";
    public string Parent { get; init; } = "";
    public DateOnly Month { get; init; }
    public long EstimatedRows { get; init; }
}
