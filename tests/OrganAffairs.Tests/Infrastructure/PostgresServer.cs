using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace OrganAffairs.Tests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL server per test run, started from the machine's binaries (or a server
/// named by ORGANAFFAIRS_TEST_POSTGRES). Each test class gets its own database.
/// </summary>
public sealed class PostgresServer
{
    public const string ConnectionStringVariable = "ORGANAFFAIRS_TEST_POSTGRES";
    public const string RequireVariable = "ORGANAFFAIRS_REQUIRE_POSTGRES";

    private static readonly Lazy<Task<PostgresServer>> Instance = new(StartAsync);
    private readonly string _adminConnectionString;
    private int _databases;

    private readonly Lazy<Task<string>>? _replica;

    private PostgresServer(string adminConnectionString, string? bin = null, bool asRoot = false)
    {
        _adminConnectionString = adminConnectionString;
        if (bin is not null)
        {
            _replica = new(() => StartReplicaAsync(bin, asRoot));
        }
    }

    /// <summary>Why a streaming replica of this run's server cannot be started here, or null.</summary>
    public static string? ReplicaSkipReason() =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ConnectionStringVariable))
            ? $"{ConnectionStringVariable} names a server: no replica of it can be started"
            : FindBinaries() is { } bin && !File.Exists(Path.Combine(bin, "pg_basebackup"))
                ? "pg_basebackup not found"
                : SkipReason();

    /// <summary>
    /// A hot standby of this run's server, streaming from it (pg_basebackup -R), started on first use;
    /// returns the connection string of the given database on it (docs/adr/0048).
    /// </summary>
    public async Task<string> ReplicaOfAsync(string primaryConnectionString)
    {
        var replica = await (_replica ?? throw new InvalidOperationException("The server was not started by the tests: no replica.")).Value;
        var database = new NpgsqlConnectionStringBuilder(primaryConnectionString).Database;
        return new NpgsqlConnectionStringBuilder(replica) { Database = database }.ConnectionString;
    }

    private async Task<string> StartReplicaAsync(string bin, bool asRoot)
    {
        var primary = new NpgsqlConnectionStringBuilder(_adminConnectionString);
        var dir = Path.Combine(Path.GetTempPath(), $"oa-pg-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        if (asRoot)
        {
            await RunAsync("chown", $"postgres \"{dir}\"");
        }
        var data = Path.Combine(dir, "data");
        await RunPgAsync(asRoot, Path.Combine(bin, "pg_basebackup"), $"-h 127.0.0.1 -p {primary.Port} -U postgres -D \"{data}\" -R -X stream -c fast");
        var port = FreePort();
        await RunPgAsync(asRoot, Path.Combine(bin, "pg_ctl"),
            $"-D \"{data}\" -l \"{Path.Combine(dir, "log")}\" -w -o \"-c listen_addresses=127.0.0.1 -p {port} -k {dir} -c hot_standby=on -c fsync=off -c max_connections=1000\" start");
        StartWatchdog(bin, asRoot, data, dir);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                RunPgAsync(asRoot, Path.Combine(bin, "pg_ctl"), $"-D \"{data}\" -m immediate -w stop").GetAwaiter().GetResult();
                Directory.Delete(dir, recursive: true);
            }
            catch (Exception)
            {
                // Best effort: the temp folder is throwaway anyway.
            }
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Maximum Pool Size=50;Timeout=15";
    }

    /// <summary>Why PostgreSQL tests cannot run here, or null when they can. Cheap: no process is started.</summary>
    public static string? SkipReason()
    {
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            return null; // CI requires them: a missing server must fail, not skip.
        }
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ConnectionStringVariable)))
        {
            return null;
        }
        return FindBinaries() is null
            ? $"PostgreSQL binaries (initdb, pg_ctl) not found and {ConnectionStringVariable} is not set"
            : null;
    }

    public static Task<PostgresServer> GetAsync() => Instance.Value;

    /// <summary>A new, empty database on the server; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"oa_test_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS {name}; CREATE DATABASE {name}";
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name }.ConnectionString;
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new PostgresServer(configured);
        }
        var bin = FindBinaries() ?? throw new InvalidOperationException(
            $"PostgreSQL tests are required ({RequireVariable}=1) but initdb/pg_ctl were not found; install postgresql or set {ConnectionStringVariable}.");
        var asRoot = Environment.UserName == "root";
        await RemoveStaleAsync(bin, asRoot);
        var dir = Path.Combine(Path.GetTempPath(), $"oa-pg-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        if (asRoot)
        {
            // PostgreSQL refuses to run as root: the server runs as the postgres OS user.
            await RunAsync("chown", $"postgres \"{dir}\"");
        }
        var port = FreePort();
        var data = Path.Combine(dir, "data");
        await RunPgAsync(asRoot, Path.Combine(bin, "initdb"), $"-D \"{data}\" -U postgres -A trust -E UTF8 --locale=C.UTF-8 -N");
        await RunPgAsync(asRoot, Path.Combine(bin, "pg_ctl"),
            $"-D \"{data}\" -l \"{Path.Combine(dir, "log")}\" -w -o \"-c listen_addresses=127.0.0.1 -p {port} -k {dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=1000\" start");
        StartWatchdog(bin, asRoot, data, dir);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                RunPgAsync(asRoot, Path.Combine(bin, "pg_ctl"), $"-D \"{data}\" -m immediate -w stop").GetAwaiter().GetResult();
                Directory.Delete(dir, recursive: true);
            }
            catch (Exception)
            {
                // Best effort: the temp folder is throwaway anyway.
            }
        };
        return new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Maximum Pool Size=50;Timeout=15", bin, asRoot);
    }

    /// <summary>
    /// The server goes with the test run however the run ends: a detached shell (its own session, so
    /// a killed process tree does not take it along) waits for this process to be gone, then stops the
    /// server and deletes its folder. A run that ends normally has done both already (ProcessExit).
    /// </summary>
    private static void StartWatchdog(string bin, bool asRoot, string data, string dir)
    {
        var stop = $"{(asRoot ? "runuser -u postgres -- " : "")}'{Path.Combine(bin, "pg_ctl")}' -D '{data}' -m immediate -w stop";
        // It lets go of the test run's output pipes at once, so nothing waits on it.
        var script = $"exec </dev/null >/dev/null 2>&1; while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; {stop}; rm -rf '{dir}'";
        var start = new ProcessStartInfo("setsid")
        {
            RedirectStandardOutput = false,
            RedirectStandardError = false,
            RedirectStandardInput = false,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var watchdog = Process.Start(start);
    }

    /// <summary>
    /// Servers and folders left by test processes that were killed before their exit handler ran (a
    /// timeout, a cancelled run): the folder names the process id, so one whose process is gone is stopped
    /// and deleted. Each data folder is tens of MB; a machine running the tests often would fill /tmp.
    /// </summary>
    private static async Task RemoveStaleAsync(string bin, bool asRoot)
    {
        foreach (var stale in Directory.GetDirectories(Path.GetTempPath(), "oa-pg-*"))
        {
            var parts = Path.GetFileName(stale).Split('-');
            if (parts.Length < 4 || !int.TryParse(parts[2], out var pid) || Directory.Exists($"/proc/{pid}"))
            {
                continue;
            }
            try
            {
                if (File.Exists(Path.Combine(stale, "data", "postmaster.pid")))
                {
                    await RunPgAsync(asRoot, Path.Combine(bin, "pg_ctl"), $"-D \"{Path.Combine(stale, "data")}\" -m immediate -w stop");
                }
            }
            catch (Exception)
            {
                // Not running any more: nothing to stop.
            }
            try
            {
                Directory.Delete(stale, recursive: true);
            }
            catch (Exception)
            {
                // Someone else's folder or already gone: leave it.
            }
        }
    }

    private static string? FindBinaries()
    {
        var candidates = new List<string>();
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d).Select(d => Path.Combine(d, "bin")));
        }
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator));
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunPgAsync(bool asRoot, string program, string arguments) =>
        asRoot ? RunAsync("runuser", $"-u postgres -- \"{program}\" {arguments}") : RunAsync(program, arguments);

    private static async Task RunAsync(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} exited {process.ExitCode}: {await stdout} {await stderr}");
        }
    }
}
