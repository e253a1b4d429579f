using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace OrganAffairs.Bench.Runner;

/// <summary>
/// The Energy scenarios (not in the default run), on a Host process of their own:
/// <list type="bullet">
/// <item><c>ingest</c>: a CSV file of N quarter-hour readings through the Host's streamed import endpoint (A)
/// against the database's own bulk path loading the same rows from the same file (B: PostgreSQL binary COPY,
/// SQLite one transaction of a prepared INSERT), alternated; and the Host's peak RSS after an import of N/2
/// rows and after the imports of N rows.</item>
/// <item><c>indicators</c>: the yearly indicators of an institution with one meter-year of readings against
/// one with ten, both loaded through the import endpoint, under wrk (<c>lua/energy-indicators.lua</c>).</item>
/// </list>
/// </summary>
internal sealed partial class Bench
{
    private const string EnergyRoot = "/api/v1/energy";

    /// <summary>The readings lie in the quarter-hours of 2025, business time (UTC+8): 365 × 96 of them per meter.</summary>
    private const int QuarterHoursPerYear = 365 * 96;

    private static readonly DateTimeOffset YearStart = new(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The Host's default business time zone (BusinessTimeOptions): a reading's business date is the day of the instant just before it.</summary>
    private static readonly TimeZoneInfo BusinessZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private const string ReadingColumns = "meter_id, read_at, value_milli, consumption_milli, business_date, import_id";

    /// <summary>For the imports only: the endpoint allows 20 minutes; the runner's other requests keep 10 s.</summary>
    private readonly HttpClient _importHttp = new(new SocketsHttpHandler()) { Timeout = TimeSpan.FromMinutes(25) };

    private int _energySerial;

    private void IngestScenario(string database, (App App, string Url) host, string connectionString, string dir)
    {
        var rows = _o.Readings;
        var half = rows / 2;
        var bulk = database == "postgresql" ? "binary COPY" : "one transaction of a prepared INSERT";
        var title = $"CSV import of {rows:N0} readings (mode=KeepValid): the Host's endpoint vs {bulk}";
        Console.WriteLine($"\n--- {title}: Host (A) vs the database's bulk path (B), {_o.IngestRounds} rounds, {MetersFor(rows)} meters × quarter-hours of 2025 ---");

        var atStart = host.App.PeakRssMiB();
        // Warm-up and memory check in one: an import of half the size first (not counted), then the full-size
        // ones; if memory grew with the file, the peak after them would pass the peak after the half-size one.
        // The half-size import comes first because VmHWM only ever grows (and after a reset through
        // /proc/pid/clear_refs it would start from the resident memory the full-size imports left behind).
        var warm = IngestRound(database, host, connectionString, dir, 0, half, hostFirst: true);
        var afterHalf = host.App.PeakRssMiB();
        Console.WriteLine($"warm-up  {half:N0} rows ({MiB(warm.Bytes)})  A {warm.Round.ARowsPerSecond,9:N0} rows/s   B {warm.Round.BRowsPerSecond,9:N0} rows/s (not counted); Host peak RSS {atStart:0.0} MiB at start, {afterHalf:0.0} MiB after it");

        IngestResult? result = null;
        for (var round = 1; round <= _o.IngestRounds; round++)
        {
            _cancel.Token.ThrowIfCancellationRequested();
            var (r, bytes) = IngestRound(database, host, connectionString, dir, round, rows, hostFirst: round % 2 == 1);
            result ??= new IngestResult(title, 0.5, bytes);
            result.Add(r);
            Console.WriteLine(
                $"round {round} ({r.Order})  A {r.A.TotalSeconds,6:0.00} s {r.ARowsPerSecond,9:N0} rows/s cpu {r.ACpuUsPerRow,5:0.0} µs/row" +
                $" | B {r.B.TotalSeconds,6:0.00} s {r.BRowsPerSecond,9:N0} rows/s | A/B {r.Ratio:0.00} | Host peak RSS {host.App.PeakRssMiB():0.0} MiB");
        }
        var afterFull = host.App.PeakRssMiB();
        Console.WriteLine($"median A/B {result!.MedianRatio:0.00} (aim ≥ 0.50); Host peak RSS {afterHalf:0.0} MiB after the {MiB(warm.Bytes)} import, {afterFull:0.0} MiB after the {MiB(result.FileBytes)} ones ({afterFull / afterHalf:0.00}×)");
        _report.Add(database, result);
        _report.Add(database, new PeakMemoryResult("Host peak RSS (VmHWM), same process: full-size imports vs one of half the size", 1.1,
            atStart, afterHalf, warm.Bytes, afterFull, result.FileBytes));
    }

    /// <summary>
    /// One round: a fresh institution with its meters (through the API), a CSV file of its readings; A imports
    /// the file through the endpoint, B loads the same rows from the same file under other meter ids.
    /// </summary>
    private (IngestRound Round, long Bytes) IngestRound(string database, (App App, string Url) host, string connectionString, string dir, int round, int rows, bool hostFirst)
    {
        var (_, meters) = CreateInstitution(host.Url, MetersFor(rows));
        var file = Path.Combine(dir, $"readings-{round}.csv");
        var bytes = WriteReadings(file, meters, rows);
        // Other meter ids for B (not registered: energy_reading has no foreign key), so no key collides with A's.
        var other = meters.ToDictionary(m => m, _ => Guid.CreateVersion7());
        try
        {
            TimeSpan a = default, b = default;
            var cpu = TimeSpan.Zero;
            void RunA() => (a, cpu) = Import(host, file, rows);
            void RunB() => b = BulkLoad(database, connectionString, file, other, rows);
            if (hostFirst)
            {
                RunA();
                RunB();
            }
            else
            {
                RunB();
                RunA();
            }
            if (round == 1)
            {
                CompareStoredRows(database, connectionString, meters[0], other[meters[0]]);
            }
            return (new IngestRound(round, hostFirst ? "AB" : "BA", rows, a, b, cpu.TotalMicroseconds / rows), bytes);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static int MetersFor(long rows) => (int)((rows + QuarterHoursPerYear - 1) / QuarterHoursPerYear);

    private void IndicatorsScenario(string database, (App App, string Url) host, string connectionString, string dir, Dictionary<string, string> baseEnv)
    {
        const string title = "GET yearly indicators (period=Year, 2025): 1 meter-year vs 10 meter-years of quarter-hour readings";
        Console.WriteLine($"\n--- {title}: 1× (A) vs 10× (B), {_o.Rounds} rounds of {_o.DurationSeconds} s, {_o.Connections} connections ---");
        var institutions = new List<Guid>();
        var load = Stopwatch.StartNew();
        foreach (var meterCount in new[] { 1, 10 })
        {
            var (institution, meters) = CreateInstitution(host.Url, meterCount);
            var file = Path.Combine(dir, $"indicators-{meterCount}.csv");
            WriteReadings(file, meters, meterCount * QuarterHoursPerYear);
            Import(host, file, meterCount * QuarterHoursPerYear);
            File.Delete(file);
            institutions.Add(institution);
        }
        var url1 = $"{host.Url}{EnergyRoot}/indicators?institutionId={institutions[0]}&period=Year&year=2025";
        var url10 = $"{host.Url}{EnergyRoot}/indicators?institutionId={institutions[1]}&period=Year&year=2025";
        var total1 = TotalKgce(url1);
        var total10 = TotalKgce(url10);
        // The ten meters read what the one meter reads, so the totals must be exactly 10×.
        if (total10 != 10 * total1 || total1 <= 0)
        {
            throw new InvalidOperationException($"indicators: the 10× total is {total10} kgce, not 10 × {total1}");
        }
        Console.WriteLine($"{QuarterHoursPerYear:N0} and {10 * QuarterHoursPerYear:N0} readings imported in {load.Elapsed.TotalSeconds:0.0} s; sanity: both answer 200, total {total1} kgce and {total10} kgce (10×)");
        // What the table holds while the two institutions are read: with ingest first (-Readings 10000000) it is
        // the indicator's cost at that scale, everyone else's readings around it (issue 26).
        var tableRows = ReadingRows(database, connectionString);
        _report.Note(database, $"indicators: measured with {tableRows:N0} readings in energy_reading (all institutions; the two measured hold {11 * QuarterHoursPerYear:N0})");
        Console.WriteLine($"energy_reading holds {tableRows:N0} rows");

        WrkResult RunOne(bool one, int seconds) =>
            WrkMeasured(host.App, "energy-indicators.lua", host.Url, seconds,
                new Dictionary<string, string>(baseEnv) { ["BENCH_INSTITUTION_ID"] = institutions[one ? 0 : 1].ToString(), ["BENCH_YEAR"] = "2025" });
        AlternateLoad(database, new ScenarioResult(title, 1.2, higherIsBetter: false, "1×", "10×"), RunOne);
    }

    private static long ReadingRows(string database, string connectionString)
    {
        using var connection = Seeder.Open(database, connectionString);
        using var command = connection.CreateCommand();
        command.CommandTimeout = 300;
        command.CommandText = "SELECT COUNT(*) FROM energy_reading";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private decimal TotalKgce(string url)
    {
        using var response = _http.GetAsync(url).GetAwaiter().GetResult();
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if ((int)response.StatusCode != 200)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {text}");
        }
        return JsonDocument.Parse(text).RootElement.GetProperty("totalKgce").GetDecimal();
    }

    /// <summary>An organ, its institution and interval electricity meters, through the API.</summary>
    private (Guid Institution, List<Guid> Meters) CreateInstitution(string url, int meters)
    {
        var n = ++_energySerial;
        // Serial 98…: not used by the seed (00), the sanity check (99) or a create run (its batch).
        var code = Uscc.Make("320100", "98" + n.ToString("0000000", CultureInfo.InvariantCulture));
        var organ = Post(url + "/api/v1/organs",
            $$"""{"name":"基准能耗机构{{n}}","shortName":null,"divisionCode":"320100","unifiedSocialCreditCode":"{{code}}","level":"Municipal","type":"GovernmentDepartment"}""",
            201).GetProperty("id").GetGuid();
        var institution = Post($"{url}{EnergyRoot}/institutions",
            $$"""{"organId":"{{organ}}","name":"基准能耗机构{{n}}","directoryCode":"BENCH-{{n:D8}}"}""", 201).GetProperty("id").GetGuid();
        var ids = new List<Guid>(meters);
        for (var i = 0; i < meters; i++)
        {
            var body = $$"""{"code":"M-{{i:000}}","kind":"Electricity","unit":"Kwh","subsystem":"LightingAndSockets","mode":"Interval","registerDigits":null,"multiplier":1,"installedAt":"2024-01-01T00:00:00+08:00","initialRegisterValue":null}""";
            ids.Add(Post($"{url}{EnergyRoot}/institutions/{institution}/meters", body, 201).GetProperty("id").GetGuid());
        }
        return (institution, ids);
    }

    /// <summary>
    /// Writes <paramref name="rows"/> readings, quarter-hour by quarter-hour of 2025 and meter by meter within
    /// each (as a data logger exports them); the value depends on the quarter-hour only (0.125–0.5 kWh), so
    /// every meter reads the same. Returns the file's size.
    /// </summary>
    private static long WriteReadings(string file, IReadOnlyList<Guid> meters, int rows)
    {
        var ids = meters.Select(m => m.ToString()).ToArray();
        using (var writer = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write("meterId,readAt,value\n");
            for (var i = 0; i < rows; i++)
            {
                var slot = i / ids.Length;
                writer.Write(ids[i % ids.Length]);
                writer.Write(',');
                writer.Write(YearStart.AddMinutes(15 * (slot + 1)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write((slot % 4) switch { 0 => "0.125", 1 => "0.25", 2 => "0.375", _ => "0.5" });
                writer.Write('\n');
            }
        }
        return new FileInfo(file).Length;
    }

    /// <summary>A: the file streamed from disk to the import endpoint (mode=KeepValid); every row must be accepted.</summary>
    private (TimeSpan Took, TimeSpan HostCpu) Import((App App, string Url) host, string file, int rows)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{host.Url}{EnergyRoot}/readings/imports?mode=KeepValid")
        {
            Content = new StreamContent(stream, 1 << 16) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" } } },
        };
        request.Headers.Add("X-Api-Key", _http.DefaultRequestHeaders.GetValues("X-Api-Key"));
        var cpu = host.App.CpuTime();
        var watch = Stopwatch.StartNew();
        using var response = _importHttp.SendAsync(request, _cancel.Token).GetAwaiter().GetResult();
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        var took = watch.Elapsed;
        var used = host.App.CpuTime() - cpu;
        if ((int)response.StatusCode != 201)
        {
            throw new InvalidOperationException($"import of {rows:N0} rows answered {(int)response.StatusCode}: {(text.Length > 1000 ? text[..1000] : text)}");
        }
        var json = JsonDocument.Parse(text).RootElement;
        long Count(string name) => json.GetProperty(name).GetInt64();
        if (Count("rowsRead") != rows || Count("accepted") != rows || Count("duplicates") != 0 || Count("rejected") != 0)
        {
            throw new InvalidOperationException($"import of {rows:N0} rows: rowsRead {Count("rowsRead")}, accepted {Count("accepted")}, duplicates {Count("duplicates")}, rejected {Count("rejected")}");
        }
        return (took, used);
    }

    /// <summary>
    /// B: the same file read and parsed plainly, the same fields computed (consumption = value × multiplier 1,
    /// the business date as the Host computes it), written with the database's own bulk path and the same CLR
    /// types as the Host's bulk path, so the stored representations match.
    /// </summary>
    private static TimeSpan BulkLoad(string database, string connectionString, string file, Dictionary<Guid, Guid> meterIds, int rows)
    {
        var importId = Guid.CreateVersion7();
        var watch = Stopwatch.StartNew();
        long written = 0;
        using var connection = Seeder.Open(database, connectionString);
        if (connection is NpgsqlConnection pg)
        {
            using var writer = pg.BeginBinaryImport($"COPY energy_reading ({ReadingColumns}) FROM STDIN (FORMAT BINARY)");
            foreach (var (meter, readAt, milli, date) in ReadFile(file, meterIds))
            {
                writer.StartRow();
                writer.Write(meter, NpgsqlDbType.Uuid);
                writer.Write(readAt.UtcDateTime, NpgsqlDbType.TimestampTz);
                writer.Write(milli, NpgsqlDbType.Bigint);
                writer.Write(milli, NpgsqlDbType.Bigint);
                writer.Write(date, NpgsqlDbType.Date);
                writer.Write(importId, NpgsqlDbType.Uuid);
            }
            written = (long)writer.Complete();
        }
        else
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO energy_reading ({ReadingColumns}) VALUES (@m, @r, @v, @c, @d, @i)";
            var p = new[] { "@m", "@r", "@v", "@c", "@d", "@i" }.Select(name =>
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
                return parameter;
            }).ToArray();
            p[5].Value = importId;
            command.Prepare();
            foreach (var (meter, readAt, milli, date) in ReadFile(file, meterIds))
            {
                p[0].Value = meter;
                p[1].Value = readAt;
                p[2].Value = milli;
                p[3].Value = milli;
                p[4].Value = date;
                written += command.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        var took = watch.Elapsed;
        return written == rows ? took : throw new InvalidOperationException($"bulk load: {written:N0} rows written, not {rows:N0}");
    }

    private static IEnumerable<(Guid Meter, DateTimeOffset ReadAt, long Milli, DateOnly Date)> ReadFile(string file, Dictionary<Guid, Guid> meterIds)
    {
        using var reader = new StreamReader(file, Encoding.UTF8, false, 1 << 16);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split(',');
            var readAt = DateTimeOffset.Parse(cells[1], CultureInfo.InvariantCulture).ToUniversalTime();
            var milli = (long)(decimal.Parse(cells[2], CultureInfo.InvariantCulture) * 1000);
            var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(readAt.AddTicks(-1), BusinessZone).DateTime);
            yield return (meterIds[Guid.Parse(cells[0])], readAt, milli, date);
        }
    }

    /// <summary>The first rows of one of A's meters and of B's matching meter are stored alike, column by column (on SQLite: the same text).</summary>
    private void CompareStoredRows(string database, string connectionString, Guid a, Guid b)
    {
        List<string> Rows(DbConnection connection, Guid meter)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT read_at, value_milli, consumption_milli, business_date FROM energy_reading WHERE meter_id = @m ORDER BY read_at LIMIT 3";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@m";
            parameter.Value = meter;
            command.Parameters.Add(parameter);
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                // SQLite answers the stored text itself; PostgreSQL a DateTime (timestamptz) and a DateOnly (date).
                rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) switch
                {
                    DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    var v => Convert.ToString(v, CultureInfo.InvariantCulture),
                })));
            }
            return rows;
        }
        using var connection = Seeder.Open(database, connectionString);
        var rowsA = Rows(connection, a);
        var rowsB = Rows(connection, b);
        if (rowsA.Count == 0 || !rowsA.SequenceEqual(rowsB))
        {
            var note = $"ingest: the Host's and the bulk path's rows differ: [{string.Join("; ", rowsA)}] vs [{string.Join("; ", rowsB)}]";
            _report.Note(database, note);
            Console.WriteLine("sanity WARNING: " + note);
            return;
        }
        Console.WriteLine($"sanity: A's and B's rows are stored alike ({rowsA[0]})");
    }

    /// <summary>
    /// After the energy scenarios, one query: the roll-ups (day and month) must add up to the consumption of
    /// the readings of registered meters (B's rows have none) plus vehicle fuel.
    /// </summary>
    private void VerifyRollups(string database, string connectionString)
    {
        using var connection = Seeder.Open(database, connectionString);
        using var command = connection.CreateCommand();
        command.CommandTimeout = 300;
        command.CommandText = """
            SELECT (SELECT COALESCE(SUM(r.consumption_milli), 0) FROM energy_reading r JOIN energy_meter m ON m.id = r.meter_id),
                   (SELECT COALESCE(SUM(quantity_milli), 0) FROM energy_vehicle_fuel),
                   (SELECT COALESCE(SUM(quantity_milli), 0) FROM energy_rollup_day),
                   (SELECT COALESCE(SUM(quantity_milli), 0) FROM energy_rollup_month)
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        var (readings, fuel, days, months) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        var text = $"roll-up check: readings of registered meters {readings:N0} + vehicle fuel {fuel:N0} = {readings + fuel:N0} milli; day roll-ups {days:N0}, month roll-ups {months:N0}";
        var ok = readings + fuel == days && days == months;
        _report.Note(database, (ok ? "" : "MISMATCH — ") + text);
        Console.WriteLine((ok ? "" : "WARNING: MISMATCH — ") + text);
    }

    private static string MiB(long bytes) => Report.MiB(bytes);
}
