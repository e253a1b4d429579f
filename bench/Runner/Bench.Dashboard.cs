using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;

namespace OrganAffairs.Bench.Runner;

/// <summary>
/// The Guidance scenario <c>dashboard</c> (issue 21; not in the default run), on a Host process of its own: the seeded organs (2,000 by
/// default) are spread over 20 districts of the city, the first organ of each district made its bureau (20 bureaus under the top one), and
/// the dashboard's read model (guidance_violation, which the Host fills from the duties' ViolationOpened/ViolationClosed) gets
/// <c>ViolationsPerOrgan</c> rows per organ across all nine duties — three of them closed — written with the database's bulk path, as the
/// rollup scenario seeds the ledger. Under wrk (<c>lua/costs-get.lua</c>, a GET of BENCH_PATH), three comparisons against one organ's GET in
/// the same run: the city's dashboard by division, a district bureau's dashboard of its organs, and the city's by organ.
/// </summary>
internal sealed partial class Bench
{
    private const int ViolationsPerOrgan = 12;
    private const int ClosedPerOrgan = 3;

    private static readonly string[] Duties = ["Buildings", "Vehicles", "Energy", "Assets", "Reception", "ForeignAffairs", "Logistics", "Costs", "Guidance"];

    /// <summary>Twenty district codes under 3201: the eleven of the seeder's city and nine more in the same prefecture.</summary>
    private static readonly string[] Districts =
    [
        "320102", "320104", "320105", "320106", "320111", "320113", "320114", "320115", "320116", "320117", "320118",
        "320150", "320151", "320152", "320153", "320154", "320155", "320156", "320157", "320158",
    ];

    private void DashboardScenario(string database, (App App, string Url) host, string connectionString, IReadOnlyList<Guid> organIds, Dictionary<string, string> baseEnv)
    {
        var open = organIds.Count * (ViolationsPerOrgan - ClosedPerOrgan);
        Console.WriteLine($"\n--- Guidance violations dashboard: {Districts.Length} bureaus, {organIds.Count:N0} organs, {organIds.Count * ViolationsPerOrgan:N0} violations ({open:N0} open) in {Duties.Length} duties ---");
        var load = Stopwatch.StartNew();
        Guid top;
        using (var connection = Seeder.Open(database, connectionString))
        {
            SeedDistricts(connection, organIds);
            SeedViolations(connection, organIds);
            using (var analyze = connection.CreateCommand())
            {
                analyze.CommandText = "ANALYZE";
                analyze.ExecuteNonQuery();
            }
            top = TopBureau(connection);
        }
        var district = organIds[0]; // the bureau of Districts[0]
        var organ = $"/api/v1/organs/{organIds[organIds.Count / 2]}";
        var city = $"/api/v1/guidance/violations/dashboard?bureauId={top}&level=Whole&groupBy=Division";
        var own = $"/api/v1/guidance/violations/dashboard?bureauId={district}&level=Whole";
        var cityByOrgan = $"/api/v1/guidance/violations/dashboard?bureauId={top}&level=Whole";

        // Sanity: the city's rows add up to every open violation; the district's rows are its organs' only.
        var cityRows = JsonDocument.Parse(Get(host.Url + city)).RootElement.EnumerateArray().ToList();
        var cityOpen = cityRows.Sum(r => r.GetProperty("openCount").GetInt32());
        var ownRows = JsonDocument.Parse(Get(host.Url + own)).RootElement.EnumerateArray().ToList();
        var ownOrgans = ownRows.Select(r => r.GetProperty("organId").GetGuid()).Distinct().Count();
        var expectedOwn = organIds.Where((_, i) => i % Districts.Length == 0).Count();
        var organRows = JsonDocument.Parse(Get(host.Url + cityByOrgan)).RootElement.GetArrayLength();
        if (cityOpen != open || ownOrgans != expectedOwn || cityRows.Count != Districts.Length * Duties.Length * 3)
        {
            throw new InvalidOperationException($"dashboard sanity: city {cityOpen}/{open} open in {cityRows.Count} rows, district {ownOrgans}/{expectedOwn} organs");
        }
        Get(host.Url + organ);
        Console.WriteLine($"seeded in {load.Elapsed.TotalSeconds:0.0} s; sanity: the city's {cityRows.Count} division rows count {cityOpen:N0} open; " +
                          $"the district's {ownRows.Count} rows cover its {ownOrgans} organs; by organ the city has {organRows:N0} rows");

        WrkResult Run(string path, int seconds) =>
            WrkMeasured(host.App, "costs-get.lua", host.Url, seconds, new Dictionary<string, string>(baseEnv) { ["BENCH_PATH"] = path });
        AlternateLoad(database, new ScenarioResult(
            $"GET one organ (A) vs GET the city's violations dashboard by division over {organIds.Count:N0} organs, {open:N0} open violations (B)",
            50, higherIsBetter: false, "organ", "city"), (a, s) => Run(a ? organ : city, s));
        AlternateLoad(database, new ScenarioResult(
            $"GET one organ (A) vs GET a district bureau's violations dashboard of its {expectedOwn} organs (B)",
            10, higherIsBetter: false, "organ", "district"), (a, s) => Run(a ? organ : own, s));
        AlternateLoad(database, new ScenarioResult(
            $"GET one organ (A) vs GET the city's violations dashboard by organ ({organRows:N0} rows) (B)",
            200, higherIsBetter: false, "organ", "city by organ"), (a, s) => Run(a ? organ : cityByOrgan, s));
    }

    /// <summary>
    /// Organ i moves to district i mod 20 (organs_organ and the shared directory alike), and the first organ of each district becomes its
    /// bureau. Run after the other scenarios of the database: it changes the seeded organs' division codes.
    /// </summary>
    private static void SeedDistricts(DbConnection connection, IReadOnlyList<Guid> organIds)
    {
        using var transaction = connection.BeginTransaction();
        for (var i = 0; i < organIds.Count; i++)
        {
            foreach (var sql in new[]
            {
                "UPDATE organs_organ SET division_code = @Division, is_bureau = @Bureau WHERE id = @Id",
                "UPDATE shared_organ_directory SET division_code = @Division, is_bureau = @Bureau WHERE organ_id = @Id",
                "INSERT INTO shared_organ_directory (organ_id, division_code, status, is_bureau) SELECT id, division_code, status, is_bureau FROM organs_organ WHERE id = @Id " +
                "AND NOT EXISTS (SELECT 1 FROM shared_organ_directory WHERE organ_id = @Id)",
            })
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql;
                Add(command, "@Division", Districts[i % Districts.Length]);
                Add(command, "@Bureau", i < Districts.Length);
                Add(command, "@Id", organIds[i]);
                command.ExecuteNonQuery();
            }
        }
        transaction.Commit();

        static void Add(DbCommand command, string name, object value)
        {
            if (!command.CommandText.Contains(name, StringComparison.Ordinal))
            {
                return;
            }
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }
    }

    /// <summary>
    /// <see cref="ViolationsPerOrgan"/> violations per organ, the duties in turn from the organ's index, three kinds per duty, opened over
    /// 2026 with a due date 30 days later (so some are past due), the last <see cref="ClosedPerOrgan"/> of each organ closed.
    /// </summary>
    private static void SeedViolations(DbConnection connection, IReadOnlyList<Guid> organIds)
    {
        var now = DateTimeOffset.UtcNow;
        string[] columns = ["violation_id", "organ_id", "division_code", "duty", "kind", "subject_id", "rule_id", "rule_version_id", "opened_on", "due_on",
            "closed_on", "close_reason", "note", "recorded_at"];
        var rows = new List<object?[]>(organIds.Count * ViolationsPerOrgan);
        for (var i = 0; i < organIds.Count; i++)
        {
            for (var k = 0; k < ViolationsPerOrgan; k++)
            {
                var duty = Duties[(i + k) % Duties.Length];
                var opened = new DateOnly(2026, 1, 1).AddDays((i * 7 + k * 13) % 300);
                var closed = k >= ViolationsPerOrgan - ClosedPerOrgan;
                rows.Add([Guid.CreateVersion7(), organIds[i], Districts[i % Districts.Length], duty, $"{duty.ToLowerInvariant()}.bench-{k % 3}", Guid.NewGuid(),
                    $"{duty[0]}{1 + k % 3}", null, opened, opened.AddDays(30), closed ? opened.AddDays(20) : null, closed ? "Corrected" : null, null, now]);
            }
        }
        Seeder.Insert(connection, "guidance_violation", columns, rows);
    }
}
