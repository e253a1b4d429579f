using System.Globalization;
using System.Text;

namespace OrganAffairs.Bench.Runner;

/// <summary>The markdown written under bench/results/ (and printed): summary per database, then every round.</summary>
internal sealed class Report(Options options)
{
    private readonly List<(string Database, IScenarioResult Result)> _results = [];
    private readonly List<(string Database, string Text)> _notes = [];

    public Machine Machine { get; set; } = null!;
    public IReadOnlyList<string> HostSettings { get; set; } = [];
    public string? PostgresVersion { get; set; }

    public void Add(string database, IScenarioResult result) => _results.Add((database, result));

    public void Note(string database, string text) => _notes.Add((database, text));

    public string StartLoad { get; } = Machine.LoadAverage();

    public string Header()
    {
        var m = Machine;
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"- date: {m.Date}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- commit: {m.Commit}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- machine: nproc {m.Cores}, {m.Cpu}, {m.Memory} RAM, {m.Os}, {m.Runtime}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- load average (1, 5, 15 min) at the start: {StartLoad}");
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"- load: {m.Wrk}, {options.Threads} threads, {options.Connections} connections, {options.DurationSeconds} s per round, {options.Rounds} rounds (A and B alternated: AB, BA, …), {options.WarmupSeconds} s warm-up of each side first; the machine is shared, so only the ratios are meant to be compared");
        if (options.Scenarios.Any(s => s is "bookings" or "dispatch"))
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"- contention scenarios: {options.ContentionConnections} connections; contended = {options.ContendedResources} rooms / {options.ContendedResources} vehicles and {options.ContendedResources} drivers, windows drawn from {options.ContendedWindows} one-hour windows; uncontended = one room / one vehicle and driver per connection, windows that never overlap");
        }
        if (options.Scenarios.Any(s => s is "ingest" or "indicators"))
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"- energy scenarios: ingest = a CSV file of {options.Readings:N0} quarter-hour readings of 2025 (interval electricity meters, a fresh institution and meters per round made through the API), {options.IngestRounds} rounds after an untimed import of half the size; indicators = 1 meter × 35,040 quarter-hours vs 10 meters × 35,040, loaded through the import endpoint");
        }
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"- data: {options.Organs:N0} organs with 2 headcount rows each, {options.Staff:N0} staff members with a primary post each, seeded with SQL after the Host's migrations");
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"- Host: {options.Configuration}{(options.ReadyToRunDir.Length > 0 ? ", published with ReadyToRun (so is the bare app)" : "")}, ASPNETCORE_ENVIRONMENT=Production, extra settings (bench/host-settings.txt): {(HostSettings.Count == 0 ? "none" : string.Join(" ", HostSettings))}");
        return sb.ToString();
    }

    public string Markdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine("# OrganAffairs benchmarks: the Host against a raw baseline");
        sb.AppendLine();
        sb.Append(Header());
        if (PostgresVersion is not null)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"- PostgreSQL: {PostgresVersion}, throwaway server on loopback, fsync/synchronous_commit/full_page_writes off (as in the tests); connection string options: {(options.PostgresOptions.Length == 0 ? "Npgsql defaults" : options.PostgresOptions)}");
        }
        sb.AppendLine();
        sb.AppendLine("A = the Host; B = the raw ADO.NET baseline (bench/Baseline) for the load scenarios, a bare ASP.NET Core app (bench/Bare) for start-up and memory; for the contention scenarios (bookings, dispatch) both sides are the Host, contended against uncontended, counting handled requests (2xx — 201 for a booking, 200 for a dispatch — and 409) per second. Throughput ratios are A/B of successful requests per second (higher is better); µs CPU/req is the server process's own CPU time (user + system, from /proc) per request, which the other load on a shared machine disturbs far less than throughput; start-up and memory ratios are A/B (lower is better). Energy: ingest is rows per second of a CSV import through the Host's endpoint (A) against the database's own bulk path loading the same rows (B: PostgreSQL binary COPY, SQLite one transaction of a prepared INSERT), with the Host's peak RSS (VmHWM) after an import of half the size and after the full ones; indicators is the Host against itself, the yearly indicators of an institution with 1× and with 10× the readings (growth = req/s 1×/10×, lower is better). Each figure is the median over the rounds; the ratio is the median of the per-round ratios.");

        foreach (var database in _results.Select(r => r.Database).Concat(_notes.Select(n => n.Database)).Distinct())
        {
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"## {(database == "sqlite" ? "SQLite" : database == "postgresql" ? "PostgreSQL" : database)}");
            sb.AppendLine();
            sb.AppendLine("| scenario | A: Host | B: baseline | A/B (median) | aim | met |");
            sb.AppendLine("|---|---|---|---|---|---|");
            foreach (var (_, result) in _results.Where(r => r.Database == database))
            {
                switch (result)
                {
                    case ScenarioResult load:
                        sb.AppendLine(CultureInfo.InvariantCulture,
                            $"| {load.Title} | {Label(load.ALabel, load)}{load.Side(r => r.A)} | {Label(load.BLabel, load)}{load.Side(r => r.B)} | **{load.MedianRatio:0.00}**{(load.Labelled ? $" ({load.ALabel}/{load.BLabel} req/s; p50 {load.BLabel}/{load.ALabel} {load.MedianP50Ratio:0.00})" : "")} | {(load.HigherIsBetter ? "≥" : "≤")} {load.Aim:0.00} | {(load.Met ? "yes" : "no")}{(load.Errors > 0 ? $" ({load.Errors} errors)" : "")} |");
                        break;
                    case IngestResult ingest:
                        sb.AppendLine(CultureInfo.InvariantCulture,
                            $"| {ingest.Title} | {ingest.Side(true)} | {ingest.Side(false)} | **{ingest.MedianRatio:0.00}** | ≥ {ingest.Aim:0.00} | {(ingest.Met ? "yes" : "no")} |");
                        break;
                    case PeakMemoryResult m:
                        sb.AppendLine(CultureInfo.InvariantCulture,
                            $"| {m.Title} | after the {MiB(m.FullBytes)} imports: {m.AfterFullMiB:0.0} MiB | after the {MiB(m.HalfBytes)} import: {m.AfterHalfMiB:0.0} MiB (at start: {m.AtStartMiB:0.0} MiB) | **{m.MedianRatio:0.00}×** | ≤ {m.Aim:0.0}× | {(m.Met ? "yes" : "no")} |");
                        break;
                    case ContentionResult c:
                        sb.AppendLine(CultureInfo.InvariantCulture,
                            $"| {c.Title} | {c.ALabel}: {c.Side(r => r.Contended)} | {c.BLabel}: {c.Side(r => r.Uncontended)} | **{c.MedianRatio:0.00}** ({c.ALabel}/{c.BLabel}) | — | —{(c.Errors > 0 ? $" ({c.Errors} errors)" : "")} |");
                        break;
                    case StartupResult s:
                        sb.AppendLine(CultureInfo.InvariantCulture,
                            $"| {s.Title} | {s.Side(true)} | {s.Side(false)} (bare app) | **{s.MedianRatio:0.00}×** | ≤ {s.Aim:0}× | {(s.Met ? "yes" : "no")} |");
                        break;
                }
            }
            foreach (var (_, text) in _notes.Where(n => n.Database == database))
            {
                sb.AppendLine();
                sb.AppendLine(CultureInfo.InvariantCulture, $"Note: {text}");
            }

            sb.AppendLine();
            sb.AppendLine("Rounds:");
            sb.AppendLine();
            sb.AppendLine("| scenario | round | order | A | B | A/B |");
            sb.AppendLine("|---|---|---|---|---|---|");
            foreach (var (_, result) in _results.Where(r => r.Database == database))
            {
                switch (result)
                {
                    case ScenarioResult load:
                        foreach (var r in load.Rounds)
                        {
                            sb.AppendLine(CultureInfo.InvariantCulture,
                                $"| {load.Title} | {r.Round} | {r.Order} | {Label(load.ALabel, load)}{Cell(r.A)} | {Label(load.BLabel, load)}{Cell(r.B)} | {r.Ratio:0.00} |");
                        }
                        break;
                    case IngestResult ingest:
                        foreach (var r in ingest.Rounds)
                        {
                            sb.AppendLine(CultureInfo.InvariantCulture,
                                $"| {ingest.Title} | {r.Round} | {r.Order} | {r.Rows:N0} rows in {r.A.TotalSeconds:0.00} s, {r.ARowsPerSecond:N0} rows/s, {r.ACpuUsPerRow:0.0} µs Host CPU/row | {r.BRowsPerSecond:N0} rows/s, {r.B.TotalSeconds:0.00} s | {r.Ratio:0.00} |");
                        }
                        break;
                    case ContentionResult c:
                        foreach (var r in c.Rounds)
                        {
                            sb.AppendLine(CultureInfo.InvariantCulture,
                                $"| {c.Title} | {r.Round} | {r.Order} | {c.ALabel}: {ContentionCell(r.Contended)} | {c.BLabel}: {ContentionCell(r.Uncontended)} | {r.Ratio:0.00} |");
                        }
                        break;
                    case StartupResult s:
                        var i = 0;
                        foreach (var (a, b) in s.Rounds)
                        {
                            i++;
                            sb.AppendLine(CultureInfo.InvariantCulture,
                                $"| {s.Title} | {i} | {(i % 2 == 1 ? "AB" : "BA")} | {a:0.#} {s.Unit} | {b:0.#} {s.Unit} | {a / b:0.00} |");
                        }
                        break;
                }
            }
        }
        return sb.ToString();
    }

    private static string Label(string label, ScenarioResult load) => load.Labelled ? label + ": " : "";

    internal static string MiB(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MiB");

    private static string ContentionCell(WrkResult r) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{r.HandledRps:N0} handled/s (2xx: {r.Status2xx:N0}, 409: {r.Status409:N0}), p50 {r.P50Ms:0.00} ms, p99 {r.P99Ms:0.00} ms, {r.CpuUsPerRequest:0} µs CPU/req{(ContentionResult.Unexpected(r) > 0 ? $", {ContentionResult.Unexpected(r)} errors" : "")}");

    private static string Cell(WrkResult r) =>
        string.Create(CultureInfo.InvariantCulture, $"{r.Rps:N0} req/s, p50 {r.P50Ms:0.00} ms, p99 {r.P99Ms:0.00} ms, {r.CpuUsPerRequest:0} µs CPU/req{(r.Errors > 0 ? $", {r.Errors} errors" : "")}");
}
