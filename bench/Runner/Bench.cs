using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OrganAffairs.Bench.Runner;

/// <summary>
/// The whole run: per database, a fresh database migrated by the Host and seeded with SQL; the Host
/// (A) and the raw baseline (B) side by side on it; each load scenario warmed up, then A and B
/// alternated for several rounds; start-up and idle memory of the Host against a bare app; a
/// markdown table at the end. Everything started here is stopped here.
/// </summary>
internal sealed partial class Bench : IDisposable
{
    private readonly Options _o;
    private readonly string _temp;
    private readonly string _hostDll;
    private readonly string _baselineDll;
    private readonly string _bareDll;
    private readonly string _luaDir;
    private readonly string _settingsFile;
    private readonly IReadOnlyList<string> _hostSettings;
    private readonly Wrk _wrk;
    private readonly Report _report;
    private readonly CancellationTokenSource _cancel = new();
    private readonly List<App> _running = [];
    private readonly HttpClient _http;
    private int _codeBatch;

    public Bench(Options options)
    {
        _o = options;
        _temp = Path.Combine(Path.GetTempPath(), $"oa-bench-{Environment.ProcessId}");
        var bin = Path.Combine("bin", options.Configuration, "net10.0");
        _hostDll = Path.Combine(options.RepoRoot, "Host", bin, "OrganAffairs.Host.dll");
        _baselineDll = Path.Combine(options.RepoRoot, "bench", "Baseline", bin, "OrganAffairs.Bench.Baseline.dll");
        _bareDll = Path.Combine(options.RepoRoot, "bench", "Bare", bin, "OrganAffairs.Bench.Bare.dll");
        if (options.ReadyToRunDir.Length > 0)
        {
            // Both sides published alike (ReadyToRun, framework-dependent), as a deployment would run them (ADR 0053).
            _hostDll = Path.Combine(options.ReadyToRunDir, "host", "OrganAffairs.Host.dll");
            _bareDll = Path.Combine(options.ReadyToRunDir, "bare", "OrganAffairs.Bench.Bare.dll");
        }
        _luaDir = Path.Combine(options.RepoRoot, "bench", "lua");
        _settingsFile = Path.Combine(options.RepoRoot, "bench", "host-settings.txt");
        _hostSettings = HostSettings.Read(_settingsFile);
        _wrk = new Wrk(_luaDir, options.Threads, options.Connections);
        _report = new Report(options);
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(5) }) { Timeout = TimeSpan.FromSeconds(10) };
        if (Environment.GetEnvironmentVariable("BENCH_API_KEY") is { Length: > 0 } key)
        {
            _http.DefaultRequestHeaders.Add("X-Api-Key", key);
        }
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            _cancel.Cancel();
            Console.Error.WriteLine("bench: stopping after the current step…");
        };
    }

    /// <summary>The project's assemblies in a folder whose JIT optimiser is disabled (a Debug build), read from metadata.</summary>
    private static List<string> UnoptimizedAssemblies(string folder) =>
        Directory.GetFiles(folder, "OrganAffairs.*.dll").Where(OptimizerDisabled).Select(Path.GetFileName).OfType<string>().ToList();

    private static bool OptimizerDisabled(string file)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(file));
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != System.Reflection.Metadata.HandleKind.MemberReference)
            {
                continue;
            }
            var parent = metadata.GetMemberReference((System.Reflection.Metadata.MemberReferenceHandle)attribute.Constructor).Parent;
            if (parent.Kind == System.Reflection.Metadata.HandleKind.TypeReference
                && metadata.GetString(metadata.GetTypeReference((System.Reflection.Metadata.TypeReferenceHandle)parent).Name) == nameof(DebuggableAttribute))
            {
                // DebuggableAttribute(DebuggingModes): the blob is the prolog (2 bytes) and the modes (int32).
                var blob = metadata.GetBlobReader(attribute.Value);
                blob.ReadUInt16();
                return blob.RemainingBytes >= 4 && (blob.ReadInt32() & (int)DebuggableAttribute.DebuggingModes.DisableOptimizations) != 0;
            }
        }
        return false;
    }

    public int Execute()
    {
        foreach (var dll in new[] { _hostDll, _baselineDll, _bareDll })
        {
            if (!File.Exists(dll))
            {
                Console.Error.WriteLine($"bench: {dll} not found; build in {_o.Configuration} first (bench/bench.ps1 does).");
                return 1;
            }
        }
        if (UnoptimizedAssemblies(Path.GetDirectoryName(_hostDll)!) is { Count: > 0 } debug)
        {
            // A solution build compiles references outside the solution in their default configuration (Debug);
            // the bench once measured a Host whose modules were unoptimised that way.
            Console.Error.WriteLine($"bench: built without optimisation next to the Host: {string.Join(", ", debug)}; build the Host in Release.");
            return 1;
        }
        Directory.CreateDirectory(_temp);
        _report.Machine = Machine.Describe(_o.RepoRoot, Wrk.Version());
        _report.HostSettings = HostSettings.Describe(_settingsFile);
        Console.WriteLine(_report.Header());

        var failed = false;
        foreach (var database in _o.Databases)
        {
            if (_cancel.IsCancellationRequested)
            {
                break;
            }
            try
            {
                RunDatabase(database);
            }
            catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or TimeoutException or IOException
                                           or Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or OperationCanceledException)
            {
                failed = true;
                _report.Note(database, $"stopped: {ex.Message}");
                Console.Error.WriteLine($"bench: {database}: {ex}");
            }
            finally
            {
                StopAll();
                _report.Note(database, $"load average (1, 5, 15 min) when its scenarios ended: {Machine.LoadAverage()}");
            }
        }

        Directory.CreateDirectory(_o.ResultsDir);
        var file = Path.Combine(_o.ResultsDir, $"{DateTime.UtcNow:yyyy-MM-dd-HHmm}-{_report.Machine.CommitShort}.md");
        var markdown = _report.Markdown();
        File.WriteAllText(file, markdown, new UTF8Encoding(false));
        Console.WriteLine();
        Console.WriteLine(markdown);
        Console.WriteLine($"Results written to {Path.GetRelativePath(_o.RepoRoot, file)}");
        return failed || _cancel.IsCancellationRequested ? 1 : 0;
    }

    private void RunDatabase(string database)
    {
        var provider = database switch
        {
            "sqlite" => "Sqlite",
            "postgresql" => "PostgreSql",
            _ => throw new InvalidOperationException($"Unknown database {database} (sqlite, postgresql)"),
        };
        Console.WriteLine($"\n=== {provider} ===");
        var dir = Path.Combine(_temp, database);
        Directory.CreateDirectory(dir);
        Postgres? pg = null;
        try
        {
            string connectionString;
            if (database == "postgresql")
            {
                var bin = Postgres.FindBinaries() ?? throw new InvalidOperationException(
                    "PostgreSQL binaries not found under /usr/lib/postgresql (apt-get install -y postgresql)");
                pg = Postgres.Start(bin, Path.Combine(dir, "pg"));
                _report.PostgresVersion = pg.Version;
                connectionString = pg.CreateDatabase("organaffairs_bench");
                if (_o.PostgresOptions.Length > 0)
                {
                    connectionString += ";" + _o.PostgresOptions;
                }
                Console.WriteLine($"PostgreSQL started on 127.0.0.1:{pg.Port} ({pg.Version})");
            }
            else
            {
                connectionString = $"Data Source={Path.Combine(dir, "organaffairs.db")};Default Timeout=5;Foreign Keys=True";
            }
            // One connection string for the Host and the baseline: the same pool settings for both.
            string[] dbArgs = [$"--Database:Provider={provider}", $"--ConnectionStrings:OrganAffairs={connectionString}"];

            var migrate = Stopwatch.StartNew();
            Run.Checked("dotnet", [_hostDll, "migrate", .. dbArgs, .. _hostSettings], workDir: AppDir(_hostDll),
                env: new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" }, timeout: TimeSpan.FromMinutes(2));
            Console.WriteLine($"Host migrations applied in {migrate.Elapsed.TotalSeconds:0.0} s");

            var seeded = Seeder.Seed(database, connectionString, _o.Organs, _o.Staff);
            Console.WriteLine($"Seeded {_o.Organs:N0} organs ({seeded.MunicipalOrgans} Municipal) and {_o.Staff:N0} staff in {seeded.Took.TotalSeconds:0.0} s");
            var idsFile = Path.Combine(dir, "organ-ids.txt");
            File.WriteAllLines(idsFile, seeded.OrganIds.Select(g => g.ToString()));
            var listPages = Math.Max(1, seeded.MunicipalOrgans / 20);

            var load = _o.Scenarios.Where(s => s is "get" or "list" or "create").ToList();
            var tracing = _o.Scenarios.Contains("tracing");
            var writers = _o.Scenarios.Contains("writers");
            var contention = _o.Scenarios.Where(s => s is "bookings" or "availability" or "dispatch").ToList();
            var energy = _o.Scenarios.Where(s => s is "ingest" or "indicators").ToList();
            if (load.Count > 0 || contention.Count > 0 || tracing || writers)
            {
                var (host, apiKey) = StartHost(dbArgs, dir);
                var env = new Dictionary<string, string>
                {
                    ["BENCH_IDS_FILE"] = idsFile,
                    ["BENCH_LIST_PAGES"] = listPages.ToString(CultureInfo.InvariantCulture),
                    ["BENCH_API_KEY"] = apiKey,
                };
                if (load.Count > 0)
                {
                    var baseline = StartServer("baseline", _baselineDll, dbArgs, dir);
                    SanityCheck(database, host.Url, baseline.Url, seeded.OrganIds[0]);
                    // Reads first, the create last: the create adds rows that the list would otherwise count.
                    foreach (var scenario in new[] { "get", "list", "create" }.Where(load.Contains))
                    {
                        _cancel.Token.ThrowIfCancellationRequested();
                        LoadScenario(database, scenario, host, baseline, env);
                    }
                    baseline.App.Stop();
                }
                if (tracing)
                {
                    _cancel.Token.ThrowIfCancellationRequested();
                    TracingScenario(database, host, dbArgs, dir, env);
                }
                if (writers)
                {
                    _cancel.Token.ThrowIfCancellationRequested();
                    WritersScenario(database, host, dbArgs, dir, env);
                }
                // Host against Host: contended against uncontended writes, after the organ scenarios.
                foreach (var scenario in new[] { "bookings", "availability", "dispatch" }.Where(contention.Contains))
                {
                    _cancel.Token.ThrowIfCancellationRequested();
                    if (scenario == "availability")
                    {
                        AvailabilityScenario(database, host, dir, env);
                    }
                    else
                    {
                        ContentionScenario(database, scenario, host, connectionString, seeded.OrganIds[0], dir, env);
                    }
                }
                host.App.Stop();
            }

            if (energy.Count > 0)
            {
                _cancel.Token.ThrowIfCancellationRequested();
                // A Host process of its own, so that its peak RSS (VmHWM) counts the imports and nothing before them.
                var (host, apiKey) = StartHost(dbArgs, dir, "host-energy");
                if (energy.Contains("ingest"))
                {
                    IngestScenario(database, host, connectionString, dir);
                }
                if (energy.Contains("indicators"))
                {
                    _cancel.Token.ThrowIfCancellationRequested();
                    IndicatorsScenario(database, host, connectionString, dir, new Dictionary<string, string> { ["BENCH_API_KEY"] = apiKey });
                }
                VerifyRollups(database, connectionString);
                host.App.Stop();
            }

            if (_o.Scenarios.Contains("rollup"))
            {
                _cancel.Token.ThrowIfCancellationRequested();
                var (host, apiKey) = StartHost(dbArgs, dir, "host-costs");
                RollupScenario(database, host, connectionString, seeded.OrganIds, new Dictionary<string, string> { ["BENCH_API_KEY"] = apiKey });
                host.App.Stop();
            }

            if (_o.Scenarios.Contains("dashboard"))
            {
                _cancel.Token.ThrowIfCancellationRequested();
                // After the other scenarios: it moves the seeded organs into 20 districts.
                var (host, apiKey) = StartHost(dbArgs, dir, "host-dashboard");
                DashboardScenario(database, host, connectionString, seeded.OrganIds, new Dictionary<string, string> { ["BENCH_API_KEY"] = apiKey });
                host.App.Stop();
            }

            if (_o.Scenarios.Contains("workorders"))
            {
                _cancel.Token.ThrowIfCancellationRequested();
                var (host, apiKey) = StartHost(dbArgs, dir, "host-logistics");
                WorkOrdersScenario(database, host, new Dictionary<string, string> { ["BENCH_IDS_FILE"] = idsFile, ["BENCH_API_KEY"] = apiKey });
                host.App.Stop();
            }

            if (_o.Scenarios.Contains("startup"))
            {
                _cancel.Token.ThrowIfCancellationRequested();
                StartupScenario(database, dbArgs, dir);
            }
        }
        finally
        {
            StopAll();
            pg?.Dispose();
            if (!_o.KeepTemp)
            {
                TryDelete(dir);
            }
        }
    }

    private static readonly Dictionary<string, (string Title, string Script, double Aim)> Scenarios = new()
    {
        ["get"] = ("GET organ by id", "get-organ.lua", 0.85),
        ["list"] = ("GET list page (level=Municipal, pageSize=20)", "list-organs.lua", 0.85),
        ["create"] = ("POST create (validated, audited, Idempotency-Key)", "create-organ.lua", 0.6),
    };

    private void LoadScenario(string database, string scenario, (App App, string Url) host, (App App, string Url) baseline, Dictionary<string, string> env)
    {
        var (title, script, aim) = Scenarios[scenario];
        Console.WriteLine($"\n--- {title}: Host (A) vs raw baseline (B), {_o.Rounds} rounds of {_o.DurationSeconds} s, {_o.Connections} connections ---");
        WrkResult RunOne(bool isHost, int seconds)
        {
            var runEnv = new Dictionary<string, string>(env);
            if (scenario == "create")
            {
                // A new code batch per wrk run, so no code or Idempotency-Key is ever sent twice.
                runEnv["BENCH_CODE_BATCH"] = (++_codeBatch).ToString(CultureInfo.InvariantCulture);
            }
            var target = isHost ? host : baseline;
            return WrkMeasured(target.App, script, target.Url, seconds, runEnv);
        }
        AlternateLoad(database, new ScenarioResult(title, aim, higherIsBetter: true), RunOne);
    }

    /// <summary>A wrk run against one server, with that server's own CPU time per request.</summary>
    private WrkResult WrkMeasured(App app, string script, string url, int seconds, IDictionary<string, string> env, int? connections = null)
    {
        var cpu = app.CpuTime();
        var result = _wrk.Run(script, url, seconds, env, connections ?? _o.Connections);
        var used = app.CpuTime() - cpu;
        return result with { CpuUsPerRequest = result.Requests == 0 ? double.NaN : used.TotalMicroseconds / result.Requests };
    }

    /// <summary>
    /// Warm-up of each side (not counted), then the rounds alternated AB, BA, …; A is <c>run(true, …)</c>.
    /// Every round prints as it ends; the result goes to the report.
    /// </summary>
    private void AlternateLoad(string database, ScenarioResult result, Func<bool, int, WrkResult> run)
    {
        var (la, lb) = (result.ALabel, result.BLabel);
        if (_o.WarmupSeconds > 0)
        {
            var wa = run(true, _o.WarmupSeconds);
            var wb = run(false, _o.WarmupSeconds);
            Console.WriteLine($"warm-up  {la} {wa.Rps,9:N0} req/s   {lb} {wb.Rps,9:N0} req/s (not counted)");
        }
        for (var round = 1; round <= _o.Rounds; round++)
        {
            _cancel.Token.ThrowIfCancellationRequested();
            // A B, then B A: alternating the order cancels a steady drift of the machine's load.
            var aFirst = round % 2 == 1;
            WrkResult a, b;
            if (aFirst)
            {
                a = run(true, _o.DurationSeconds);
                b = run(false, _o.DurationSeconds);
            }
            else
            {
                b = run(false, _o.DurationSeconds);
                a = run(true, _o.DurationSeconds);
            }
            var r = result.Add(new LoadRound(round, aFirst ? "AB" : "BA", a, b));
            Console.WriteLine(
                $"round {round} ({r.Order})  {la} {a.Rps,8:N0} req/s p50 {a.P50Ms,6:0.00} p99 {a.P99Ms,7:0.00} ms cpu {a.CpuUsPerRequest,5:0} µs/req" +
                $" | {lb} {b.Rps,8:N0} req/s p50 {b.P50Ms,6:0.00} p99 {b.P99Ms,7:0.00} ms cpu {b.CpuUsPerRequest,5:0} µs/req | {la}/{lb} {r.Ratio:0.00}" +
                (result.Labelled ? $" (p50 {lb}/{la} {b.P50Ms / a.P50Ms:0.00})" : "") +
                (a.Errors + b.Errors > 0 ? $"  errors {la} {a.Errors} {lb} {b.Errors}" : ""));
        }
        Console.WriteLine($"median {la}/{lb} {result.MedianRatio:0.00}{(result.Labelled ? $", p50 {lb}/{la} {result.MedianP50Ratio:0.00}" : "")} (aim {(result.HigherIsBetter ? "≥" : "≤")} {result.Aim:0.00})");
        _report.Add(database, result);
    }

    private void StartupScenario(string database, string[] dbArgs, string dir)
    {
        Console.WriteLine($"\n--- start-to-ready and idle RSS: Host (A) vs bare ASP.NET Core app (B), {_o.StartupRounds} rounds ---");
        (double Ms, double Rss) Measure(string name, string dll, IEnumerable<string> args)
        {
            var port = Run.FreePort();
            var url = $"http://127.0.0.1:{port}";
            var watch = Stopwatch.StartNew();
            var app = Track(App.Start(name, dll, ["--urls", url, .. args], AppDir(dll), Path.Combine(dir, name + "-startup.log")));
            try
            {
                WaitReady(app, url, TimeSpan.FromSeconds(60));
                var ms = watch.Elapsed.TotalMilliseconds;
                Thread.Sleep(TimeSpan.FromSeconds(_o.IdleSeconds));
                return (ms, app.RssMiB());
            }
            finally
            {
                app.Stop();
                _running.Remove(app);
                app.Dispose();
            }
        }

        var hostArgs = dbArgs.Concat(_hostSettings).ToArray();
        // Warm-up: one untimed start of each, so both read their files from the page cache.
        Measure("host", _hostDll, hostArgs);
        Measure("bare", _bareDll, []);
        var time = new StartupResult("start-to-ready (/health/ready)", "ms", 3.0);
        var memory = new StartupResult("idle RSS after ready", "MiB", 2.0);
        for (var round = 1; round <= _o.StartupRounds; round++)
        {
            _cancel.Token.ThrowIfCancellationRequested();
            var hostFirst = round % 2 == 1;
            (double Ms, double Rss) a, b;
            if (hostFirst)
            {
                a = Measure("host", _hostDll, hostArgs);
                b = Measure("bare", _bareDll, []);
            }
            else
            {
                b = Measure("bare", _bareDll, []);
                a = Measure("host", _hostDll, hostArgs);
            }
            time.Add(a.Ms, b.Ms);
            memory.Add(a.Rss, b.Rss);
            Console.WriteLine($"round {round} ({(hostFirst ? "AB" : "BA")})  start A {a.Ms,7:0} ms  B {b.Ms,7:0} ms  A/B {a.Ms / b.Ms:0.00}" +
                              $" | RSS A {a.Rss,6:0.0} MiB  B {b.Rss,6:0.0} MiB  A/B {a.Rss / b.Rss:0.00}");
        }
        Console.WriteLine($"median start A/B {time.MedianRatio:0.00}, RSS A/B {memory.MedianRatio:0.00} (aim ≤ 3)");
        _report.Add(database, time);
        _report.Add(database, memory);
    }

    /// <summary>
    /// Starts the Host and points the runner's X-Api-Key at its admin key: the Host's first start writes the key
    /// to Access:AdminKeyFile in the run's folder (later starts on the same database find it there); BENCH_API_KEY overrides it.
    /// </summary>
    private ((App App, string Url) Host, string ApiKey) StartHost(string[] dbArgs, string dir, string name = "host")
    {
        var keyFile = Path.Combine(dir, "admin.key");
        var host = StartServer(name, _hostDll, dbArgs.Concat(_hostSettings).Append($"--Access:AdminKeyFile={keyFile}"), dir);
        var apiKey = Environment.GetEnvironmentVariable("BENCH_API_KEY") is { Length: > 0 } given ? given : File.ReadAllText(keyFile).Trim();
        _http.DefaultRequestHeaders.Remove("X-Api-Key");
        _http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return (host, apiKey);
    }

    private (App App, string Url) StartServer(string name, string dll, IEnumerable<string> args, string dir)
    {
        var url = $"http://127.0.0.1:{Run.FreePort()}";
        var app = Track(App.Start(name, dll, ["--urls", url, .. args], AppDir(dll), Path.Combine(dir, name + ".log")));
        var watch = Stopwatch.StartNew();
        WaitReady(app, url, TimeSpan.FromSeconds(60));
        Console.WriteLine($"{name} ready at {url} in {watch.Elapsed.TotalMilliseconds:0} ms (pid {app.Pid})");
        return (app, url);
    }

    /// <summary>
    /// Apps run in their own output folder, as deployed: the working directory is ASP.NET Core's
    /// content root, where appsettings.json is read from. Run from elsewhere, the Host finds no
    /// appsettings.json, logs every framework event at Information and is several times slower.
    /// </summary>
    private static string AppDir(string dll) => Path.GetDirectoryName(dll)!;

    private App Track(App app)
    {
        _running.Add(app);
        return app;
    }

    private void WaitReady(App app, string url, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            _cancel.Token.ThrowIfCancellationRequested();
            if (app.HasExited)
            {
                throw new InvalidOperationException($"{app.Name} exited before it was ready; see its log:\n{Tail(app.Log)}");
            }
            try
            {
                using var response = _http.GetAsync(url + "/health/ready").GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!_cancel.IsCancellationRequested)
            {
                // One probe outlived the client's timeout (a first request on a busy machine): ask again until the deadline.
            }
            Thread.Sleep(10);
        }
        throw new TimeoutException($"{app.Name} was not ready within {timeout.TotalSeconds:0} s; see its log:\n{Tail(app.Log)}");
    }

    /// <summary>Both servers answer each scenario's request alike before any load is sent.</summary>
    private void SanityCheck(string database, string hostUrl, string baselineUrl, Guid organId)
    {
        JsonElement Get(string url)
        {
            using var response = _http.GetAsync(url).GetAwaiter().GetResult();
            var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {text}");
            }
            return JsonDocument.Parse(text).RootElement.Clone();
        }

        var a = Get($"{hostUrl}/api/v1/organs/{organId}");
        var b = Get($"{baselineUrl}/api/v1/organs/{organId}");
        Compare(database, "GET organ", a, b);
        var listA = Get($"{hostUrl}/api/v1/organs?level=Municipal&page=2&pageSize=20");
        var listB = Get($"{baselineUrl}/api/v1/organs?level=Municipal&page=2&pageSize=20");
        Compare(database, "GET list", listA, listB);

        var serial = 0;
        foreach (var url in new[] { hostUrl, baselineUrl })
        {
            var code = Uscc.Make("320100", "99" + (++serial).ToString("0000000", CultureInfo.InvariantCulture));
            var body = $$"""{"name":"基准检查机关{{serial}}","shortName":null,"divisionCode":"320100","unifiedSocialCreditCode":"{{code}}","level":"Municipal","type":"GovernmentDepartment"}""";
            using var request = new HttpRequestMessage(HttpMethod.Post, url + "/api/v1/organs")
            {
                Content = new StringContent(body, new MediaTypeHeaderValue("application/json")),
            };
            request.Headers.Add("Idempotency-Key", $"bench-check-{serial}");
            using var response = _http.Send(request);
            if ((int)response.StatusCode != 201)
            {
                throw new InvalidOperationException($"POST {url}/api/v1/organs answered {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");
            }
        }
        Console.WriteLine("sanity: both servers answer GET, list and POST alike");
    }

    private void Compare(string database, string what, JsonElement a, JsonElement b)
    {
        // The same JSON document, property for property (instants may differ only in how they are written).
        var diff = JsonDiff.Find(a, b);
        if (diff is not null)
        {
            var note = $"{what}: the baseline's JSON differs from the Host's at {diff}";
            _report.Note(database, note);
            Console.WriteLine("sanity WARNING: " + note);
        }
    }

    private void StopAll()
    {
        foreach (var app in _running.ToList())
        {
            app.Dispose();
        }
        _running.Clear();
    }

    private static string Tail(string file) =>
        File.Exists(file) ? string.Join('\n', File.ReadLines(file).TakeLast(30)) : "(no log)";

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"bench: could not delete {dir}: {ex.Message}");
        }
    }

    public void Dispose()
    {
        StopAll();
        _http.Dispose();
        _importHttp.Dispose();
        _cancel.Dispose();
        if (!_o.KeepTemp)
        {
            TryDelete(_temp);
        }
    }
}

/// <summary>Where two JSON documents first differ, or null. Date-time strings compare as instants.</summary>
internal static class JsonDiff
{
    public static string? Find(JsonElement a, JsonElement b, string path = "$")
    {
        if (a.ValueKind != b.ValueKind)
        {
            return $"{path} ({a.ValueKind} vs {b.ValueKind})";
        }
        switch (a.ValueKind)
        {
            case JsonValueKind.Object:
                var namesA = a.EnumerateObject().Select(p => p.Name).ToList();
                var namesB = b.EnumerateObject().Select(p => p.Name).ToList();
                if (!namesA.SequenceEqual(namesB))
                {
                    return $"{path} (properties {string.Join(",", namesA)} vs {string.Join(",", namesB)})";
                }
                foreach (var p in a.EnumerateObject())
                {
                    if (Find(p.Value, b.GetProperty(p.Name), $"{path}.{p.Name}") is { } d)
                    {
                        return d;
                    }
                }
                return null;
            case JsonValueKind.Array:
                if (a.GetArrayLength() != b.GetArrayLength())
                {
                    return $"{path} (length {a.GetArrayLength()} vs {b.GetArrayLength()})";
                }
                var i = 0;
                foreach (var (x, y) in a.EnumerateArray().Zip(b.EnumerateArray()))
                {
                    if (Find(x, y, $"{path}[{i++}]") is { } d)
                    {
                        return d;
                    }
                }
                return null;
            case JsonValueKind.String:
                var sa = a.GetString();
                var sb = b.GetString();
                if (sa == sb || (a.TryGetDateTimeOffset(out var da) && b.TryGetDateTimeOffset(out var db) && da == db))
                {
                    return null;
                }
                return $"{path} (\"{sa}\" vs \"{sb}\")";
            default:
                return a.GetRawText() == b.GetRawText() ? null : $"{path} ({a.GetRawText()} vs {b.GetRawText()})";
        }
    }
}
