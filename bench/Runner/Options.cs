using System.Globalization;

namespace OrganAffairs.Bench.Runner;

/// <summary>Command-line options of the runner; every default keeps the whole run near 7–8 minutes.</summary>
internal sealed class Options
{
    public string RepoRoot { get; private set; } = "";
    public string Configuration { get; private set; } = "Release";
    public IReadOnlyList<string> Databases { get; private set; } = ["sqlite", "postgresql"];
    public IReadOnlyList<string> Scenarios { get; private set; } = ["get", "list", "create", "startup"];
    public int Rounds { get; private set; } = 3;
    public int DurationSeconds { get; private set; } = 8;
    public int WarmupSeconds { get; private set; } = 6;
    public int Connections { get; private set; } = 32;
    public int Threads { get; private set; } = 2;
    public int StartupRounds { get; private set; } = 5;

    /// <summary>wrk connections of the contention scenarios (bookings, dispatch); also the rooms and fleet of their uncontended side.</summary>
    public int ContentionConnections { get; private set; } = 50;

    /// <summary>Contended side: how many rooms / vehicles and drivers, and how many one-hour windows they are drawn from.</summary>
    public int ContendedResources { get; private set; } = 3;

    public int ContendedWindows { get; private set; } = 8;

    /// <summary>The ingest scenario: readings per import (a CSV file of about 69 bytes a row) and how many alternated rounds.</summary>
    public int Readings { get; private set; } = 1_000_000;

    /// <summary>The rollup scenario's cost events in the 1× year (ten times as many in the 10× year).</summary>
    public int CostEvents { get; private set; } = 200_000;

    public int IngestRounds { get; private set; } = 2;
    public int IdleSeconds { get; private set; } = 2;
    public int Organs { get; private set; } = 2000;
    public int Staff { get; private set; } = 50000;
    public string ResultsDir { get; private set; } = "";

    /// <summary>The Host and the bare app published with ReadyToRun (bench.ps1 -ReadyToRun): their output folders, else empty.</summary>
    public string ReadyToRunDir { get; private set; } = "";
    public bool KeepTemp { get; private set; }

    /// <summary>Extra Npgsql connection-string options, for the Host and the baseline alike (default: none, Npgsql's defaults).</summary>
    public string PostgresOptions { get; private set; } = "";

    public static Options Parse(string[] args)
    {
        var o = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value");
            int NextInt() => int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
            switch (name)
            {
                case "--repo": o.RepoRoot = Path.GetFullPath(Next()); break;
                case "--configuration": o.Configuration = Next(); break;
                case "--databases": o.Databases = List(Next()); break;
                case "--scenarios": o.Scenarios = List(Next()); break;
                case "--rounds": o.Rounds = NextInt(); break;
                case "--duration": o.DurationSeconds = NextInt(); break;
                case "--warmup": o.WarmupSeconds = NextInt(); break;
                case "--connections": o.Connections = NextInt(); break;
                case "--threads": o.Threads = NextInt(); break;
                case "--startup-rounds": o.StartupRounds = NextInt(); break;
                case "--contention-connections": o.ContentionConnections = NextInt(); break;
                case "--contended-resources": o.ContendedResources = NextInt(); break;
                case "--contended-windows": o.ContendedWindows = NextInt(); break;
                case "--readings": o.Readings = NextInt(); break;
                case "--cost-events": o.CostEvents = NextInt(); break;
                case "--ingest-rounds": o.IngestRounds = NextInt(); break;
                case "--idle": o.IdleSeconds = NextInt(); break;
                case "--organs": o.Organs = NextInt(); break;
                case "--staff": o.Staff = NextInt(); break;
                case "--results": o.ResultsDir = Path.GetFullPath(Next()); break;
                case "--keep-temp": o.KeepTemp = true; break;
                case "--ready-to-run": o.ReadyToRunDir = Path.GetFullPath(Next()); break;
                case "--pg-options": o.PostgresOptions = Next(); break;
                default: throw new ArgumentException($"Unknown option {name}");
            }
        }
        if (o.RepoRoot.Length == 0)
        {
            o.RepoRoot = FindRepoRoot();
        }
        if (o.ResultsDir.Length == 0)
        {
            o.ResultsDir = Path.Combine(o.RepoRoot, "bench", "results");
        }
        // Every load loop is bounded: a round is at most 60 s, and there are at most 9 of them.
        if (o.Rounds is < 1 or > 9 || o.DurationSeconds is < 1 or > 60 || o.WarmupSeconds is < 0 or > 60
            || o.StartupRounds is < 1 or > 15 || o.Connections < 1 || o.Threads < 1 || o.Threads > o.Connections
            || o.ContentionConnections < o.Threads || o.ContentionConnections > 500 || o.ContendedResources is < 1 or > 100 || o.ContendedWindows is < 1 or > 24
            || o.Readings is < 10_000 or > 10_000_000 || o.IngestRounds is < 1 or > 9 || o.CostEvents is < 2_000 or > 1_000_000)
        {
            throw new ArgumentException("Out of range: rounds 1–9, duration 1–60 s, warm-up 0–60 s, startup rounds 1–15, 1 ≤ threads ≤ connections (and ≤ contention connections ≤ 500), contended resources 1–100, contended windows 1–24, readings 10,000–10,000,000, ingest rounds 1–9, cost events 2,000–1,000,000.");
        }
        return o;
    }

    private static string[] List(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToLowerInvariant()).ToArray();

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OrganAffairs.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Run from inside the repository or pass --repo.");
    }
}
