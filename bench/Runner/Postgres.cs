using System.Globalization;
using Npgsql;

namespace OrganAffairs.Bench.Runner;

/// <summary>
/// A throwaway PostgreSQL server from the machine's binaries, started the way the tests start
/// theirs (tests/…/PostgresServer.cs): as the postgres OS user when root, on loopback, durability
/// off (fsync, synchronous_commit, full_page_writes) — the Host and the baseline share it, so the
/// ratio is not affected, and commit latency is not what these benchmarks measure.
/// </summary>
internal sealed class Postgres : IDisposable
{
    private readonly string _bin;
    private readonly string _data;
    private readonly bool _asRoot;
    private bool _started;

    private Postgres(string bin, string dir)
    {
        _bin = bin;
        Dir = dir;
        _data = Path.Combine(dir, "data");
        _asRoot = Environment.UserName == "root";
        Port = Run.FreePort();
    }

    public string Dir { get; }
    public int Port { get; }
    public string Version { get; private set; } = "";

    public string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Timeout=15";

    public static string? FindBinaries()
    {
        if (!Directory.Exists("/usr/lib/postgresql"))
        {
            return null;
        }
        return Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal)
            .Select(d => Path.Combine(d, "bin"))
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    public static Postgres Start(string bin, string dir)
    {
        Directory.CreateDirectory(dir);
        var pg = new Postgres(bin, dir);
        if (pg._asRoot)
        {
            Run.Checked("chown", ["postgres", dir]);
        }
        pg.Pg("initdb", ["-D", pg._data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "-N"]);
        var options = string.Join(' ',
            "-c listen_addresses=127.0.0.1", $"-p {pg.Port.ToString(CultureInfo.InvariantCulture)}", $"-k {dir}",
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300");
        pg.Pg("pg_ctl", ["-D", pg._data, "-l", Path.Combine(dir, "log"), "-w", "-o", options, "start"]);
        pg._started = true;
        pg.Version = pg.Pg("postgres", ["--version"]).Trim();
        return pg;
    }

    public string CreateDatabase(string name)
    {
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE {name}";
        command.ExecuteNonQuery();
        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name}";
    }

    private string Pg(string program, IEnumerable<string> args)
    {
        var path = Path.Combine(_bin, program);
        return _asRoot
            ? Run.Checked("runuser", ["-u", "postgres", "--", path, .. args], workDir: Dir)
            : Run.Checked(path, args, workDir: Dir);
    }

    public void Dispose()
    {
        if (_started)
        {
            _started = false;
            try
            {
                Pg("pg_ctl", ["-D", _data, "-m", "fast", "-w", "stop"]);
            }
            catch (InvalidOperationException ex)
            {
                Console.Error.WriteLine($"pg_ctl stop failed: {ex.Message}");
            }
        }
    }
}
