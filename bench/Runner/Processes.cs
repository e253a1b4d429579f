using System.Diagnostics;
using System.Globalization;

namespace OrganAffairs.Bench.Runner;

/// <summary>A server process the runner started; its output goes straight to a log file.</summary>
internal sealed class App : IDisposable
{
    private readonly Process _process;

    private App(string name, Process process, string log)
    {
        Name = name;
        _process = process;
        Log = log;
    }

    public string Name { get; }
    public string Log { get; }
    public int Pid => _process.Id;
    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Starts <c>dotnet dll args</c> through <c>sh -c 'exec …'</c>, so the output is written to the log
    /// file by the app itself (the runner does not pump it) and the pid is the app's own.
    /// </summary>
    public static App Start(string name, string dll, IEnumerable<string> args, string workDir, string log, IDictionary<string, string>? env = null)
    {
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = workDir, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$0\" \"$@\" >>\"$BENCH_APP_LOG\" 2>&1");
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["BENCH_APP_LOG"] = log;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (k, v) in env ?? new Dictionary<string, string>())
        {
            start.Environment[k] = v;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {name}");
        return new App(name, process, log);
    }

    /// <summary>Resident set size now, in MiB, from /proc.</summary>
    public double RssMiB() => StatusMiB("VmRSS:");

    /// <summary>Peak resident set size since the process started (VmHWM), in MiB, from /proc.</summary>
    public double PeakRssMiB() => StatusMiB("VmHWM:");

    private double StatusMiB(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var kb = long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kb / 1024.0;
            }
        }
        throw new InvalidOperationException($"No {field} for pid {Pid}");
    }

    /// <summary>CPU time used so far (user + system), from /proc/pid/stat; ticks are 1/100 s on Linux.</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        // Fields after the command name (which is in parentheses and may hold spaces): utime is 14th, stime 15th.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    /// <summary>SIGTERM (graceful), then SIGKILL after a grace period.</summary>
    public void Stop(TimeSpan? grace = null)
    {
        if (_process.HasExited)
        {
            return;
        }
        try
        {
            Run.Quiet("kill", ["-TERM", Pid.ToString(CultureInfo.InvariantCulture)]);
            if (!_process.WaitForExit(grace ?? TimeSpan.FromSeconds(10)))
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public void Dispose()
    {
        Stop(TimeSpan.FromSeconds(5));
        _process.Dispose();
    }
}

/// <summary>Short commands whose output is wanted (or ignored).</summary>
internal static class Run
{
    public static (int Code, string Out, string Err) Capture(string program, IEnumerable<string> args, string? workDir = null,
        IDictionary<string, string>? env = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workDir ?? Directory.GetCurrentDirectory(),
        };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        foreach (var (k, v) in env ?? new Dictionary<string, string>())
        {
            start.Environment[k] = v;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in time");
        }
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string Checked(string program, IEnumerable<string> args, string? workDir = null, IDictionary<string, string>? env = null, TimeSpan? timeout = null)
    {
        var list = args.ToList();
        var (code, stdout, stderr) = Capture(program, list, workDir, env, timeout);
        if (code != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', list)} exited {code}: {stdout} {stderr}".Trim());
        }
        return stdout;
    }

    public static void Quiet(string program, IEnumerable<string> args)
    {
        try
        {
            Capture(program, args, timeout: TimeSpan.FromSeconds(10));
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            // Best effort.
        }
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
