using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;

namespace OrganAffairs.Bench.Runner;

/// <summary>
/// The Costs scenario <c>rollup</c> (not in the default run), on a Host process of its own: the seeded organs (2,000 by default) each get a
/// budget for 2027 and 2028, and the ledger (costs_entry) gets <c>--cost-events</c> entries (200,000) dated in 2026 and ten times as many in
/// 2027, loaded with the database's bulk path. A Budget disclosure reads the previous year's actuals, so the top bureau's whole-jurisdiction
/// roll-up of 2027 sums the 1× ledger year and that of 2028 the 10× one. Two comparisons under wrk (<c>lua/costs-get.lua</c>):
/// one organ's disclosure pack (A) against the roll-up of all of them (B), and the roll-up over 1× (A) against 10× (B) events.
/// </summary>
internal sealed partial class Bench
{
    private static readonly string[] CostLines = ["Reception", "VehiclePurchase", "VehicleOperation", "OutboundVisit"];

    private void RollupScenario(string database, (App App, string Url) host, string connectionString, IReadOnlyList<Guid> organIds, Dictionary<string, string> baseEnv)
    {
        var events = _o.CostEvents;
        var perOrgan = Math.Max(1, events / organIds.Count);
        Console.WriteLine($"\n--- Costs roll-up: {organIds.Count:N0} organs, {perOrgan * organIds.Count:N0} cost events in 2026 and {10L * perOrgan * organIds.Count:N0} in 2027 ---");
        var load = Stopwatch.StartNew();
        Guid bureau;
        using (var connection = Seeder.Open(database, connectionString))
        {
            SeedDirectory(connection, organIds);
            SeedBudgets(connection, organIds, [2027, 2028]);
            SeedEntries(connection, organIds, 2026, perOrgan);
            SeedEntries(connection, organIds, 2027, 10 * perOrgan);
            using (var analyze = connection.CreateCommand())
            {
                analyze.CommandText = "ANALYZE";
                analyze.ExecuteNonQuery();
            }
            bureau = TopBureau(connection);
        }
        var rollup1 = $"/api/v1/costs/rollups/{bureau}/2027?kind=Budget&level=Whole";
        var rollup10 = $"/api/v1/costs/rollups/{bureau}/2028?kind=Budget&level=Whole";
        var organPack = $"/api/v1/costs/disclosures/{organIds[organIds.Count / 2]}/2027?kind=Budget";
        var (organs1, previous1) = Rollup(host.Url + rollup1);
        var (organs10, previous10) = Rollup(host.Url + rollup10);
        // Every seeded organ holds both budgets; the amounts are 1 fen … so the 10× year sums exactly ten times the 1× year.
        if (organs1 < organIds.Count || organs10 != organs1 || previous10 != 10 * previous1 || previous1 <= 0)
        {
            throw new InvalidOperationException($"rollup sanity: organs {organs1}/{organs10}, previous {previous1}/{previous10}");
        }
        Get(host.Url + organPack);
        Console.WriteLine($"seeded in {load.Elapsed.TotalSeconds:0.0} s; sanity: {organs1:N0} organs in both roll-ups, previous-year totals {previous1:N2} and {previous10:N2} CNY (10×)");

        WrkResult Run(string path, int seconds) =>
            WrkMeasured(host.App, "costs-get.lua", host.Url, seconds, new Dictionary<string, string>(baseEnv) { ["BENCH_PATH"] = path });
        AlternateLoad(database, new ScenarioResult(
            $"GET one organ's Budget disclosure (A) vs GET the top bureau's whole-jurisdiction roll-up of {organIds.Count:N0} organs over {perOrgan * organIds.Count:N0} events (B)",
            organIds.Count, higherIsBetter: false, "organ", "roll-up"), (a, s) => Run(a ? organPack : rollup1, s));
        AlternateLoad(database, new ScenarioResult(
            $"GET the roll-up of {organIds.Count:N0} organs: {perOrgan * organIds.Count:N0} (1×) vs {10L * perOrgan * organIds.Count:N0} (10×) cost events in the previous year",
            1.2, higherIsBetter: false, "1×", "10×"), (one, s) => Run(one ? rollup1 : rollup10, s));
    }

    /// <summary>
    /// The deployment's top bureau: the organ the Host's first start created from its configuration (section "Bureau" of the Host's
    /// appsettings.json, which the benchmarks do not override), found by its credit code. Its roll-up covers every organ the deployment
    /// holds; it is no <c>is_bureau</c> organ (that flag marks the lower bureaus), so it is found by the credit code, not the flag.
    /// </summary>
    private Guid TopBureau(DbConnection connection)
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppDir(_hostDll), "appsettings.json")));
        var uscc = settings.RootElement.GetProperty("Bureau").GetProperty("UnifiedSocialCreditCode").GetString();
        using var find = connection.CreateCommand();
        find.CommandText = "SELECT id FROM organs_organ WHERE uscc = @Uscc";
        var p = find.CreateParameter();
        p.ParameterName = "@Uscc";
        p.Value = uscc;
        find.Parameters.Add(p);
        return find.ExecuteScalar() switch
        {
            Guid g => g,
            string text => Guid.Parse(text),
            var other => throw new InvalidOperationException($"the top bureau ({uscc}, created by the Host's first start) is not in organs_organ ({other})"),
        };
    }

    private (int Organs, decimal Previous) Rollup(string url)
    {
        var json = JsonDocument.Parse(Get(url)).RootElement;
        return (json.GetProperty("organs").GetInt32(), json.GetProperty("previousTotal").GetDecimal());
    }

    private string Get(string url)
    {
        using var response = _http.GetAsync(url).GetAwaiter().GetResult();
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if ((int)response.StatusCode != 200)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {text}");
        }
        return text;
    }

    /// <summary>The seeded organs in the shared directory the scopes and roll-ups select through (the seeder writes organs_organ only).</summary>
    private static void SeedDirectory(DbConnection connection, IReadOnlyList<Guid> organIds)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var id in organIds)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText =
                "INSERT INTO shared_organ_directory (organ_id, division_code, status, is_bureau) SELECT id, division_code, status, is_bureau FROM organs_organ WHERE id = @Id " +
                "AND NOT EXISTS (SELECT 1 FROM shared_organ_directory WHERE organ_id = @Id)";
            var p = command.CreateParameter();
            p.ParameterName = "@Id";
            p.Value = id;
            command.Parameters.Add(p);
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static void SeedBudgets(DbConnection connection, IReadOnlyList<Guid> organIds, int[] years)
    {
        var now = DateTimeOffset.UtcNow;
        var budgets = new List<object?[]>();
        var lines = new List<object?[]>();
        foreach (var year in years)
        {
            foreach (var organ in organIds)
            {
                var id = Guid.CreateVersion7();
                budgets.Add([id, organ, year, new DateOnly(year, 2, 1), 80, 1L, now, now]);
                foreach (var line in CostLines)
                {
                    lines.Add([Guid.CreateVersion7(), id, line, 1_000_000L, 0L]);
                }
            }
        }
        Seeder.Insert(connection, "costs_budget", ["id", "organ_id", "year", "approved_on", "warn_percent", "version", "created_at", "updated_at"], budgets);
        Seeder.Insert(connection, "costs_budget_line", ["id", "budget_id", "line", "basic_fen", "project_fen"], lines);
    }

    /// <summary><paramref name="perOrgan"/> entries per organ in <paramref name="year"/>, lines in turn, amounts 1–100 yuan, in chunks of 100,000 rows.</summary>
    private static void SeedEntries(DbConnection connection, IReadOnlyList<Guid> organIds, int year, int perOrgan)
    {
        var now = DateTimeOffset.UtcNow;
        string[] columns = ["id", "entry_id", "source", "source_id", "corrects_event_id", "organ_id", "year", "line", "amount_fen", "paid_on", "recorded_at"];
        var chunk = new List<object?[]>(100_000);
        for (var i = 0; i < perOrgan; i++)
        {
            foreach (var organ in organIds)
            {
                var entry = Guid.CreateVersion7();
                chunk.Add([Guid.CreateVersion7(), entry, "Vehicles", entry, null, organ, year, CostLines[i % CostLines.Length], 100L * (1 + i % 100),
                    new DateOnly(year, 1 + i % 12, 1 + i % 28), now]);
                if (chunk.Count == 100_000)
                {
                    Seeder.Insert(connection, "costs_entry", columns, chunk);
                    chunk.Clear();
                }
            }
        }
        if (chunk.Count > 0)
        {
            Seeder.Insert(connection, "costs_entry", columns, chunk);
        }
        // The Host keeps running totals beside each entry it posts; rows loaded around it need theirs (one year at a time).
        using var totals = connection.CreateCommand();
        totals.CommandText = "INSERT INTO costs_total (organ_id, year, line, amount_fen, entries) " +
                             $"SELECT organ_id, year, line, SUM(amount_fen), COUNT(*) FROM costs_entry WHERE year = {year} GROUP BY organ_id, year, line";
        totals.ExecuteNonQuery();
    }
}
