using Dapper;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Energy.Data;

/// <summary>One addition to the roll-ups: a quantity on a business day.</summary>
internal readonly record struct RollupKey(Guid InstitutionId, DateOnly Day, EnergyKind Kind, Subsystem Subsystem);

/// <summary>
/// The maintained roll-ups (energy_rollup_day, energy_rollup_month). Writers only ever add, in one atomic
/// statement per row and in key order, so concurrent imports neither lose additions nor deadlock on them.
/// </summary>
internal sealed class RollupRepository(UnitOfWork uow, SqlDialect dialect)
{
    public async Task AddAsync(IReadOnlyDictionary<RollupKey, long> additions, CancellationToken ct)
    {
        // Key order as the engine sorts the key (uniqueidentifier by SQL Server's byte order, kinds as the
        // text stored), not .NET's Guid order or the enums' numbers: two imports then take the same rows
        // in the same order and queue instead of deadlocking.
        var days = additions.Where(a => a.Value != 0)
            .Select(a => new { a.Key.InstitutionId, a.Key.Day, Kind = a.Key.Kind.ToString(), Subsystem = a.Key.Subsystem.ToString(), QuantityMilli = a.Value })
            .OrderBy(d => d.InstitutionId, dialect.KeyOrder).ThenBy(d => d.Day).ThenBy(d => d.Kind, StringComparer.Ordinal).ThenBy(d => d.Subsystem, StringComparer.Ordinal)
            .ToList();
        if (days.Count == 0)
        {
            return;
        }
        var months = days.GroupBy(d => (d.InstitutionId, Month: Months.Key(d.Day), d.Kind, d.Subsystem))
            .Select(g => new { g.Key.InstitutionId, g.Key.Month, g.Key.Kind, g.Key.Subsystem, QuantityMilli = g.Sum(d => d.QuantityMilli) })
            .Where(m => m.QuantityMilli != 0)
            .OrderBy(m => m.InstitutionId, dialect.KeyOrder).ThenBy(m => m.Month).ThenBy(m => m.Kind, StringComparer.Ordinal).ThenBy(m => m.Subsystem, StringComparer.Ordinal)
            .ToList();
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            dialect.UpsertAdd("energy_rollup_day", ["institution_id", "day", "kind", "subsystem"], ["quantity_milli"]), days, uow.Transaction, cancellationToken: ct));
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            dialect.UpsertAdd("energy_rollup_month", ["institution_id", "month", "kind", "subsystem"], ["quantity_milli"]), months, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>Month rows of the institutions for the months (yyyyMM); Day is the month's first day.</summary>
    public async Task<IReadOnlyList<RollupRow>> MonthsAsync(IReadOnlyCollection<Guid> institutionIds, IReadOnlyCollection<int> months, CancellationToken ct)
    {
        var result = new List<RollupRow>();
        if (months.Count == 0)
        {
            return result;
        }
        var connection = await uow.ConnectionAsync(ct);
        foreach (var chunk in institutionIds.Chunk(SqlDialect.MaxListItems))
        {
            var rows = await connection.QueryAsync<MonthRow>(new CommandDefinition(
                $"""
                SELECT institution_id, month, kind, subsystem, quantity_milli FROM energy_rollup_month
                WHERE {dialect.InList("institution_id", "@Ids")} AND month >= @From AND month <= @To
                """,
                new { Ids = chunk, From = months.Min(), To = months.Max() }, uow.Transaction, cancellationToken: ct));
            result.AddRange(rows.Where(r => months.Contains(r.Month)).Select(r => new RollupRow
            {
                InstitutionId = r.InstitutionId, Day = Months.First(r.Month), Kind = r.Kind, Subsystem = r.Subsystem, QuantityMilli = r.QuantityMilli,
            }));
        }
        return result;
    }

    /// <summary>Day rows of the institutions from one date to another (inclusive).</summary>
    public async Task<IReadOnlyList<RollupRow>> DaysAsync(IReadOnlyCollection<Guid> institutionIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var result = new List<RollupRow>();
        foreach (var chunk in institutionIds.Chunk(SqlDialect.MaxListItems))
        {
            result.AddRange(await connection.QueryAsync<RollupRow>(new CommandDefinition(
                $"""
                SELECT institution_id, day, kind, subsystem, quantity_milli FROM energy_rollup_day
                WHERE {dialect.InList("institution_id", "@Ids")} AND day >= @From AND day <= @To
                """,
                new { Ids = chunk, From = from, To = to }, uow.Transaction, cancellationToken: ct)));
        }
        return result;
    }

    private sealed class MonthRow
    {
        public Guid InstitutionId { get; set; }
        public int Month { get; set; }
        public EnergyKind Kind { get; set; }
        public Subsystem Subsystem { get; set; }
        public long QuantityMilli { get; set; }
    }
}
