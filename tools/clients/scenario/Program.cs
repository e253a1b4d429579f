// One integrator's scenario through the NSwag client generated from openapi.yaml (build.ps1 -Target Clients):
// start the Host on SQLite on a free loopback port, then create an organ, read it back with its ETag,
// update it with If-Match, and read problem answers (412 for the stale ETag, 404 for a missing organ) as
// ApiException<ProblemBody>. Exit code 0 when every step holds, 1 otherwise.
// Usage: dotnet OrganAffairs.Clients.Scenario.dll <OrganAffairs.Host.dll> <work folder>
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using OrganAffairs.Clients.NSwag;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: OrganAffairs.Clients.Scenario <OrganAffairs.Host.dll> <work folder>");
    return 2;
}
var hostDll = Path.GetFullPath(args[0]);
var work = Path.GetFullPath(args[1]);
Directory.CreateDirectory(work);
foreach (var old in Directory.GetFiles(work, "scenario*"))
{
    File.Delete(old);
}
var database = Path.Combine(work, "scenario.db");
var keyFile = Path.Combine(work, "scenario-admin.key");
var log = Path.Combine(work, "scenario-host.log");
var port = FreePort();
var baseUrl = $"http://127.0.0.1:{port}/";

var stepWatch = Stopwatch.StartNew();
using var host = StartHost(hostDll, baseUrl, database, keyFile, log);
try
{
    // Per request: 60 s. The Host is ready (migrated, admin key written) before the first call, so this only has to
    // cover the first call of each route compiling its handlers on a loaded 2-core CI machine (seconds, not minutes).
    using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
    var readyIn = await WaitReadyAsync(http, host, log);
    Step($"the Host answered /health/ready 200 after {readyIn.TotalSeconds:N1} s");
    http.DefaultRequestHeaders.Add("X-Api-Key", (await File.ReadAllTextAsync(keyFile)).Trim());
    http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
    var client = new OrganAffairsClient(http);

    // 1. Create an organ (the admin key is the bureau's: registering organs is its work).
    var created = await client.Organs_CreateOrganAsync(Guid.NewGuid().ToString("N"), new CreateOrganRequest
    {
        Name = "南京市玄武区机关事务管理局",
        ShortName = "玄武区机关事务局",
        DivisionCode = "320102",
        UnifiedSocialCreditCode = Uscc("320102"),
        Level = AdministrativeLevel.County,
        Type = OrganType.GovernmentDepartment,
        Headcount = [new HeadcountItem { RankCode = "CountyPrincipal", Approved = 1 }],
    }, default);
    Check(created.StatusCode == 201, $"create answered {created.StatusCode}, expected 201");
    var id = created.Result.Id;
    Step($"created organ {id} ({created.Result.Name})");

    // 2. Read it back with its ETag.
    var read = await client.Organs_GetOrganAsync(id, default);
    var etag = Header(read, "ETag");
    Check(read.Result.Name == "南京市玄武区机关事务管理局", $"read back the name {read.Result.Name}");
    Check(etag is { Length: > 0 }, "GET answered no ETag");
    Step($"read it back, ETag {etag}");

    // 3. Update it with If-Match.
    var update = new UpdateOrganRequest
    {
        Name = "南京市玄武区机关事务服务中心",
        ShortName = read.Result.ShortName,
        DivisionCode = read.Result.DivisionCode,
        Level = read.Result.Level,
        Type = read.Result.Type,
        ParentId = read.Result.ParentId,
        Headcount = read.Result.Headcount?.Select(h => new HeadcountItem { RankCode = h.RankCode, Approved = h.Approved }).ToList(),
    };
    var updated = await client.Organs_UpdateOrganAsync(id, etag!, update, default);
    Check(updated.StatusCode == 200 && updated.Result.Name == update.Name, $"update answered {updated.StatusCode} {updated.Result.Name}");
    var newEtag = Header(updated, "ETag") ?? Header(await client.Organs_GetOrganAsync(id, default), "ETag");
    Check(newEtag is not null && newEtag != etag, $"the ETag did not move ({etag} → {newEtag})");
    Step($"updated it with If-Match {etag}; ETag now {newEtag}");

    // 4. The stale ETag again: a typed 412 problem.
    var stale = await ProblemAsync(() => client.Organs_UpdateOrganAsync(id, etag!, update, default));
    Check(stale.StatusCode == 412 && stale.Result.Status == 412, $"stale If-Match answered {stale.StatusCode}, expected 412");
    Check(!string.IsNullOrEmpty(stale.Result.Code) && !string.IsNullOrEmpty(stale.Result.Title) && !string.IsNullOrEmpty(stale.Result.TraceId),
        "the 412 problem lacks code, title or traceId");
    Step($"stale If-Match: 412 {stale.Result.Code} — {stale.Result.Title}");

    // 5. A missing organ: a typed 404 problem.
    var missing = await ProblemAsync(() => client.Organs_GetOrganAsync(Guid.NewGuid(), default));
    Check(missing.StatusCode == 404 && missing.Result.Status == 404 && !string.IsNullOrEmpty(missing.Result.Code), $"missing organ answered {missing.StatusCode}, expected 404");
    Step($"missing organ: 404 {missing.Result.Code} — {missing.Result.Title}");

    Console.WriteLine("Clients scenario passed (NSwag client: create, read with ETag, update with If-Match, 412 and 404 problems).");
    return 0;
}
catch (Exception e)
{
    Console.Error.WriteLine($"Clients scenario FAILED: {e}");
    if (e is ApiException<ProblemBody> { Result: { } problem })
    {
        // The problem as the Host wrote it (NSwag's message leaves the consumed body out).
        Console.Error.WriteLine($"--- the problem: {problem.Status} {problem.Code} — {problem.Title}; {problem.Detail}");
        foreach (var error in problem.Errors ?? [])
        {
            Console.Error.WriteLine($"    {error.Field}: {error.Code} — {error.Message}");
        }
    }
    if (File.Exists(log))
    {
        Console.Error.WriteLine($"--- the Host's log ({log}), last lines:");
        foreach (var line in File.ReadLines(log).TakeLast(40))
        {
            Console.Error.WriteLine(line);
        }
    }
    return 1;
}
finally
{
    if (!host.HasExited)
    {
        host.Kill(entireProcessTree: true);
        host.WaitForExit(10_000);
    }
}

// Each step with the seconds since the previous one, so a slow step shows in CI's log.
void Step(string text)
{
    Console.WriteLine($"  ok: {text} ({stepWatch.Elapsed.TotalSeconds:N1} s)");
    stepWatch.Restart();
}

static void Check(bool condition, string failure)
{
    if (!condition)
    {
        throw new InvalidOperationException(failure);
    }
}

static string? Header(SwaggerResponse response, string name) =>
    response.Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

static async Task<ApiException<ProblemBody>> ProblemAsync(Func<Task> call)
{
    try
    {
        await call();
    }
    catch (ApiException<ProblemBody> problem)
    {
        return problem;
    }
    throw new InvalidOperationException("the call succeeded; a problem answer was expected");
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static Process StartHost(string dll, string url, string database, string keyFile, string log)
{
    // Started from its own folder so that its appsettings.json is read, as when deployed.
    var start = new ProcessStartInfo("dotnet")
    {
        WorkingDirectory = Path.GetDirectoryName(dll)!,
        UseShellExecute = false,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    };
    foreach (var a in new[]
             {
                 dll, "--urls", url,
                 "--Database:Provider=Sqlite",
                 $"--ConnectionStrings:OrganAffairs=Data Source={database};Foreign Keys=True",
                 $"--Access:AdminKeyFile={keyFile}",
             })
    {
        start.ArgumentList.Add(a);
    }
    start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
    var process = Process.Start(start) ?? throw new InvalidOperationException("the Host did not start");
    var writer = new StreamWriter(log, append: true) { AutoFlush = true };
    var gate = new object();
    process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (gate) { writer.WriteLine(e.Data); } } };
    process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (gate) { writer.WriteLine(e.Data); } } };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    return process;
}

// Polls /health/ready (every 250 ms, each probe cut off after 5 s) until it answers 200: the Host's start on a loaded
// machine (JIT, migrations on a new SQLite file) may take long, but one hung probe must not eat the whole wait.
// ORGANAFFAIRS_SCENARIO_READY_SECONDS overrides the overall limit (180 s).
static async Task<TimeSpan> WaitReadyAsync(HttpClient http, Process host, string log)
{
    var limit = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("ORGANAFFAIRS_SCENARIO_READY_SECONDS"), out var s) && s > 0 ? s : 180);
    var watch = Stopwatch.StartNew();
    var last = "no answer yet";
    while (watch.Elapsed < limit)
    {
        if (host.HasExited)
        {
            throw new InvalidOperationException($"the Host exited with code {host.ExitCode} before it was ready (log: {log})");
        }
        using var probe = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            using var ready = await http.GetAsync("health/ready", probe.Token);
            if (ready.StatusCode == HttpStatusCode.OK)
            {
                return watch.Elapsed;
            }
            last = $"{(int)ready.StatusCode} {ready.StatusCode}";
        }
        catch (HttpRequestException e)
        {
            last = e.Message; // not listening yet
        }
        catch (OperationCanceledException)
        {
            last = "a probe took over 5 s";
        }
        await Task.Delay(250);
    }
    throw new TimeoutException($"the Host was not ready within {limit.TotalSeconds:N0} s (last probe: {last}; log: {log})");
}

// A unified social credit code (GB 32100-2015) with its check character, unique per run.
static string Uscc(string division)
{
    const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    var first17 = "11" + division + Random.Shared.Next(0, 1_000_000_000).ToString("D9");
    var sum = 0;
    for (var i = 0; i < 17; i++)
    {
        sum += alphabet.IndexOf(first17[i]) * weights[i];
    }
    var c = 31 - sum % 31;
    return first17 + alphabet[c == 31 ? 0 : c];
}
