using System.Globalization;
using System.Text.Json;

namespace OrganAffairs.Bench.Runner;

/// <summary>One wrk run, as its Lua done() reported it (bench/lua/common.lua).</summary>
internal sealed record WrkResult(long Requests, double Seconds, long Errors, double P50Ms, double P99Ms)
{
    /// <summary>Responses by status, counted by scripts that set <c>response = common.response</c> (0 otherwise).</summary>
    public long Status2xx { get; init; }

    public long Status409 { get; init; }

    public long StatusOther { get; init; }

    /// <summary>5xx answers among <see cref="StatusOther"/> (scripts that set <c>response = common.response</c>).</summary>
    public long Status5xx { get; init; }

    /// <summary>Requests wrk gave up on after its --timeout (5 s).</summary>
    public long Timeouts { get; init; }

    /// <summary>Answers that are part of the scenario (2xx and 409) per second: for the contention scenarios.</summary>
    public double HandledRps => (Status2xx + Status409) / Seconds;

    /// <summary>CPU time the server process spent per request during the run (user + system), in microseconds.</summary>
    public double CpuUsPerRequest { get; init; } = double.NaN;

    /// <summary>Successful requests per second (socket errors, timeouts and 4xx/5xx left out).</summary>
    public double Rps => Math.Max(0, Requests - Errors) / Seconds;

    public double ErrorShare => Requests == 0 ? 1 : (double)Errors / Requests;
}

internal sealed class Wrk(string luaDir, int threads, int connections)
{
    public static string Version()
    {
        // `wrk -v` prints its version and usage and exits non-zero.
        var (_, stdout, stderr) = Runner.Run.Capture("wrk", ["-v"]);
        var line = (stdout + stderr).Split('\n').FirstOrDefault(l => l.StartsWith("wrk", StringComparison.Ordinal)) ?? "wrk";
        var cut = line.IndexOf(" [", StringComparison.Ordinal);
        return (cut > 0 ? line[..cut] : line).Trim();
    }

    /// <summary>Runs wrk for a bounded time; the script bounds the count per thread too.</summary>
    public WrkResult Run(string script, string baseUrl, int seconds, IDictionary<string, string> env) =>
        Run(script, baseUrl, seconds, env, connections);

    public WrkResult Run(string script, string baseUrl, int seconds, IDictionary<string, string> env, int connections)
    {
        var (code, stdout, stderr) = Runner.Run.Capture("wrk",
            ["-t", threads.ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture),
             "-d", seconds.ToString(CultureInfo.InvariantCulture) + "s", "--timeout", "5s", "-s", script, baseUrl],
            workDir: luaDir, env: env, timeout: TimeSpan.FromSeconds(seconds + 30));
        var line = stdout.Split('\n').FirstOrDefault(l => l.StartsWith("BENCH_RESULT ", StringComparison.Ordinal));
        if (code != 0 || line is null)
        {
            throw new InvalidOperationException($"wrk {script} failed (exit {code}): {stdout}\n{stderr}");
        }
        using var json = JsonDocument.Parse(line["BENCH_RESULT ".Length..]);
        var r = json.RootElement;
        long L(string name) => r.GetProperty(name).GetInt64();
        long Opt(string name) => r.TryGetProperty(name, out var v) ? v.GetInt64() : 0;
        var errors = L("errConnect") + L("errRead") + L("errWrite") + L("errStatus") + L("errTimeout");
        foreach (var unexpected in stderr.Split('\n').Where(l => l.StartsWith("BENCH_UNEXPECTED ", StringComparison.Ordinal)).Take(3))
        {
            Console.WriteLine($"wrk {script}: {unexpected}");
        }
        return new WrkResult(L("requests"), L("durationUs") / 1e6, errors, L("p50Us") / 1000.0, L("p99Us") / 1000.0)
        {
            Status2xx = Opt("s2xx"),
            Status409 = Opt("s409"),
            StatusOther = Opt("sOther"),
            Status5xx = Opt("s5xx"),
            Timeouts = L("errTimeout"),
        };
    }
}
