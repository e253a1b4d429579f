namespace OrganAffairs.Bench.Runner;

/// <summary>
/// The tracing overhead (<c>-Scenarios tracing</c>; not in the default run): GET organ by id against two Host
/// processes on the same database in the same run — A with OpenTelemetry on, B with it off (the default) —
/// warmed up, then alternated rounds. A exports over OTLP to a loopback port where nothing listens (an exporter
/// to nowhere: spans are recorded, batched and serialised as in production, and each export fails fast), so the
/// figure is what a deployment with a collector pays on the request path. The ratio is A/B of requests per second.
/// </summary>
internal sealed partial class Bench
{
    /// <summary>Working aim of docs/adr/0041: tracing on costs at most 10% of the organ GET's throughput.</summary>
    private const double TracingAim = 0.9;

    private void TracingScenario(string database, (App App, string Url) host, string[] dbArgs, string dir, Dictionary<string, string> env)
    {
        // A port that was free a moment ago and that nothing here listens on: the OTLP exporter's connections are refused.
        var nowhere = $"http://127.0.0.1:{Run.FreePort()}";
        var keyFile = Path.Combine(dir, "admin.key");
        var traced = StartServer("host-traced", _hostDll,
            dbArgs.Concat(_hostSettings).Concat([
                $"--Access:AdminKeyFile={keyFile}",
                "--OpenTelemetry:Enabled=true",
                $"--OpenTelemetry:Endpoint={nowhere}",
            ]), dir);
        try
        {
            Console.WriteLine($"\n--- GET organ by id: tracing on (A, OTLP to {nowhere}) vs off (B), {_o.Rounds} rounds of {_o.DurationSeconds} s, {_o.Connections} connections ---");
            WrkResult RunOne(bool tracingOn, int seconds)
            {
                var target = tracingOn ? traced : host;
                return WrkMeasured(target.App, "get-organ.lua", target.Url, seconds, env);
            }
            AlternateLoad(database, new ScenarioResult("GET organ by id, tracing on/off (OTLP exporter to nowhere)", TracingAim,
                higherIsBetter: true, "on", "off"), RunOne);
        }
        finally
        {
            traced.App.Stop();
            _running.Remove(traced.App);
            traced.App.Dispose();
        }
    }
}
