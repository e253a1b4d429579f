using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Energy.Support;

/// <summary>What one chunk of readings did.</summary>
internal sealed class ChunkOutcome
{
    public long Accepted { get; set; }
    public long Replaced { get; set; }
    public long Duplicates { get; set; }
    public List<RowError> Errors { get; } = [];

    /// <summary>The institutions and years whose consumption changed (for quota checks).</summary>
    public HashSet<(Guid InstitutionId, int Year)> Touched { get; } = [];

    /// <summary>Per row number, the stored reading it created, replaced or matched.</summary>
    public Dictionary<long, ReadingRow> Stored { get; } = [];
}

/// <summary>
/// Checks a chunk of readings against their meters and stores the good ones: meters are locked first (in
/// id order), so the register state each reading is measured against cannot change underneath; new readings
/// go through the provider's bulk path; consumption is added to the roll-ups in the same transaction.
/// In validate-only mode (an all-or-nothing import that already failed) nothing is locked or written, and
/// the register state carries from chunk to chunk in memory.
/// </summary>
internal sealed class ReadingProcessor(
    UnitOfWork uow, MeterRepository meters, ReadingRepository readings, RollupRepository rollups, EnergyRuleBook book, BusinessClock clock)
{
    /// <summary>A reading may be stamped at most this far in the future (clock skew of the sending system).</summary>
    private static readonly TimeSpan FutureSkew = TimeSpan.FromMinutes(5);

    public async Task<ChunkOutcome> ProcessAsync(
        IReadOnlyList<ParsedReading> rows, DuplicatePolicy policy, Guid? importId, bool write, Dictionary<Guid, MeterRow> carried, CancellationToken ct,
        bool keepStored = true)
    {
        var outcome = new ChunkOutcome();
        if (rows.Count == 0)
        {
            return outcome;
        }
        await uow.ConnectionAsync(ct);
        await book.LoadAsync(ct);
        var meterIds = rows.Select(r => r.MeterId).Distinct().ToList();
        if (write)
        {
            foreach (var (id, row) in await meters.LoadAsync(meterIds, lockRows: true, ct))
            {
                carried[id] = row;
            }
        }
        else
        {
            var unseen = meterIds.Where(id => !carried.ContainsKey(id)).ToList();
            foreach (var (id, row) in await meters.LoadAsync(unseen, lockRows: false, ct))
            {
                carried[id] = row;
            }
        }

        // Per meter once, not per row: the jurisdiction that picks the density rule.
        var divisions = new Dictionary<Guid, string?>();
        foreach (var meter in meterIds.Where(carried.ContainsKey).Select(id => carried[id]))
        {
            divisions[meter.Id] = await book.DivisionOfAsync(meter.OrganId, ct);
        }
        var dates = new BusinessDates(clock);
        var now = clock.UtcNow;
        var pending = new Dictionary<(Guid, DateTimeOffset), ReadingRow>();
        var inserts = new List<ReadingRow>();
        var updates = new List<ReadingRow>();
        var changedMeters = new HashSet<MeterRow>();
        var additions = new Dictionary<RollupKey, long>();

        foreach (var row in rows)
        {
            if (!carried.TryGetValue(row.MeterId, out var meter))
            {
                outcome.Errors.Add(new RowError(row.RowNumber, "meterId", EnergyErrors.MeterUnknown));
                continue;
            }
            if (meter.Status == MeterStatus.Retired)
            {
                outcome.Errors.Add(new RowError(row.RowNumber, "meterId", EnergyErrors.MeterRetired));
                continue;
            }
            if (row.ReadAt < meter.InstalledAt || row.ReadAt > now + FutureSkew)
            {
                outcome.Errors.Add(new RowError(row.RowNumber, "readAt", EnergyErrors.ReadAtOutOfRange));
                continue;
            }
            var cumulative = meter.Mode == MeterMode.Cumulative;
            if (cumulative && row.ValueMilli >= Register.SpanMilli(meter.RegisterDigits!.Value))
            {
                outcome.Errors.Add(new RowError(row.RowNumber, "value", EnergyErrors.ValueExceedsRegister));
                continue;
            }
            var key = (meter.Id, row.ReadAt);
            var existing = pending.GetValueOrDefault(key);
            if (existing is null && meter.LastReadAt is { } latest && row.ReadAt <= latest)
            {
                existing = await readings.FindAsync(meter.Id, row.ReadAt, ct);
            }
            var date = dates.Of(row.ReadAt);
            var division = divisions[meter.Id];

            if (existing is not null)
            {
                if (existing.ValueMilli == row.ValueMilli)
                {
                    outcome.Duplicates++;
                    Keep(outcome, keepStored, row.RowNumber, existing);
                    continue;
                }
                if (policy == DuplicatePolicy.Reject)
                {
                    outcome.Errors.Add(new RowError(row.RowNumber, "value", EnergyErrors.ReadingConflict, $"stored value {Scaled.FromMilli(existing.ValueMilli)}"));
                    continue;
                }
                if (cumulative)
                {
                    outcome.Errors.Add(new RowError(row.RowNumber, "value", EnergyErrors.ReplaceCumulative));
                    continue;
                }
                if (Convert(meter, row.ValueMilli * meter.Multiplier, division, existing.BusinessDate) is not { } replacement)
                {
                    outcome.Errors.Add(new RowError(row.RowNumber, "value", EnergyErrors.DensityMissing));
                    continue;
                }
                Add(additions, new RollupKey(meter.InstitutionId, existing.BusinessDate, meter.Kind, meter.Subsystem), replacement - existing.ConsumptionMilli);
                var wasPending = pending.ContainsKey(key);
                existing.ValueMilli = row.ValueMilli;
                existing.ConsumptionMilli = replacement;
                existing.ImportId = importId;
                if (!wasPending)
                {
                    updates.Add(existing);
                    pending[key] = existing;
                }
                outcome.Replaced++;
                Keep(outcome, keepStored, row.RowNumber, existing);
                outcome.Touched.Add((meter.InstitutionId, existing.BusinessDate.Year));
                continue;
            }

            long raw;
            if (cumulative)
            {
                if (meter.LastReadAt is { } last && row.ReadAt <= last)
                {
                    outcome.Errors.Add(new RowError(row.RowNumber, "readAt", EnergyErrors.OutOfOrder, $"latest reading at {last:O}"));
                    continue;
                }
                if (Register.Delta(meter.LastRegisterMilli ?? 0, row.ValueMilli, meter.RegisterDigits!.Value) is not { } delta)
                {
                    outcome.Errors.Add(new RowError(row.RowNumber, "value", EnergyErrors.RegisterBackwards, $"previous register {Scaled.FromMilli(meter.LastRegisterMilli ?? 0)}"));
                    continue;
                }
                raw = delta * meter.Multiplier;
            }
            else
            {
                raw = row.ValueMilli * meter.Multiplier;
            }
            if (Convert(meter, raw, division, date) is not { } consumption)
            {
                outcome.Errors.Add(new RowError(row.RowNumber, "value", EnergyErrors.DensityMissing));
                continue;
            }
            if (cumulative)
            {
                meter.LastRegisterMilli = row.ValueMilli;
            }
            if (meter.LastReadAt is null || row.ReadAt > meter.LastReadAt)
            {
                meter.LastReadAt = row.ReadAt;
            }
            changedMeters.Add(meter);
            var reading = new ReadingRow
            {
                MeterId = meter.Id, ReadAt = row.ReadAt, ValueMilli = row.ValueMilli, ConsumptionMilli = consumption, BusinessDate = date, ImportId = importId,
            };
            pending[key] = reading;
            inserts.Add(reading);
            Add(additions, new RollupKey(meter.InstitutionId, date, meter.Kind, meter.Subsystem), consumption);
            outcome.Accepted++;
            Keep(outcome, keepStored, row.RowNumber, reading);
            outcome.Touched.Add((meter.InstitutionId, date.Year));
        }

        if (write)
        {
            await readings.BulkInsertAsync(inserts, ct);
            foreach (var update in updates)
            {
                await readings.UpdateValueAsync(update, ct);
            }
            if (changedMeters.Count > 0)
            {
                await meters.SetStateAsync(changedMeters.OrderBy(m => m.Id), ct);
            }
            await rollups.AddAsync(additions, ct);
        }
        return outcome;
    }

    /// <summary>Litres of fuel to kg by the density in force on the day (rounded to the gram); other units pass through.</summary>
    private long? Convert(MeterRow meter, long rawMilli, string? division, DateOnly on)
    {
        if (meter.Unit != MeterUnit.Litre)
        {
            return rawMilli;
        }
        return book.Coefficient(RuleKinds.Density, meter.Kind, division, on) is { } density ? Scaled.RoundMilli(rawMilli * density) : null;
    }

    private static void Keep(ChunkOutcome outcome, bool keepStored, long rowNumber, ReadingRow reading)
    {
        if (keepStored)
        {
            outcome.Stored[rowNumber] = reading;
        }
    }

    private static void Add(Dictionary<RollupKey, long> additions, RollupKey key, long quantity) =>
        additions[key] = additions.GetValueOrDefault(key) + quantity;
}

/// <summary>
/// The business date a reading's consumption counts on: the date, in the business time zone, of the
/// instant just before it (a reading at local midnight closes the previous day). Time-zone offsets are
/// whole quarter-hours, so the answer is cached per UTC quarter-hour: readings come in time order.
/// </summary>
internal sealed class BusinessDates(BusinessClock clock)
{
    private static readonly long Quarter = TimeSpan.FromMinutes(15).Ticks;
    private long _bucket = long.MinValue;
    private DateOnly _date;

    public DateOnly Of(DateTimeOffset readAt)
    {
        var instant = readAt.AddTicks(-1);
        var bucket = instant.UtcTicks / Quarter;
        if (bucket != _bucket)
        {
            _bucket = bucket;
            _date = clock.DateOf(instant);
        }
        return _date;
    }
}
