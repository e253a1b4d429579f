using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace OrganAffairs.Bench.Runner;

/// <summary>
/// The contention scenarios: the Host against itself, many writers on a few rows (contended) against
/// the same writers on rows of their own (uncontended), alternated like the other scenarios. Both
/// sides count handled requests, 201 and 409 apart.
/// <list type="bullet">
/// <item><c>bookings</c>: meeting-room bookings (<c>lua/book-room.lua</c>); rooms are made through the API.</item>
/// <item><c>dispatch</c>: trip dispatch (<c>lua/dispatch-trip.lua</c>); vehicles, drivers and approved trips
/// are seeded with SQL, fresh trips before every wrk run.</item>
/// </list>
/// </summary>
internal sealed partial class Bench
{
    // Every wrk run gets its own 30 days of windows, so no run collides with an earlier one.
    private int _contentionRun;
    private readonly DateTimeOffset _contentionEpoch =
        new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(2);

    private static readonly Dictionary<string, (string Title, string Script)> ContentionScenarios = new()
    {
        ["bookings"] = ("POST meeting-room booking: few rooms, colliding windows vs a room and windows per connection", "book-room.lua"),
        ["dispatch"] = ("POST trip dispatch: few vehicles and drivers, overlapping trips vs a vehicle and driver per connection", "dispatch-trip.lua"),
    };

    private DateTimeOffset NextContentionBase() => _contentionEpoch.AddDays(30 * ++_contentionRun);

    // The booking runs of this database: where each started and how many bookings it made (for availability).
    private readonly List<(DateTimeOffset Base, bool Contended, long Booked)> _bookingRuns = [];

    private void ContentionScenario(string database, string scenario, (App App, string Url) host, string connectionString, Guid organId,
        string dir, Dictionary<string, string> baseEnv)
    {
        var (title, script) = ContentionScenarios[scenario];
        var connections = _o.ContentionConnections;
        var few = _o.ContendedResources;
        var windows = _o.ContendedWindows;
        Console.WriteLine($"\n--- {title}: contended (A) vs uncontended (B), {_o.Rounds} rounds of {_o.DurationSeconds} s, {connections} connections ---");
        var env = new Dictionary<string, string>(baseEnv)
        {
            ["BENCH_THREADS"] = _o.Threads.ToString(CultureInfo.InvariantCulture),
            ["BENCH_ORGAN_ID"] = organId.ToString(),
            ["BENCH_WINDOWS"] = windows.ToString(CultureInfo.InvariantCulture),
        };

        Func<bool, Dictionary<string, string>> prepare;
        if (scenario == "bookings")
        {
            var (contendedRooms, ownRooms) = CreateRooms(host.Url, few, connections);
            var contendedFile = Path.Combine(dir, "rooms-contended.txt");
            var ownFile = Path.Combine(dir, "rooms-uncontended.txt");
            File.WriteAllLines(contendedFile, contendedRooms.Select(g => g.ToString()));
            File.WriteAllLines(ownFile, ownRooms.Select(g => g.ToString()));
            CheckBooking(host.Url, contendedRooms[0], organId);
            _bookingRuns.Clear();
            prepare = contended => new Dictionary<string, string>(env)
            {
                ["BENCH_MODE"] = contended ? "contended" : "uncontended",
                ["BENCH_ROOMS_FILE"] = contended ? contendedFile : ownFile,
                ["BENCH_BASE_EPOCH"] = NextContentionBase().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            };
            _ownRooms = ownRooms.Count;
            Console.WriteLine($"{few} contended rooms ({windows} one-hour windows a run), {ownRooms.Count} rooms for the uncontended side; sanity: a booking answers 201, the same window again 409");
        }
        else
        {
            var fleet = Seeder.SeedFleet(database, connectionString, organId, few + connections);
            var contendedFleet = fleet.Take(few).ToList();
            var ownFleet = fleet.Skip(few).ToList();
            CheckDispatch(database, connectionString, host.Url, organId, contendedFleet[0]);
            var file = Path.Combine(dir, "dispatch.txt");
            prepare = contended =>
            {
                var start = NextContentionBase();
                var random = new Random(_contentionRun);
                // More trips than a run can send (a thread stops at its last line rather than send a trip twice).
                var count = contended ? 30_000 : 20_000;
                var plan = new List<(Guid Trip, DateTimeOffset StartsAt, Seeder.FleetPair Pair)>(count);
                for (var j = 0; j < count; j++)
                {
                    if (contended)
                    {
                        var pair = new Seeder.FleetPair(contendedFleet[random.Next(few)].VehicleId, contendedFleet[random.Next(few)].DriverId);
                        plan.Add((Guid.CreateVersion7(), start.AddHours(random.Next(windows)), pair));
                    }
                    else
                    {
                        // Line j: the (j mod n)-th vehicle and driver, its (j div n)-th hour: never an overlap.
                        plan.Add((Guid.CreateVersion7(), start.AddHours(j / ownFleet.Count), ownFleet[j % ownFleet.Count]));
                    }
                }
                Seeder.SeedApprovedTrips(database, connectionString, organId, plan.Select(p => (p.Trip, p.StartsAt, p.StartsAt.AddHours(1))));
                File.WriteAllLines(file, plan.Select(p => $"{p.Trip} {p.Pair.VehicleId} {p.Pair.DriverId}"));
                return new Dictionary<string, string>(env) { ["BENCH_DISPATCH_FILE"] = file, ["BENCH_SEEDED"] = count.ToString(CultureInfo.InvariantCulture) };
            };
            Console.WriteLine($"{few} contended vehicles and drivers ({windows} one-hour windows a run), {ownFleet.Count} pairs for the uncontended side, approved trips seeded with SQL before each run; sanity: a dispatch answers 200, an overlapping one 409");
        }

        WrkResult RunOne(bool contended, int seconds)
        {
            var runEnv = prepare(contended);
            var result = WrkMeasured(host.App, script, host.Url, seconds, runEnv, connections);
            if (runEnv.TryGetValue("BENCH_BASE_EPOCH", out var epoch))
            {
                _bookingRuns.Add((DateTimeOffset.FromUnixTimeSeconds(long.Parse(epoch, CultureInfo.InvariantCulture)), contended, result.Status2xx));
            }
            if (runEnv.TryGetValue("BENCH_SEEDED", out var seeded) && result.Requests >= long.Parse(seeded, CultureInfo.InvariantCulture) * 95 / 100)
            {
                Console.WriteLine($"warning: {result.Requests} requests used most of the {seeded} seeded trips; threads may have stopped early");
            }
            return result;
        }

        Alternate(database, new ContentionResult(title, "contended", "uncontended"), RunOne);
    }

    /// <summary>Warm-up of each side, then the rounds alternated AB, BA, …; A is <c>run(true, …)</c>.</summary>
    private void Alternate(string database, ContentionResult result, Func<bool, int, WrkResult> RunOne)
    {
        if (_o.WarmupSeconds > 0)
        {
            var wa = RunOne(true, _o.WarmupSeconds);
            var wb = RunOne(false, _o.WarmupSeconds);
            Console.WriteLine($"warm-up  A {wa.HandledRps,9:N0} handled/s   B {wb.HandledRps,9:N0} handled/s (not counted)");
        }
        for (var round = 1; round <= _o.Rounds; round++)
        {
            _cancel.Token.ThrowIfCancellationRequested();
            var contendedFirst = round % 2 == 1;
            WrkResult a, b;
            if (contendedFirst)
            {
                a = RunOne(true, _o.DurationSeconds);
                b = RunOne(false, _o.DurationSeconds);
            }
            else
            {
                b = RunOne(false, _o.DurationSeconds);
                a = RunOne(true, _o.DurationSeconds);
            }
            var r = result.Add(new ContentionRound(round, contendedFirst ? "AB" : "BA", a, b));
            Console.WriteLine(
                $"round {round} ({r.Order})  A {a.HandledRps,7:N0}/s (2xx {a.Status2xx,6}, 409 {a.Status409,6}) p50 {a.P50Ms,6:0.00} p99 {a.P99Ms,7:0.00} ms cpu {a.CpuUsPerRequest,5:0} µs/req" +
                $" | B {b.HandledRps,7:N0}/s (2xx {b.Status2xx,6}, 409 {b.Status409,6}) p50 {b.P50Ms,6:0.00} p99 {b.P99Ms,7:0.00} ms cpu {b.CpuUsPerRequest,5:0} µs/req | A/B {r.Ratio:0.00}" +
                (ContentionResult.Unexpected(a) + ContentionResult.Unexpected(b) > 0
                    ? $"  errors A {ContentionResult.Unexpected(a)} B {ContentionResult.Unexpected(b)}" : ""));
        }
        Console.WriteLine($"median {result.ALabel}/{result.BLabel} {result.MedianRatio:0.00}");
        _report.Add(database, result);
    }

    private int _ownRooms;

    /// <summary>
    /// Availability reads after the bookings scenario: A asks for one-hour windows the uncontended
    /// bookings filled (every room booked but the few contended ones), B for windows where nothing is
    /// booked. Both answer 200; the busy answer lists fewer rooms.
    /// </summary>
    private void AvailabilityScenario(string database, (App App, string Url) host, string dir, Dictionary<string, string> baseEnv)
    {
        const string title = "GET room availability (attendees=8): one-hour windows with a full calendar vs empty ones";
        Console.WriteLine($"\n--- {title}: busy (A) vs free (B), {_o.Rounds} rounds of {_o.DurationSeconds} s, {_o.Connections} connections ---");
        if (_bookingRuns.Count == 0 || _ownRooms == 0)
        {
            _report.Note(database, "availability: left out, it reads the calendar the bookings scenario fills (add bookings to -Scenarios)");
            Console.WriteLine("left out: needs the bookings scenario in the same run");
            return;
        }
        var busy = new List<string>();
        foreach (var (start, contended, booked) in _bookingRuns)
        {
            // Uncontended: each room got about booked/rooms half-hours one after another; keep to the first 80%.
            // Only the uncontended runs' windows: there all the rooms but the few contended ones are booked.
            var hours = contended ? 0 : (int)(booked * 8 / 10 / _ownRooms / 2);
            for (var h = 0; h < hours; h++)
            {
                busy.Add($"{Utc(start.AddHours(h))} {Utc(start.AddHours(h + 1))}");
            }
        }
        var freeStart = NextContentionBase();
        var free = Enumerable.Range(0, 24).Select(h => $"{Utc(freeStart.AddHours(h))} {Utc(freeStart.AddHours(h + 1))}").ToList();
        var busyFile = Path.Combine(dir, "windows-busy.txt");
        var freeFile = Path.Combine(dir, "windows-free.txt");
        File.WriteAllLines(busyFile, busy);
        File.WriteAllLines(freeFile, free);
        int Rooms(string window)
        {
            var parts = window.Split(' ');
            using var response = _http.GetAsync($"{host.Url}/api/v1/buildings/rooms/availability?from={parts[0]}&to={parts[1]}&attendees=8").GetAwaiter().GetResult();
            var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            return response.IsSuccessStatusCode
                ? JsonDocument.Parse(text).RootElement.GetArrayLength()
                : throw new InvalidOperationException($"availability answered {(int)response.StatusCode}: {text}");
        }
        if (busy.Count == 0)
        {
            throw new InvalidOperationException("availability: the bookings scenario booked too little to fill an hour of every room");
        }
        // The last busy window is the least booked one (the end of an uncontended run's share).
        Console.WriteLine($"{busy.Count} busy windows (the last lists {Rooms(busy[^1])} free rooms), {free.Count} free ones (listing {Rooms(free[0])} rooms)");

        WrkResult RunOne(bool isBusy, int seconds)
        {
            var env = new Dictionary<string, string>(baseEnv) { ["BENCH_WINDOWS_FILE"] = isBusy ? busyFile : freeFile };
            return WrkMeasured(host.App, "room-availability.lua", host.Url, seconds, env);
        }
        Alternate(database, new ContentionResult(title, "busy", "free"), RunOne);
    }

    /// <summary>A building, a floor and bookable rooms (capacity 20, no approval), through the API.</summary>
    private (List<Guid> Contended, List<Guid> Own) CreateRooms(string url, int few, int own)
    {
        var building = Post(url + "/api/v1/buildings",
            """{"code":"BENCH-1","name":"基准会议楼","address":"基准路 1 号","ownership":"Owned","titleRegisteredToBureau":true,"grossArea":5000.00,"yearBuilt":2000}""",
            201).GetProperty("id").GetGuid();
        var floor = Post($"{url}/api/v1/buildings/{building}/floors", """{"label":"1F","level":1}""", 201).GetProperty("id").GetGuid();
        var rooms = new List<Guid>();
        for (var i = 0; i < few + own; i++)
        {
            var body = $$"""{"floorId":"{{floor}}","number":"M{{i:000}}","type":"Service","usableArea":60.00,"capacity":20,"bookable":true,"requiresApproval":false}""";
            rooms.Add(Post(url + "/api/v1/buildings/rooms", body, 201).GetProperty("id").GetGuid());
        }
        return (rooms.Take(few).ToList(), rooms.Skip(few).ToList());
    }

    private void CheckBooking(string url, Guid room, Guid organ)
    {
        var starts = NextContentionBase();
        var body = $$"""{"roomId":"{{room}}","organId":"{{organ}}","title":"基准检查","startsAt":"{{Utc(starts)}}","endsAt":"{{Utc(starts.AddHours(1))}}","attendees":8}""";
        Post(url + "/api/v1/buildings/bookings", body, 201);
        Post(url + "/api/v1/buildings/bookings", body, 409);
    }

    private void CheckDispatch(string database, string connectionString, string url, Guid organ, Seeder.FleetPair pair)
    {
        var starts = NextContentionBase();
        var first = Guid.CreateVersion7();
        var second = Guid.CreateVersion7();
        Seeder.SeedApprovedTrips(database, connectionString, organ, [(first, starts, starts.AddHours(1)), (second, starts.AddMinutes(30), starts.AddHours(2))]);
        var body = $$"""{"vehicleId":"{{pair.VehicleId}}","driverId":"{{pair.DriverId}}","emergencyApprovalReference":null}""";
        Post($"{url}/api/v1/vehicles/trips/{first}/dispatch", body, 200);
        Post($"{url}/api/v1/vehicles/trips/{second}/dispatch", body, 409);
    }

    private static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private JsonElement Post(string url, string body, int expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, new MediaTypeHeaderValue("application/json")),
        };
        using var response = _http.Send(request);
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if ((int)response.StatusCode != expected)
        {
            throw new InvalidOperationException($"POST {url} answered {(int)response.StatusCode}, not {expected}: {text}");
        }
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
