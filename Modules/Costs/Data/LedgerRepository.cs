using Dapper;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Costs.Data;

/// <summary>All SQL on costs_entry (the actuals ledger), its running totals (costs_total) and costs_backfill.</summary>
internal sealed class LedgerRepository(UnitOfWork uow, SqlDialect dialect)
{
    private static readonly string[] InsertOnly =
        ["id", "source", "source_id", "corrects_event_id", "organ_id", "year", "line", "amount_fen", "paid_on", "recorded_at"];

    /// <summary>
    /// Inserts each entry unless one with its entry id exists: the dialect's insert-if-absent (ON CONFLICT DO NOTHING,
    /// MERGE … WITH (HOLDLOCK) on SQL Server), so two Hosts delivering the same item at once write it once.
    /// Entries go in the provider's key order of their entry ids, so concurrent batches never deadlock.
    /// </summary>
    /// <returns>How many entries were inserted (those already present count 0).</returns>
    public async Task<int> InsertIfAbsentAsync(IReadOnlyCollection<EntryRow> entries, CancellationToken ct)
    {
        var sql = dialect.Upsert("costs_entry", ["entry_id"], [], InsertOnly);
        var posted = new List<EntryRow>();
        foreach (var e in entries.OrderBy(e => e.EntryId, dialect.KeyOrder))
        {
            if (await uow.Connection.ExecuteAsync(new CommandDefinition(sql, new
                {
                    e.Id, e.EntryId, Source = e.Source.ToString(), e.SourceId, e.CorrectsEventId, e.OrganId, e.Year, Line = e.Line.ToString(), e.AmountFen, e.PaidOn, e.RecordedAt,
                }, uow.Transaction, cancellationToken: ct)) == 1)
            {
                posted.Add(e);
            }
        }
        // The running totals move in the same transaction, only by the entries really inserted (a redelivery adds nothing),
        // after every entry and in the provider's key order (the line as the text it is stored as), so concurrent postings queue on a total instead of deadlocking.
        var totals = dialect.UpsertAdd("costs_total", ["organ_id", "year", "line"], ["amount_fen", "entries"]);
        foreach (var t in posted.GroupBy(e => (e.OrganId, e.Year, e.Line)).OrderBy(g => g.Key.OrganId, dialect.KeyOrder).ThenBy(g => g.Key.Year)
                     .ThenBy(g => g.Key.Line.ToString(), StringComparer.Ordinal))
        {
            await uow.Connection.ExecuteAsync(new CommandDefinition(totals, new
            {
                t.Key.OrganId, t.Key.Year, Line = t.Key.Line.ToString(), AmountFen = t.Sum(e => e.AmountFen), Entries = (long)t.Count(),
            }, uow.Transaction, cancellationToken: ct));
        }
        return posted.Count;
    }

    /// <summary>Per organ among <paramref name="organIds"/> and line, the sum of the year's entries: the running totals.</summary>
    public async Task<IReadOnlyList<ActualRow>> ActualsAsync(IReadOnlyCollection<Guid> organIds, int year, CancellationToken ct) =>
        await uow.QueryChunkedAsync<ActualRow>(organIds, chunk => (
            $"SELECT organ_id, line, amount_fen, entries FROM costs_total WHERE year = @Year AND {dialect.InList("organ_id", "@Ids")}",
            new { Year = year, Ids = chunk }), ct);

    /// <summary>Every entry of one organ's year (the reconciliation compares them item by item).</summary>
    public async Task<IReadOnlyList<EntryRow>> EntriesAsync(Guid organId, int year, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<EntryRow>(new CommandDefinition(
            "SELECT id, entry_id, source, source_id, corrects_event_id, organ_id, year, line, amount_fen, paid_on, recorded_at FROM costs_entry WHERE organ_id = @OrganId AND year = @Year",
            new { OrganId = organId, Year = year }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public async Task<bool> BackfilledAsync(string source, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<int>(new CommandDefinition(
            "SELECT 1 FROM costs_backfill WHERE source = @Source", new { Source = source }, uow.Transaction, cancellationToken: ct))).Any();
    }

    public Task MarkBackfilledAsync(string source, DateTimeOffset at, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            dialect.Upsert("costs_backfill", ["source"], ["completed_at"]), new { Source = source, CompletedAt = at }, uow.Transaction, cancellationToken: ct));
}
