using System.Globalization;

namespace OrganAffairs.Bench.Runner;

/// <summary>
/// Many writers on SQLite (<c>-Scenarios writers</c>; not in the default run): <c>-ContentionConnections</c> (50)
/// wrk connections each creating organs (validated, audited, a new Idempotency-Key per request:
/// <c>lua/write-organ.lua</c>) against two Host processes on the same database in the same run — A with the
/// in-process write gate (the default, docs/adr/0045), B with <c>--Database:SqliteWriteGate=false</c>, where
/// writers wait in SQLite's busy handler as before — warmed up, then alternated rounds. What matters is the
/// tail: p99 against p50 (aim p99 ≤ 10× p50), wrk timeouts (5 s) and 5xx (aim: none). On PostgreSQL the gate
/// does nothing, so the scenario is left out there. The bookings and dispatch scenarios' uncontended sides
/// are the same kind of load on other tables (every request writes), with the gate on.
/// </summary>
internal sealed partial class Bench
{
    private void WritersScenario(string database, (App App, string Url) host, string[] dbArgs, string dir, Dictionary<string, string> env)
    {
        if (database != "sqlite")
        {
            Console.WriteLine("\nwriters: left out on PostgreSQL (the write gate is SQLite's only)");
            return;
        }
        var keyFile = Path.Combine(dir, "admin.key");
        var ungated = StartServer("host-ungated", _hostDll,
            dbArgs.Concat(_hostSettings).Concat([$"--Access:AdminKeyFile={keyFile}", "--Database:SqliteWriteGate=false"]), dir);
        var connections = _o.ContentionConnections;
        var title = $"POST create, {connections} concurrent writers: write gate on (A) vs off (B, SQLite's busy handler)";
        try
        {
            Console.WriteLine($"\n--- {title}, {_o.Rounds} rounds of {_o.DurationSeconds} s ---");
            WrkResult RunOne(bool gated, int seconds)
            {
                var runEnv = new Dictionary<string, string>(env)
                {
                    ["BENCH_CODE_BATCH"] = (++_codeBatch).ToString(CultureInfo.InvariantCulture),
                };
                var target = gated ? host : ungated;
                return WrkMeasured(target.App, "write-organ.lua", target.Url, seconds, runEnv, connections);
            }
            var result = new ContentionResult(title, "gate on", "gate off");
            Alternate(database, result, RunOne);
            string Tail(Func<ContentionRound, WrkResult> side, string label)
            {
                var p50 = Stats.Median(result.Rounds.Select(r => side(r).P50Ms));
                var p99 = Stats.Median(result.Rounds.Select(r => side(r).P99Ms));
                var tails = string.Join(", ", result.Rounds.Select(r => (side(r).P99Ms / side(r).P50Ms).ToString("0.0", CultureInfo.InvariantCulture)));
                return $"{label}: p50 {p50:0.0} ms, p99 {p99:0.0} ms, p99/p50 {p99 / p50:0.0}× (rounds {tails}), " +
                       $"timeouts {result.Rounds.Sum(r => side(r).Timeouts)}, 5xx {result.Rounds.Sum(r => side(r).Status5xx)}, " +
                       $"other non-2xx {result.Rounds.Sum(r => side(r).StatusOther - side(r).Status5xx)} (all rounds)";
            }
            var note = $"writers ({connections} connections, creates): {Tail(r => r.Contended, "gate on")}; {Tail(r => r.Uncontended, "gate off")}";
            Console.WriteLine(note);
            _report.Note(database, note);
        }
        finally
        {
            ungated.App.Stop();
            _running.Remove(ungated.App);
            ungated.App.Dispose();
        }
    }
}
